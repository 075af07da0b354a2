package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

class ClocksTest {

    private static final Instant FIRED = Instant.parse("2026-03-02T03:00:00Z");

    @Test
    void scheduledEventTime() {
        ScheduledEvent event = new ScheduledEvent().withTime(new DateTime(FIRED.toEpochMilli(), DateTimeZone.UTC));

        assertThat(Clocks.eventTime(event)).isEqualTo(FIRED);
        assertThatThrownBy(() -> Clocks.eventTime(new ScheduledEvent())).hasMessageContaining("no time");
    }

    @Test
    void httpApiRequestTime() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withTimeEpoch(FIRED.toEpochMilli()).build())
                .build();

        assertThat(Clocks.requestTime(event)).isEqualTo(FIRED);
        assertThatThrownBy(() -> Clocks.requestTime(new APIGatewayV2HTTPEvent())).hasMessageContaining("timeEpoch");
    }

    @Test
    void eventBridgeEnvelopeTime() {
        assertThat(Clocks.parseEventTime("2026-03-02T03:00:00Z")).isEqualTo(FIRED);
        assertThat(Clocks.parseEventTime("2026-03-02T11:00:00+08:00")).isEqualTo(FIRED);
        assertThatThrownBy(() -> Clocks.parseEventTime("2026-03-02 03:00")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-03-02 03:00");
        assertThatThrownBy(() -> Clocks.parseEventTime(null)).hasMessageContaining("no time");
    }

    @Test
    void aClockFixedAtTheEventTime() {
        assertThat(Clocks.at(FIRED).instant()).isEqualTo(FIRED);
        assertThat(Clocks.at(FIRED).getZone().getId()).isEqualTo("Z");
        assertThat(Clocks.system().getZone().getId()).isEqualTo("Z");
    }
}
