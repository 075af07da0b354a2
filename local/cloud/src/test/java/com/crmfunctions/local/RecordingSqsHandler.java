package com.crmfunctions.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A queue-triggered test handler: records every batch with what its Lambda context said, and
 * reports the messages matching {@code failing} in {@code batchItemFailures}, as a real handler would.
 */
final class RecordingSqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    /** One invocation: the event and the context values read during it. */
    record Invocation(SQSEvent event, String functionName, String requestId, int remainingMillis, int memoryMb) {}

    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private volatile Predicate<SQSEvent.SQSMessage> failing = m -> false;
    private volatile Runnable beforeEachBatch = () -> {};

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        beforeEachBatch.run();
        invocations.add(new Invocation(event, context.getFunctionName(), context.getAwsRequestId(), context.getRemainingTimeInMillis(),
                context.getMemoryLimitInMB()));
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (failing.test(message)) failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        }
        return new SQSBatchResponse(failures);
    }

    void failWhen(Predicate<SQSEvent.SQSMessage> predicate) { this.failing = predicate; }

    void beforeEachBatch(Runnable action) { this.beforeEachBatch = action; }

    List<Invocation> invocations() { return List.copyOf(invocations); }

    /** Invocations with a message whose body contains {@code marker}. */
    List<Invocation> invocationsWith(String marker) {
        return invocations.stream().filter(i -> i.event().getRecords().stream().anyMatch(m -> m.getBody().contains(marker))).toList();
    }

    /** Messages whose body contains {@code marker}, in delivery order. */
    List<SQSEvent.SQSMessage> messagesWith(String marker) {
        return invocations.stream().flatMap(i -> i.event().getRecords().stream()).filter(m -> m.getBody().contains(marker)).toList();
    }
}
