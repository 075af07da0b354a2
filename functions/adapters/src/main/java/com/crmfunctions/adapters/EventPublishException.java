package com.crmfunctions.adapters;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Some events could not be put on the bus, even after retries. Thrown so the triggering message
 * is retried (and eventually dead-lettered) rather than acknowledged with its events lost.
 */
public final class EventPublishException extends RuntimeException {

    /** One event EventBridge refused, with its last error code and message. */
    public record FailedEvent(OutgoingEvent event, String errorCode, String errorMessage) {}

    private final transient List<FailedEvent> failures;

    EventPublishException(String busName, int attempted, int attempts, List<FailedEvent> failures) {
        super(failures.size() + " of " + attempted + " events could not be put on bus " + busName + " (up to "
                + attempts + " attempts each): " + failures.stream()
                .map(f -> f.event().detailType() + " from " + f.event().source() + ": " + f.errorCode() + " (" + f.errorMessage() + ")")
                .collect(Collectors.joining("; ")));
        this.failures = List.copyOf(failures);
    }

    public List<FailedEvent> failures() { return failures; }
}
