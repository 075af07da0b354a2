package com.crmfunctions.adapters;

import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.EventEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An event to put on the bus, its detail already serialised to JSON.
 *
 * @param source     {@code crm.<context>}
 * @param detailType PascalCase past-tense fact, e.g. {@code PointsAccrued}
 * @param detailJson the detail object as JSON
 * @param time       when the fact happened (taken from the triggering event, not the wall clock);
 *                   null lets EventBridge stamp the time it receives the event
 * @param resources  ARNs the event concerns, usually none
 */
public record OutgoingEvent(String source, String detailType, String detailJson, Instant time, List<String> resources) {

    public OutgoingEvent {
        requireText(source, "source");
        requireText(detailType, "detailType");
        requireText(detailJson, "detailJson");
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    public static OutgoingEvent of(String source, String detailType, String detailJson, Instant time) {
        return new OutgoingEvent(source, detailType, detailJson, time, List.of());
    }

    /**
     * A contract record, encoded and checked against its schema by {@link EventCodec}, stamped with
     * the time its fact happened.
     */
    public static OutgoingEvent from(EventDetail detail) {
        EventEntry entry = EventCodec.toEntry(detail);
        return new OutgoingEvent(entry.source(), entry.detailType(), entry.detail(), detail.occurredAt(), List.of());
    }

    /**
     * The size EventBridge counts against its 256 KB request limit: 14 bytes for a time, plus the
     * UTF-8 bytes of source, detail-type, detail and each resource.
     */
    public int entrySize() {
        int size = time == null ? 0 : 14;
        size += utf8(source) + utf8(detailType) + utf8(detailJson);
        for (String resource : resources) size += utf8(resource);
        return size;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }
}
