package com.crmfunctions.functions.churn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.crmfunctions.adapters.Clocks;
import com.crmfunctions.adapters.FunctionContext;
import java.util.Objects;

/**
 * The {@code churn-scoring-coordinator} function, invoked by the {@code churn-scoring-weekly} schedule: fits the
 * models as of the schedule's time and fans the members table out to the workers ({@link CoordinatorService}).
 * A failure propagates, so the asynchronous invocation is retried (as the same run).
 */
public final class ChurnScoringCoordinatorHandler implements RequestHandler<ScheduledEvent, Void> {

    private static final String LOGGER = "ChurnScoringCoordinator";

    private final CoordinatorService service;

    /** Lambda's constructor: settings, programme and clients once per execution environment. */
    public ChurnScoringCoordinatorHandler() {
        this(FunctionContext.start().getBean(CoordinatorService.class));
    }

    ChurnScoringCoordinatorHandler(CoordinatorService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public Void handleRequest(ScheduledEvent event, Context context) {
        CoordinatorService.RunSummary summary = service.run(Clocks.eventTime(event));
        InfoLog.info(context, LOGGER, "scoring run fitted and fanned out", summary.fields());
        return null;
    }
}
