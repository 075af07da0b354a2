package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.InvalidEventException.Violation;
import java.util.List;

/**
 * What became of one webhook delivery. The handler turns each kind into its HTTP answer; nothing
 * reaches the bus unless the result is {@link Accepted}.
 */
sealed interface IngestResult {

    /** Every event was validated and accepted by the bus (HTTP 202). */
    record Accepted(List<AcceptedEvent> events) implements IngestResult {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    /**
     * A genuine delivery that carries nothing for the CRM: a guest order, an unpaid order, a topic
     * that is not used (HTTP 202, so the storefront does not retry it).
     */
    record Ignored(String reason) implements IngestResult {}

    /** An unsigned WooCommerce ping sent when a webhook is saved (HTTP 200). */
    record Ping() implements IngestResult {}

    /** Refused before anything was published; retrying the same request cannot help. */
    record Rejected(Rejection rejection, String message, List<Violation> violations) implements IngestResult {
        public Rejected {
            violations = List.copyOf(violations);
        }

        static Rejected of(Rejection rejection, String message) {
            return new Rejected(rejection, message, List.of());
        }
    }

    /** The bus did not take every event, even after retries (HTTP 503): the storefront should retry. */
    record Unavailable(String message) implements IngestResult {}

    /** Why a request was refused. */
    enum Rejection {
        /** No such source, or no signing key configured for it (HTTP 404). */
        UNKNOWN_SOURCE,
        /** Missing or wrong signature (HTTP 401). */
        UNAUTHORIZED,
        /** Body over the configured limit, or an event over EventBridge's (HTTP 413). */
        TOO_LARGE,
        /** Not JSON, or a field that breaks the format or the event contract (HTTP 400). */
        INVALID
    }

    /**
     * One event put on the bus.
     *
     * @param detailType e.g. {@code OrderPlaced}
     * @param key        its business key ({@code orderId}, {@code refundId} or {@code memberId}): the
     *                   id consumers de-duplicate on
     */
    record AcceptedEvent(String detailType, String key) {}
}
