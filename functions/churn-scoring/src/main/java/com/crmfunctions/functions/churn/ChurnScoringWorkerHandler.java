package com.crmfunctions.functions.churn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.FunctionContext;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.SqsBatch;
import com.crmfunctions.functions.churn.domain.SegmentTask;
import java.util.Objects;

/**
 * The {@code churn-scoring-worker} function: the {@code churn-segments} queue's segment messages (batch size 1), each
 * scored by {@link WorkerService} and answered with a partial batch response, so a segment that fails is redelivered
 * and, after the queue's three receives, dead-lettered with its reason logged.
 */
public final class ChurnScoringWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final WorkerService service;
    private final JsonLog log;

    /** Lambda's constructor: settings, programme, clients and writer threads once per execution environment. */
    public ChurnScoringWorkerHandler() {
        this(FunctionContext.start().getBean(WorkerService.class), JsonLog.standardError());
    }

    ChurnScoringWorkerHandler(WorkerService service, JsonLog log) {
        this.service = Objects.requireNonNull(service, "service");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, message -> {
            SegmentTask task = SegmentMessages.parse(message.getBody());
            WorkerService.SegmentResult result = service.score(task, context::getRemainingTimeInMillis);
            InfoLog.info(context, "ChurnScoringWorker", "segment scored", result.fields(task));
        }, log);
    }
}
