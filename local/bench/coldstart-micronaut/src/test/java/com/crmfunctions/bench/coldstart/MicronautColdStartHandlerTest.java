package com.crmfunctions.bench.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmark measures what it claims only if each handler, built as Lambda builds it (no-argument
 * constructor), is wired and reports a bad record. No network: the record fails before any write.
 */
class MicronautColdStartHandlerTest {

    static Stream<MicronautColdStartHandler> handlers() {
        return Stream.of(new MicronautColdStartHandler(), new TunedMicronautColdStartHandler());
    }

    @ParameterizedTest
    @MethodSource("handlers")
    void isWiredByInjectionAndReportsABadRecord(MicronautColdStartHandler handler) {
        assertThat(handler.orders).as("injected by Micronaut").isNotNull();

        assertThat(failedIds(handler.execute(eventWithoutOrderId()))).containsExactly("m-1");
    }

    @Test
    void theBareContextHandlerGetsItsBeansAndReportsABadRecord() {
        assertThat(failedIds(new BareMicronautColdStartHandler().handleRequest(eventWithoutOrderId(), null))).containsExactly("m-1");
    }

    private static SQSEvent eventWithoutOrderId() {
        SQSEvent.SQSMessage broken = new SQSEvent.SQSMessage();
        broken.setMessageId("m-1");
        broken.setBody("{\"detail\":{}}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(broken));
        return event;
    }

    private static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }
}
