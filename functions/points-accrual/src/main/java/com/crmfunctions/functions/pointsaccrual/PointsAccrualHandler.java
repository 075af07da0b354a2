package com.crmfunctions.functions.pointsaccrual;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.FunctionContext;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.SqsBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code points-accrual} function: the {@code points} queue's OrderPlaced and OrderRefunded events, one record
 * at a time, answered with a partial batch response; the events the batch committed are published together. A record that fails (invalid event, rejected by the
 * programme, lost every race, DynamoDB or EventBridge unavailable) is reported alone; the others are acknowledged,
 * and SQS redelivers only the failed one until it lands in the dead-letter queue with its reason logged.
 */
public final class PointsAccrualHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final String LOGGER = "PointsAccrual";

    private final PointsAccrualService service;
    private final JsonLog log;

    /** Lambda's constructor: builds the service, its clients and the programme once per execution environment. */
    public PointsAccrualHandler() {
        this(FunctionContext.start().getBean(PointsAccrualService.class), JsonLog.standardError());
    }

    PointsAccrualHandler(PointsAccrualService service, JsonLog log) {
        this.service = Objects.requireNonNull(service, "service");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Applies each record on its own, then publishes the events of those that succeeded together. If publishing
     * fails, those records are reported failed too: their entries are written, and their next delivery finds the
     * events still in the outboxes and publishes them.
     */
    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Map<String, Publications> byMessage = new LinkedHashMap<>();
        SQSBatchResponse response = SqsBatch.process(event, message -> {
            Publications publications = new Publications();
            service.apply(message.getBody(), publications);
            byMessage.put(message.getMessageId(), publications);
        }, log);
        Publications all = new Publications();
        byMessage.values().forEach(all::addAll);
        try {
            service.publish(all);
        } catch (RuntimeException e) {
            List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>(response.getBatchItemFailures());
            byMessage.forEach((messageId, publications) -> {
                if (!publications.isEmpty()) failures.add(new SQSBatchResponse.BatchItemFailure(messageId));
            });
            log.error(LOGGER, "the batch's events could not be published; their records will be delivered again",
                    Map.of("records", byMessage.size(), "errorType", e.getClass().getName(), "error", String.valueOf(e.getMessage())));
            return new SQSBatchResponse(failures);
        }
        return response;
    }
}
