package com.crmfunctions.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample events shipped with the contracts: one complete EventBridge event per detail-type and
 * version. Consumer contract tests in other modules feed them through their own logic.
 */
public final class EventSamples {

    private EventSamples() {}

    /** The sample event JSON of a type and version; {@link IllegalArgumentException} if there is none. */
    public static String json(EventType type, int version) {
        String resource = type.sampleResource(version);
        try (InputStream in = EventSamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
