package com.crmfunctions.local.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time formats of the AWS event envelopes. */
public final class Timestamps {
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** EventBridge's {@code time}: UTC, whole seconds, e.g. {@code 2026-03-01T10:15:30Z}. */
    public static String eventTime(Instant instant) {
        return EVENT_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
