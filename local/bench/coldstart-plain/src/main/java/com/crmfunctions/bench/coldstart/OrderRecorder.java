package com.crmfunctions.bench.coldstart;

import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.crmfunctions.adapters.Clocks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The work both benchmark handlers do per SQS record, so they differ only in how they are put
 * together: parse the EventBridge envelope in the body and write the order once, keyed on its
 * order id, with a condition (a redelivered order is not an error and is not written twice).
 */
public final class OrderRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbClient dynamoDb;
    private final String table;

    public OrderRecorder(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    public void record(SQSMessage message) throws IOException {
        JsonNode envelope = JSON.readTree(message.getBody());
        JsonNode detail = envelope.path("detail");
        String orderId = required(detail, "orderId");
        try {
            dynamoDb.putItem(put -> put.tableName(table)
                    .item(Map.of(
                            "orderId", AttributeValue.fromS(orderId),
                            "recordId", AttributeValue.fromS("order"),
                            "memberId", AttributeValue.fromS(required(detail, "memberId")),
                            "totalCents", AttributeValue.fromN(Long.toString(detail.path("totalCents").asLong())),
                            "placedAt", AttributeValue.fromS(Clocks.parseEventTime(envelope.path("time").asText(null)).toString())))
                    .conditionExpression("attribute_not_exists(orderId)"));
        } catch (ConditionalCheckFailedException alreadyRecorded) {
            // the same order delivered again: it is recorded, which is what was asked
        }
    }

    private static String required(JsonNode detail, String field) {
        String value = detail.path(field).asText("");
        if (value.isBlank()) throw new IllegalArgumentException("OrderPlaced detail has no " + field);
        return value;
    }
}
