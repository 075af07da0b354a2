package com.crmfunctions.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An EventBridge event as delivered to a consumer: the envelope fields and the typed detail. The
 * {@code source} and {@code detail-type} follow from the detail ({@link #type()}); decoding checks that
 * the delivered ones agree.
 *
 * @param id        id EventBridge gave the event: unique per put, so never an idempotency key (use the
 *                  detail's business key, {@link EventType#keyField()})
 * @param account   AWS account of the bus
 * @param region    AWS region of the bus
 * @param time      when the event was put on the bus
 * @param resources ARNs the event concerns, usually none
 */
public record Envelope<D extends EventDetail>(String id, String account, String region, Instant time,
                                              List<String> resources, D detail) {

    public Envelope {
        resources = List.copyOf(resources);
        Objects.requireNonNull(detail, "detail");
    }

    public EventType type() {
        return EventType.of(detail);
    }

    /** The {@code source}, e.g. {@code crm.storefront}. */
    public String source() {
        return type().source().value();
    }

    /** The {@code detail-type}, e.g. {@code OrderPlaced}. */
    public String detailType() {
        return type().detailType();
    }
}
