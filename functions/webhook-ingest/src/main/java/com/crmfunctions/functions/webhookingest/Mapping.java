package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.EventDetail;
import java.util.List;

/** What a verified webhook body maps to: canonical events, or nothing, with the reason. */
sealed interface Mapping {

    /** At least one event to publish. */
    record Events(List<EventDetail> events) implements Mapping {
        public Events {
            events = List.copyOf(events);
            if (events.isEmpty()) throw new IllegalArgumentException("no events: use Mapping.ignored");
        }
    }

    /** Nothing for the CRM (HTTP 202 so the storefront does not retry). */
    record Ignored(String reason) implements Mapping {}

    static Mapping of(List<EventDetail> events, String reasonIfNone) {
        return events.isEmpty() ? new Ignored(reasonIfNone) : new Events(events);
    }

    static Mapping ignored(String reason) {
        return new Ignored(reason);
    }
}
