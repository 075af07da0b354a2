package com.crmfunctions.functions.churn;

import com.crmfunctions.functions.churn.domain.SegmentTask;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Segment tasks on the {@code churn-segments} queue, as JSON:
 * <pre>{@code {"runId":"churn-2026-11-23T03:00:00Z","model":"churn-scoring","fittedAt":"2026-11-23T03:00:00Z",
 *  "segment":3,"totalSegments":8,"now":"2026-11-23T03:00:00Z","startAfter":"m-1042"}}</pre>
 * ({@code startAfter} only in a continuation). Sent in batches of ten; any entry SQS refuses fails the send.
 */
final class SegmentMessages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 10;

    private final SqsClient sqs;
    private final Supplier<String> queueUrl;
    private volatile String url;

    /**
     * @param queueUrl looked up at the first send, then kept (a local cloud knows its queue URLs only once it runs,
     *                 after the functions were created)
     */
    SegmentMessages(SqsClient sqs, Supplier<String> queueUrl) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
    }

    void send(List<SegmentTask> tasks) {
        if (url == null) {
            url = queueUrl.get();
        }
        for (int from = 0; from < tasks.size(); from += BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = from; i < Math.min(tasks.size(), from + BATCH); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(json(tasks.get(i))).build());
            }
            SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(url).entries(entries));
            if (response.hasFailed() && !response.failed().isEmpty()) {
                BatchResultErrorEntry first = response.failed().get(0);
                throw new IllegalStateException(response.failed().size() + " segment messages refused by SQS, e.g. entry "
                        + first.id() + ": " + first.code() + " " + first.message());
            }
        }
    }

    static String json(SegmentTask task) {
        ObjectNode node = JSON.createObjectNode()
                .put("runId", task.runId())
                .put("model", task.model())
                .put("fittedAt", task.fittedAt().toString())
                .put("segment", task.segment())
                .put("totalSegments", task.totalSegments())
                .put("now", task.now().toString());
        task.continuation().ifPresent(memberId -> node.put("startAfter", memberId));
        return node.toString();
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the message
     */
    static SegmentTask parse(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("segment message is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("segment message is not a JSON object");
        }
        JsonNode startAfter = node.get("startAfter");
        return new SegmentTask(text(node, "runId"), text(node, "model"), instant(node, "fittedAt"), integer(node, "segment"),
                integer(node, "totalSegments"), instant(node, "now"),
                startAfter == null || startAfter.isNull() ? null : startAfter.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("segment message: " + field + " must be a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("segment message: " + field + " must be a whole number");
        }
        return value.intValue();
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("segment message: " + field + " must be an ISO-8601 instant");
        }
    }
}
