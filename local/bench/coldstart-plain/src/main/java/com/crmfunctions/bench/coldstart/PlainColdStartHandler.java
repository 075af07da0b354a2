package com.crmfunctions.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.adapters.SqsBatch;

/** The plain-Java side: wiring by hand in the constructor, which Lambda runs once per execution environment. */
public final class PlainColdStartHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final OrderRecorder orders =
            new OrderRecorder(AwsClients.dynamoDb(), ResourceNames.fromEnvironment().table("orders"));

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, orders::record);
    }
}
