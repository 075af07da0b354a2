package com.crmfunctions.events;

import java.time.Instant;

/**
 * The {@code detail} of a CRM event: one record per detail-type, shared by producer and consumer.
 *
 * <p>Records hold the business content only. The schema {@code version} of the JSON is written and
 * checked by {@link EventCodec}: a record always represents the current version of its type.
 */
public interface EventDetail {

    /** The member the fact is about. Every CRM event concerns exactly one member. */
    String memberId();

    /** When the fact happened (not when it was published). */
    Instant occurredAt();

    /** Id shared by every event of one business flow. */
    String correlationId();

    /** Id of the message that directly caused this event. */
    String causationId();
}
