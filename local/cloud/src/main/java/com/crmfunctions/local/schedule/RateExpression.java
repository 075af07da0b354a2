package com.crmfunctions.local.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code rate(n unit)}: every n minutes, hours or days (a day is 24 hours, whatever the time zone,
 * as in EventBridge Scheduler), counted from the start of the local cloud. Unlike a schedule created
 * in AWS without a start date, it does not fire at once when created: the first occurrence is one
 * period after the start (use {@code invokeSchedule} to fire one now).
 */
final class RateExpression implements ScheduleExpression {
    private final Instant start;
    private final Duration period;

    private RateExpression(Instant start, Duration period) {
        this.start = start;
        this.period = period;
    }

    static RateExpression parse(String body, Instant start) {
        String[] parts = body.strip().split("\\s+");
        if (parts.length != 2) throw new IllegalArgumentException("rate(" + body + "): expected rate(value unit)");
        long value;
        try {
            value = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rate(" + body + "): value must be a positive whole number");
        }
        if (value < 1) throw new IllegalArgumentException("rate(" + body + "): value must be a positive whole number");
        Duration unit = switch (parts[1]) {
            case "minute", "minutes" -> Duration.ofMinutes(1);
            case "hour", "hours" -> Duration.ofHours(1);
            case "day", "days" -> Duration.ofDays(1);
            default -> throw new IllegalArgumentException("rate(" + body + "): unit must be minutes, hours or days");
        };
        return new RateExpression(start, unit.multipliedBy(value));
    }

    @Override
    public Optional<Instant> nextAfter(Instant after) {
        if (after.isBefore(start)) return Optional.of(start.plus(period));
        long periods = Duration.between(start, after).dividedBy(period) + 1;
        return Optional.of(start.plus(period.multipliedBy(periods)));
    }
}
