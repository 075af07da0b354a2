package com.crmfunctions.wiring;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A schedule (EventBridge Scheduler syntax: {@code cron(min hour dom month dow year)} or
 * {@code rate(n unit)}) evaluated in a time zone, invoking one function with a ScheduledEvent.
 */
public record ScheduleSpec(String name, String description, String expression, ZoneId timeZone, String targetFunction) {
    public ScheduleSpec {
        Objects.requireNonNull(name, "schedule name");
        Objects.requireNonNull(description, "schedule description");
        Objects.requireNonNull(expression, "schedule expression");
        Objects.requireNonNull(timeZone, "schedule time zone");
        Objects.requireNonNull(targetFunction, "schedule target");
        if (!(expression.startsWith("cron(") || expression.startsWith("rate(")) || !expression.endsWith(")")) {
            throw new IllegalArgumentException("schedule " + name + ": expression must be cron(...) or rate(...), was " + expression);
        }
    }
}
