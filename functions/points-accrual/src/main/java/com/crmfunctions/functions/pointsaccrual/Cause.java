package com.crmfunctions.functions.pointsaccrual;

import java.time.Instant;
import java.util.Objects;

/**
 * What caused an event this function publishes, and "now" for it: the id of the consumed EventBridge event
 * (its {@code causationId}) and the time that event was put on the bus (its {@code occurredAt}). Both come from
 * the delivered message, never from a clock, so a redelivery decides and announces exactly what the first
 * delivery did.
 */
record Cause(String eventId, Instant time) {

    Cause {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(time, "time");
    }
}
