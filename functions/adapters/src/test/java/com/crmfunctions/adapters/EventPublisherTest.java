package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.EventSamples;
import com.crmfunctions.events.EventType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

class EventPublisherTest {

    private static final Instant TIME = Instant.parse("2026-03-02T09:30:00Z");

    private final FakeEventBridge eventBridge = new FakeEventBridge();
    private final List<Duration> sleeps = new ArrayList<>();
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final EventPublisher publisher = new EventPublisher(eventBridge, "crm-bus", EventPublisher.Retry.DEFAULT,
            sleeps::add, new JsonLog(new PrintStream(logged, true, StandardCharsets.UTF_8)));

    @Test
    void sendsEachEventAsAnEntryOnTheBus() {
        publisher.publish(new OutgoingEvent("crm.loyalty", "PointsAccrued", "{\"memberId\":\"m-1\",\"points\":120}", TIME,
                List.of("arn:aws:dynamodb:eu-west-1:123456789012:table/members")));

        PutEventsRequestEntry entry = eventBridge.requests.get(0).entries().get(0);
        assertThat(entry.eventBusName()).isEqualTo("crm-bus");
        assertThat(entry.source()).isEqualTo("crm.loyalty");
        assertThat(entry.detailType()).isEqualTo("PointsAccrued");
        assertThat(entry.detail()).isEqualTo("{\"memberId\":\"m-1\",\"points\":120}");
        assertThat(entry.time()).isEqualTo(TIME);
        assertThat(entry.resources()).containsExactly("arn:aws:dynamodb:eu-west-1:123456789012:table/members");
    }

    @Test
    void sendsAtMostTenEntriesPerRequestInOrder() {
        publisher.publish(events(25, 10));

        assertThat(eventBridge.requests).extracting(r -> r.entries().size()).containsExactly(10, 10, 5);
        assertThat(eventBridge.sentDetails()).isEqualTo(events(25, 10).stream().map(OutgoingEvent::detailJson).collect(Collectors.toList()));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void keepsEachRequestWithin256KiB() {
        publisher.publish(events(5, 100 * 1024));

        assertThat(eventBridge.requests).extracting(r -> r.entries().size()).containsExactly(2, 2, 1);
    }

    @Test
    void anEventTooLargeForEventBridgeIsRejectedBeforeAnythingIsSent() {
        List<OutgoingEvent> events = new ArrayList<>(events(2, 10));
        events.add(OutgoingEvent.of("crm.insights", "CustomerScored", "\"" + "x".repeat(EventPublisher.MAX_REQUEST_BYTES) + "\"", TIME));

        assertThatThrownBy(() -> publisher.publish(events)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CustomerScored").hasMessageContaining("at most 262144");
        assertThat(eventBridge.requests).isEmpty();
    }

    @Test
    void retriesOnlyTheRefusedEntriesWithBackoff() {
        List<OutgoingEvent> events = events(6, 10);
        eventBridge.refuse(events.get(1), "ThrottlingException", 1);
        eventBridge.refuse(events.get(4), "InternalFailure", 2);

        publisher.publish(events);

        assertThat(eventBridge.requests).hasSize(3);
        assertThat(details(eventBridge.requests.get(1))).containsExactly(events.get(1).detailJson(), events.get(4).detailJson());
        assertThat(details(eventBridge.requests.get(2))).containsExactly(events.get(4).detailJson());
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("\"errorCodes\":\"ThrottlingException,InternalFailure\"");
    }

    @Test
    void anEntryStillRefusedAfterTheLastAttemptFailsThePublish() {
        List<OutgoingEvent> events = events(3, 10);
        eventBridge.refuse(events.get(2), "ThrottlingException", Integer.MAX_VALUE);

        assertThatThrownBy(() -> publisher.publish(events))
                .isInstanceOfSatisfying(EventPublishException.class, e -> {
                    assertThat(e.failures()).hasSize(1);
                    assertThat(e.failures().get(0).event()).isEqualTo(events.get(2));
                    assertThat(e.failures().get(0).errorCode()).isEqualTo("ThrottlingException");
                })
                .hasMessageContaining("1 of 3 events could not be put on bus crm-bus");
        assertThat(eventBridge.requests).hasSize(4);
        assertThat(eventBridge.requests.subList(1, 4)).allSatisfy(r -> assertThat(details(r)).containsExactly(events.get(2).detailJson()));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void aPermanentRefusalIsNotRetriedAndLaterRequestsAreNotSent() {
        List<OutgoingEvent> events = events(12, 10);
        eventBridge.refuse(events.get(0), "MalformedDetail", Integer.MAX_VALUE);
        eventBridge.refuse(events.get(1), "ThrottlingException", 1);

        assertThatThrownBy(() -> publisher.publish(events))
                .isInstanceOfSatisfying(EventPublishException.class, e ->
                        assertThat(e.failures()).extracting(EventPublishException.FailedEvent::errorCode).containsExactly("MalformedDetail"));
        assertThat(eventBridge.requests).hasSize(2);
        assertThat(details(eventBridge.requests.get(1))).containsExactly(events.get(1).detailJson());
    }

    @Test
    void entrySizeCountsAsEventBridgeDoes() {
        assertThat(new OutgoingEvent("crm.x", "Done", "{\"é\":1}", TIME, List.of("arn")).entrySize())
                .isEqualTo(14 + 5 + 4 + 8 + 3); // "é" is two bytes in UTF-8
        assertThat(OutgoingEvent.of("crm.x", "Done", "{}", null).entrySize()).isEqualTo(5 + 4 + 2);
        assertThatThrownBy(() -> OutgoingEvent.of("crm.x", " ", "{}", TIME)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContractRecordIsEncodedByTheEventsCodecAndStampedWithItsTime() throws Exception {
        EventDetail accrued = EventCodec.fromEventJson(EventSamples.json(EventType.POINTS_ACCRUED, 1)).detail();

        OutgoingEvent event = OutgoingEvent.from(accrued);

        assertThat(event.source()).isEqualTo("crm.loyalty");
        assertThat(event.detailType()).isEqualTo("PointsAccrued");
        assertThat(event.time()).isEqualTo(accrued.occurredAt());
        assertThat(EventCodec.fromDetailJson("PointsAccrued", event.detailJson())).isEqualTo(accrued);
    }

    private static List<OutgoingEvent> events(int count, int detailBytes) {
        return IntStream.range(0, count)
                .mapToObj(i -> OutgoingEvent.of("crm.storefront", "OrderPlaced",
                        "{\"orderId\":\"o-" + i + "\",\"pad\":\"" + "p".repeat(Math.max(0, detailBytes - 30)) + "\"}", TIME))
                .collect(Collectors.toList());
    }

    private static List<String> details(PutEventsRequest request) {
        return request.entries().stream().map(PutEventsRequestEntry::detail).collect(Collectors.toList());
    }

    /** EventBridge that refuses chosen entries (by detail) a set number of times, and records every request. */
    private static final class FakeEventBridge implements EventBridgeClient {
        final List<PutEventsRequest> requests = new ArrayList<>();
        private final Map<String, String> codes = new HashMap<>();
        private final Map<String, Integer> refusalsLeft = new HashMap<>();

        void refuse(OutgoingEvent event, String code, int times) {
            codes.put(event.detailJson(), code);
            refusalsLeft.put(event.detailJson(), times);
        }

        List<String> sentDetails() {
            return requests.stream().flatMap(r -> details(r).stream()).collect(Collectors.toList());
        }

        @Override
        public PutEventsResponse putEvents(PutEventsRequest request) {
            requests.add(request);
            List<PutEventsResultEntry> results = new ArrayList<>();
            int failed = 0;
            for (PutEventsRequestEntry entry : request.entries()) {
                int left = refusalsLeft.getOrDefault(entry.detail(), 0);
                if (left > 0) {
                    refusalsLeft.put(entry.detail(), left - 1);
                    results.add(PutEventsResultEntry.builder().errorCode(codes.get(entry.detail())).errorMessage("refused").build());
                    failed++;
                } else {
                    results.add(PutEventsResultEntry.builder().eventId("e-" + requests.size() + "-" + results.size()).build());
                }
            }
            return PutEventsResponse.builder().failedEntryCount(failed).entries(results).build();
        }

        @Override
        public String serviceName() { return "events"; }

        @Override
        public void close() {}
    }
}
