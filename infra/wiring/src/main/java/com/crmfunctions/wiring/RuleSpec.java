package com.crmfunctions.wiring;

import java.util.Objects;

/**
 * An EventBridge rule on the bus: an event pattern (EventBridge JSON syntax) and the queue it
 * delivers matching events to. Named {@code <consumer>-<DetailType>}.
 */
public record RuleSpec(String name, String description, String eventPattern, String targetQueue) {
    public RuleSpec {
        Objects.requireNonNull(name, "rule name");
        Objects.requireNonNull(description, "rule description");
        Objects.requireNonNull(eventPattern, "event pattern");
        Objects.requireNonNull(targetQueue, "target queue");
    }
}
