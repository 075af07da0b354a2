package com.crmfunctions.local.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An EventBridge Scheduler expression, {@code cron(...)} or {@code rate(...)}, bound to its time
 * zone: it answers when it next fires after a given instant.
 */
public interface ScheduleExpression {

    /** The first occurrence strictly after {@code after}, or empty if there is none (a past year). */
    Optional<Instant> nextAfter(Instant after);

    /**
     * Parses {@code cron(min hour day-of-month month day-of-week year)} evaluated in {@code zone}, or
     * {@code rate(n minute|minutes|hour|hours|day|days)} counted from {@code rateStart}.
     *
     * @throws IllegalArgumentException naming the part of the expression that is wrong or unsupported
     */
    static ScheduleExpression parse(String expression, ZoneId zone, Instant rateStart) {
        String text = expression.strip();
        if (text.startsWith("cron(") && text.endsWith(")")) return CronExpression.parse(text.substring(5, text.length() - 1), zone);
        if (text.startsWith("rate(") && text.endsWith(")")) return RateExpression.parse(text.substring(5, text.length() - 1), rateStart);
        throw new IllegalArgumentException("schedule expression must be cron(...) or rate(...), was " + expression);
    }
}
