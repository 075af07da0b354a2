package com.crmfunctions.adapters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts events on the bus with {@code PutEvents}, in requests of at most 10 entries and 256 KB.
 *
 * <p>{@code PutEvents} can succeed as a call while refusing some entries. Entries refused with a
 * retryable code ({@code ThrottlingException}, {@code InternalFailure}) are sent again, alone, with
 * exponential backoff and jitter, up to {@link Retry#maxAttempts()} sends in all; if any entry is
 * still refused, or was refused with a permanent code, {@link EventPublishException} is thrown and
 * the requests after it are not sent. The caller lets it propagate so the triggering message is
 * retried: consumers are idempotent on business keys, so the events that did go out may safely go
 * out again. Errors of the call as a whole are the SDK's to retry and propagate unchanged.
 */
public final class EventPublisher {

    public static final int MAX_ENTRIES_PER_REQUEST = 10;
    public static final int MAX_REQUEST_BYTES = 256 * 1024;

    /** Per-entry codes that EventBridge documents as retryable; all others are permanent. */
    private static final Set<String> RETRYABLE = Set.of("ThrottlingException", "InternalFailure");
    private static final String LOGGER = "EventPublisher";

    /**
     * How hard to retry refused entries: the n-th retry waits a random time between half and all of
     * {@code min(maxDelay, baseDelay × 2^(n-1))}.
     */
    public record Retry(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        /** 4 sends, waiting up to 100, 200 and 400 ms between them. */
        public static final Retry DEFAULT = new Retry(4, Duration.ofMillis(100), Duration.ofSeconds(1));

        public Retry {
            if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
            if (baseDelay.isNegative() || maxDelay.isNegative()) throw new IllegalArgumentException("delays must not be negative");
        }

        Duration delayBeforeRetry(int retry) {
            long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry - 1, 20));
            return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        }
    }

    /** Waits between retries; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final EventBridgeClient client;
    private final String busName;
    private final Retry retry;
    private final Sleeper sleeper;
    private final JsonLog log;

    public EventPublisher(EventBridgeClient client, String busName) {
        this(client, busName, Retry.DEFAULT, d -> Thread.sleep(d.toMillis()), JsonLog.standardError());
    }

    public EventPublisher(EventBridgeClient client, String busName, Retry retry, Sleeper sleeper, JsonLog log) {
        this.client = Objects.requireNonNull(client, "client");
        this.busName = Objects.requireNonNull(busName, "busName");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.log = Objects.requireNonNull(log, "log");
    }

    public void publish(OutgoingEvent event) {
        publish(List.of(event));
    }

    /**
     * Puts all events on the bus or throws. An event too large for EventBridge is rejected before
     * anything is sent.
     */
    public void publish(List<OutgoingEvent> events) {
        for (OutgoingEvent event : events) {
            if (event.entrySize() > MAX_REQUEST_BYTES) {
                throw new IllegalArgumentException("event " + event.detailType() + " from " + event.source() + " is "
                        + event.entrySize() + " bytes; EventBridge accepts at most " + MAX_REQUEST_BYTES);
            }
        }
        for (List<OutgoingEvent> chunk : chunks(events)) {
            send(chunk);
        }
    }

    /** Consecutive chunks of at most 10 events and 256 KB, in order. */
    static List<List<OutgoingEvent>> chunks(List<OutgoingEvent> events) {
        List<List<OutgoingEvent>> chunks = new ArrayList<>();
        List<OutgoingEvent> current = new ArrayList<>();
        int bytes = 0;
        for (OutgoingEvent event : events) {
            int size = event.entrySize();
            if (current.size() == MAX_ENTRIES_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(event);
            bytes += size;
        }
        if (!current.isEmpty()) chunks.add(current);
        return chunks;
    }

    private void send(List<OutgoingEvent> chunk) {
        List<OutgoingEvent> pending = chunk;
        List<EventPublishException.FailedEvent> refused = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            PutEventsResponse response = client.putEvents(PutEventsRequest.builder()
                    .entries(pending.stream().map(this::entry).collect(Collectors.toList()))
                    .build());
            List<EventPublishException.FailedEvent> retryable = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                PutEventsResultEntry result = i < response.entries().size() ? response.entries().get(i) : null;
                if (result == null) {
                    refused.add(new EventPublishException.FailedEvent(pending.get(i), "NoResult", "PutEvents returned no result for this entry"));
                } else if (result.errorCode() != null) {
                    EventPublishException.FailedEvent failed = new EventPublishException.FailedEvent(pending.get(i), result.errorCode(), result.errorMessage());
                    (RETRYABLE.contains(result.errorCode()) ? retryable : refused).add(failed);
                }
            }
            if (retryable.isEmpty() || attempt == retry.maxAttempts()) {
                refused.addAll(retryable);
                break;
            }
            Duration delay = retry.delayBeforeRetry(attempt);
            log.warn(LOGGER, "retrying refused entries", retryFields(attempt, retryable, delay));
            pause(delay);
            pending = retryable.stream().map(EventPublishException.FailedEvent::event).collect(Collectors.toList());
        }
        if (!refused.isEmpty()) throw new EventPublishException(busName, chunk.size(), retry.maxAttempts(), refused);
    }

    private PutEventsRequestEntry entry(OutgoingEvent event) {
        PutEventsRequestEntry.Builder entry = PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(event.source())
                .detailType(event.detailType())
                .detail(event.detailJson())
                .time(event.time());
        if (!event.resources().isEmpty()) entry.resources(event.resources());
        return entry.build();
    }

    private Map<String, Object> retryFields(int attempt, List<EventPublishException.FailedEvent> retryable, Duration delay) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("bus", busName);
        fields.put("attempt", attempt);
        fields.put("refused", retryable.size());
        fields.put("errorCodes", retryable.stream().map(EventPublishException.FailedEvent::errorCode).distinct().collect(Collectors.joining(",")));
        fields.put("delayMs", delay.toMillis());
        return fields;
    }

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry PutEvents", e);
        }
    }
}
