package com.crmfunctions.local.events;

import com.crmfunctions.local.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code PutEventsRequestEntry} as it arrives over the AWS JSON 1.1 protocol. {@code Time} comes
 * as epoch seconds (possibly fractional), the protocol's timestamp format.
 */
public record PutEventsEntry(String source, String detailType, String detail, String eventBusName,
                             List<String> resources, Instant time) {

    public PutEventsEntry {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    static PutEventsEntry fromJson(JsonNode entry) {
        List<String> resources = new ArrayList<>();
        entry.path("Resources").forEach(r -> resources.add(r.asText()));
        JsonNode time = entry.get("Time");
        return new PutEventsEntry(Json.text(entry, "Source"), Json.text(entry, "DetailType"), Json.text(entry, "Detail"),
                Json.text(entry, "EventBusName"), resources,
                time == null || time.isNull() ? null : epochSeconds(time.decimalValue()));
    }

    /** The size EventBridge counts against the 256 KB limit (its documented formula). */
    public int size() {
        int size = time == null ? 0 : 14;
        size += utf8(source) + utf8(detailType) + utf8(detail);
        for (String resource : resources) size += utf8(resource);
        return size;
    }

    private static int utf8(String text) { return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length; }

    private static Instant epochSeconds(BigDecimal seconds) {
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
