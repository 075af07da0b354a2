package com.crmfunctions.functions.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.functions.churn.domain.SegmentTask;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SegmentMessagesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void aTaskAndItsContinuationTravelAsJson() {
        SegmentTask task = new SegmentTask("churn-2026-11-23T03:00:00Z", "churn-scoring", NOW, 3, 8, NOW, null);

        assertThat(SegmentMessages.json(task)).isEqualTo("{\"runId\":\"churn-2026-11-23T03:00:00Z\",\"model\":\"churn-scoring\","
                + "\"fittedAt\":\"2026-11-23T03:00:00Z\",\"segment\":3,\"totalSegments\":8,\"now\":\"2026-11-23T03:00:00Z\"}");
        assertThat(SegmentMessages.parse(SegmentMessages.json(task))).isEqualTo(task);
        SegmentTask continuation = task.continuingAfter("m-1042");
        assertThat(SegmentMessages.parse(SegmentMessages.json(continuation))).isEqualTo(continuation);
        assertThat(continuation.continuation()).contains("m-1042");
    }

    @Test
    void badMessagesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> SegmentMessages.parse("not json")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> SegmentMessages.parse("[]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> SegmentMessages.parse("{\"runId\":\"r\",\"model\":\"churn-scoring\",\"fittedAt\":\"2026-11-23\","
                + "\"segment\":0,\"totalSegments\":1,\"now\":\"2026-11-23T03:00:00Z\"}"))
                .hasMessageContaining("fittedAt must be an ISO-8601 instant");
        assertThatThrownBy(() -> SegmentMessages.parse("{\"runId\":\"r\",\"model\":\"churn-scoring\",\"fittedAt\":\"2026-11-23T03:00:00Z\","
                + "\"segment\":4,\"totalSegments\":4,\"now\":\"2026-11-23T03:00:00Z\"}"))
                .hasMessageContaining("segment 4 of 4");
        assertThatThrownBy(() -> SegmentMessages.parse("{\"runId\":\"r\",\"model\":\"churn-scoring\",\"fittedAt\":\"2026-11-23T03:00:00Z\","
                + "\"segment\":\"0\",\"totalSegments\":4,\"now\":\"2026-11-23T03:00:00Z\"}"))
                .hasMessageContaining("segment must be a whole number");
    }
}
