package com.crmfunctions.local.lambda;

import com.crmfunctions.local.support.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The JSON payload Lambda's SQS event source mapping sends for a batch of received messages: one
 * record per message with its id, receipt handle, body, system attributes, message attributes,
 * MD5s, {@code eventSource "aws:sqs"}, the queue ARN and the region.
 */
final class SqsEvents {
    private SqsEvents() {}

    static byte[] payload(List<Message> messages, String queueArn, String region) {
        ObjectNode event = Json.object();
        ArrayNode records = event.putArray("Records");
        for (Message message : messages) {
            ObjectNode record = records.addObject()
                    .put("messageId", message.messageId())
                    .put("receiptHandle", message.receiptHandle())
                    .put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            message.messageAttributes().forEach((name, value) -> messageAttributes.set(name, attribute(value)));
            record.put("md5OfBody", message.md5OfBody());
            if (message.md5OfMessageAttributes() != null) record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
            record.put("eventSource", "aws:sqs").put("eventSourceARN", queueArn).put("awsRegion", region);
        }
        return Json.bytes(event);
    }

    private static ObjectNode attribute(MessageAttributeValue value) {
        ObjectNode attribute = Json.object();
        if (value.stringValue() != null) attribute.put("stringValue", value.stringValue());
        if (value.binaryValue() != null) attribute.put("binaryValue", base64(value.binaryValue()));
        ArrayNode strings = attribute.putArray("stringListValues");
        value.stringListValues().forEach(strings::add);
        ArrayNode binaries = attribute.putArray("binaryListValues");
        value.binaryListValues().forEach(b -> binaries.add(base64(b)));
        attribute.put("dataType", value.dataType());
        return attribute;
    }

    private static String base64(SdkBytes bytes) { return Base64.getEncoder().encodeToString(bytes.asByteArray()); }
}
