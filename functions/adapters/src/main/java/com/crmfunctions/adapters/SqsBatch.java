package com.crmfunctions.adapters;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partial batch responses for SQS-triggered functions (the event source mapping has
 * {@code ReportBatchItemFailures} on). Each record goes to the handler on its own; a record whose
 * handler throws is reported by message id, so SQS redelivers only that one and, after
 * {@code maxReceiveCount}, moves it to the dead-letter queue. The reason is logged as one JSON
 * line (never the body: it may hold personal data). Nothing is swallowed: a failure is either in
 * the response or, for a JVM {@link Error}, thrown so the whole batch is retried.
 *
 * <p>On a FIFO queue (source ARN ending in {@code .fifo}) the records after a failure are reported
 * too, unprocessed, so that order within a message group is kept.
 */
public final class SqsBatch {

    /** Handles one record; throwing marks it failed. Must be idempotent: SQS delivers at least once. */
    @FunctionalInterface
    public interface RecordHandler {
        void handle(SQSMessage message) throws Exception;
    }

    private static final String LOGGER = "SqsBatch";

    private SqsBatch() {}

    public static SQSBatchResponse process(SQSEvent event, RecordHandler handler) {
        return process(event, handler, JsonLog.standardError());
    }

    public static SQSBatchResponse process(SQSEvent event, RecordHandler handler, JsonLog log) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSMessage> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        boolean failedEarlierInFifo = false;
        for (SQSMessage message : records) {
            if (failedEarlierInFifo) {
                log.warn(LOGGER, "record not processed after an earlier failure in a FIFO batch", context(message));
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                handler.handle(message);
            } catch (Exception e) {
                if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                log.error(LOGGER, "record failed", failure(message, e));
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                failedEarlierInFifo = isFifo(message);
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static boolean isFifo(SQSMessage message) {
        return message.getEventSourceArn() != null && message.getEventSourceArn().endsWith(".fifo");
    }

    private static Map<String, Object> context(SQSMessage message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("messageId", message.getMessageId());
        fields.put("eventSourceArn", message.getEventSourceArn());
        if (message.getAttributes() != null) fields.put("receiveCount", message.getAttributes().get("ApproximateReceiveCount"));
        return fields;
    }

    private static Map<String, Object> failure(SQSMessage message, Exception e) {
        Map<String, Object> fields = context(message);
        fields.put("errorType", e.getClass().getName());
        fields.put("error", e.getMessage());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        fields.put("stackTrace", trace.toString());
        return fields;
    }
}
