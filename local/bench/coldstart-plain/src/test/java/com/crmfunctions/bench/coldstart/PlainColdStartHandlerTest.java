package com.crmfunctions.bench.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built as Lambda builds it (no-argument constructor); a record without an order id fails before any write. */
class PlainColdStartHandlerTest {

    @Test
    void reportsARecordWithoutAnOrderId() {
        SQSEvent.SQSMessage broken = new SQSEvent.SQSMessage();
        broken.setMessageId("m-1");
        broken.setBody("{\"time\":\"2026-03-02T09:30:00Z\",\"detail\":{\"memberId\":\"m-1001\"}}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(broken));

        SQSBatchResponse response = new PlainColdStartHandler().handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m-1");
    }
}
