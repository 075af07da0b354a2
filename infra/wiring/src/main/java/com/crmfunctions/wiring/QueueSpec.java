package com.crmfunctions.wiring;

import java.time.Duration;
import java.util.Objects;

/**
 * An SQS standard queue with its dead-letter queue. Every queue has one: a message that fails
 * {@code maxReceiveCount} receives is moved to {@link #deadLetterQueueName()} with its attributes.
 */
public record QueueSpec(String name, String purpose, Duration visibilityTimeout, int maxReceiveCount,
                        Duration retention, Duration deadLetterRetention) {
    public QueueSpec {
        Objects.requireNonNull(name, "queue name");
        Objects.requireNonNull(purpose, "queue purpose");
        Objects.requireNonNull(visibilityTimeout, "visibility timeout");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(deadLetterRetention, "dead-letter retention");
        if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw new IllegalArgumentException("queue " + name + ": maxReceiveCount must be 1..1000, was " + maxReceiveCount);
        }
        if (visibilityTimeout.isNegative() || visibilityTimeout.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("queue " + name + ": visibility timeout must be 0..12 h");
        }
    }

    public String deadLetterQueueName() { return name + "-dlq"; }

    /** Defaults: 5 receives, 4 days' retention, DLQ kept 14 days (the SQS maximum). */
    public static QueueSpec queue(String name, String purpose, Duration visibilityTimeout) {
        return new QueueSpec(name, purpose, visibilityTimeout, 5, Duration.ofDays(4), Duration.ofDays(14));
    }

    public QueueSpec withMaxReceiveCount(int count) {
        return new QueueSpec(name, purpose, visibilityTimeout, count, retention, deadLetterRetention);
    }
}
