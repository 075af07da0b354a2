package com.crmfunctions.local.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An EventBridge cron expression, {@code cron(minutes hours day-of-month month day-of-week year)},
 * evaluated in a time zone as EventBridge Scheduler does: exactly one of the day fields is
 * {@code ?}; a local time skipped by a daylight-saving jump does not fire; a local time that occurs
 * twice fires once, at its first occurrence. Years run 1970-2199.
 */
final class CronExpression implements ScheduleExpression {
    private static final CronField MINUTES = new CronField("minutes", 0, 59);
    private static final CronField HOURS = new CronField("hours", 0, 23);
    private static final CronField MONTHS = new CronField("month", 1, 12,
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"));
    private static final CronField YEARS = new CronField("year", 1970, 2199);

    private final BitSet minutes;
    private final BitSet hours;
    private final Predicate<LocalDate> days;
    private final BitSet months;
    private final BitSet years;
    private final ZoneId zone;

    private CronExpression(BitSet minutes, BitSet hours, Predicate<LocalDate> days, BitSet months, BitSet years, ZoneId zone) {
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.years = years;
        this.zone = zone;
    }

    static CronExpression parse(String body, ZoneId zone) {
        String[] fields = body.strip().split("\\s+");
        try {
            if (fields.length != 6) {
                throw new IllegalArgumentException("needs 6 fields (minutes hours day-of-month month day-of-week year), found "
                        + fields.length);
            }
            boolean anyDayOfMonth = fields[2].equals("?");
            if (anyDayOfMonth == fields[4].equals("?")) {
                throw new IllegalArgumentException("exactly one of day-of-month and day-of-week must be ?");
            }
            Predicate<LocalDate> days = anyDayOfMonth ? DayRules.dayOfWeek(fields[4]) : DayRules.dayOfMonth(fields[2]);
            return new CronExpression(MINUTES.parse(fields[0]), HOURS.parse(fields[1]), days, MONTHS.parse(fields[3]),
                    YEARS.parse(fields[5]), zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cron(" + body + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Instant> nextAfter(Instant after) {
        // Start a day early: in a repeated hour the local date of `after` can be a day past a candidate.
        LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
        while (true) {
            if (!years.get(date.getYear())) {
                int next = years.nextSetBit(date.getYear() + 1);
                if (next < 0) return Optional.empty();
                date = LocalDate.of(next, 1, 1);
            } else if (!months.get(date.getMonthValue())) {
                date = date.withDayOfMonth(1).plusMonths(1);
            } else {
                if (days.test(date)) {
                    Optional<Instant> time = firstTimeAfter(date, after);
                    if (time.isPresent()) return time;
                }
                date = date.plusDays(1);
            }
        }
    }

    private Optional<Instant> firstTimeAfter(LocalDate date, Instant after) {
        for (int hour = hours.nextSetBit(0); hour >= 0; hour = hours.nextSetBit(hour + 1)) {
            for (int minute = minutes.nextSetBit(0); minute >= 0; minute = minutes.nextSetBit(minute + 1)) {
                LocalDateTime local = date.atTime(hour, minute);
                if (zone.getRules().getValidOffsets(local).isEmpty()) continue;
                Instant at = ZonedDateTime.ofLocal(local, zone, null).toInstant();
                if (at.isAfter(after)) return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
