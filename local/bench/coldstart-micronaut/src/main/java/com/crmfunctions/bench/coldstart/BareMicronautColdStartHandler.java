package com.crmfunctions.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.SqsBatch;
import com.crmfunctions.adapters.FunctionContext;

/**
 * Micronaut's dependency injection without its function layer, exactly as the product's functions
 * use it ({@link FunctionContext}): a plain {@link RequestHandler} that starts a bare application context (micronaut-inject only; no micronaut-function-aws, HTTP,
 * reactive or runtime modules on the class path, see the {@code bare} jar) and takes its beans
 * from it. Measures what the function layer's beans cost at cold start.
 */
public final class BareMicronautColdStartHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final OrderRecorder orders = FunctionContext.start().getBean(OrderRecorder.class);

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, orders::record);
    }
}
