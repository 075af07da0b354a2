package com.crmfunctions.bench.coldstart;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.SqsBatch;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * The Micronaut side as Micronaut sets it up by default: {@link MicronautRequestHandler}'s
 * no-argument constructor starts an application context (environments {@code function} and
 * {@code lambda}, environment deduction on, every singleton and configuration created eagerly)
 * and injects this handler's fields. Eager creation includes Micronaut's JSON message handler, so
 * this handler needs a JSON mapper module on the class path (the {@code serde} jar); without one its
 * constructor fails.
 */
public class MicronautColdStartHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    @Inject
    OrderRecorder orders;

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        return SqsBatch.process(event, orders::record);
    }
}
