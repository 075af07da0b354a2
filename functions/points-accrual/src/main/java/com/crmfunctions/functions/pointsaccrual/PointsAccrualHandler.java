package com.crmfunctions.functions.pointsaccrual;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.FunctionContext;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.SqsBatch;
import java.util.Objects;

/**
 * The {@code points-accrual} function: the {@code points} queue's OrderPlaced and OrderRefunded events, one record
 * at a time, answered with a partial batch response. A record that fails (invalid event, rejected by the
 * programme, lost every race, DynamoDB or EventBridge unavailable) is reported alone; the others are acknowledged,
 * and SQS redelivers only the failed one until it lands in the dead-letter queue with its reason logged.
 */
public final class PointsAccrualHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

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

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, message -> service.handle(message.getBody()), log);
    }
}
