package com.crmfunctions.adapters;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The time convention: a function takes "now" from the event that triggered it, so a redelivered
 * or replayed event decides exactly as the first delivery did, and tests need no clock tricks.
 * <ul>
 *   <li>an EventBridge event delivered through SQS: the envelope's {@code time} ({@link #parseEventTime});</li>
 *   <li>a schedule: the ScheduledEvent's {@code time} ({@link #eventTime});</li>
 *   <li>an HTTP API request: {@code requestContext.timeEpoch} ({@link #requestTime}).</li>
 * </ul>
 * Code that wants a {@link Clock} gets one fixed at that instant ({@link #at}); {@link #system()}
 * is for the few places with no triggering event time at all.
 */
public final class Clocks {

    private Clocks() {}

    /** The instant a schedule fired. */
    public static Instant eventTime(ScheduledEvent event) {
        if (event == null || event.getTime() == null) throw new IllegalArgumentException("scheduled event has no time");
        return Instant.ofEpochMilli(event.getTime().getMillis());
    }

    /** The instant API Gateway received the request. */
    public static Instant requestTime(APIGatewayV2HTTPEvent event) {
        if (event == null || event.getRequestContext() == null || event.getRequestContext().getTimeEpoch() <= 0) {
            throw new IllegalArgumentException("HTTP API event has no requestContext.timeEpoch");
        }
        return Instant.ofEpochMilli(event.getRequestContext().getTimeEpoch());
    }

    /** An EventBridge {@code time} field, e.g. {@code 2026-03-01T09:30:00Z}. */
    public static Instant parseEventTime(String time) {
        if (time == null || time.isBlank()) throw new IllegalArgumentException("event has no time");
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("event time is not an ISO-8601 date-time with offset: " + time, e);
        }
    }

    /** A clock that always reads {@code now}, in UTC. */
    public static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    /** The system clock in UTC, for code with no triggering event time. */
    public static Clock system() {
        return Clock.systemUTC();
    }
}
