package com.crmfunctions.local.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The day fields of a cron expression as predicates on a date. Day-of-month takes plain values plus
 * {@code L} (last day), {@code LW} (last weekday) and {@code nW} (weekday nearest the n-th, within
 * the month). Day-of-week ({@code 1}=SUN … {@code 7}=SAT, or names) takes plain values plus
 * {@code dL} (last such weekday of the month), {@code d#k} (the k-th) and {@code L} (Saturday).
 */
final class DayRules {
    private static final CronField DAY_OF_MONTH = new CronField("day-of-month", 1, 31);
    private static final CronField DAY_OF_WEEK = new CronField("day-of-week", 1, 7,
            List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    private DayRules() {}

    static Predicate<LocalDate> dayOfMonth(String field) {
        List<Predicate<LocalDate>> rules = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String item : field.split(",", -1)) {
            if (item.equals("L")) {
                rules.add(date -> date.getDayOfMonth() == date.lengthOfMonth());
            } else if (item.equals("LW")) {
                rules.add(date -> date.equals(weekdayNearest(date.withDayOfMonth(date.lengthOfMonth()))));
            } else if (item.endsWith("W")) {
                int day = DAY_OF_MONTH.value(item.substring(0, item.length() - 1));
                rules.add(date -> day <= date.lengthOfMonth() && date.equals(weekdayNearest(date.withDayOfMonth(day))));
            } else {
                plain.add(item);
            }
        }
        if (!plain.isEmpty()) {
            BitSet days = DAY_OF_MONTH.parse(String.join(",", plain));
            rules.add(date -> days.get(date.getDayOfMonth()));
        }
        return anyOf(rules);
    }

    static Predicate<LocalDate> dayOfWeek(String field) {
        List<Predicate<LocalDate>> rules = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String item : field.split(",", -1)) {
            if (item.equals("L")) {
                rules.add(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY);
            } else if (item.length() > 1 && item.endsWith("L")) {
                DayOfWeek day = javaDay(DAY_OF_WEEK.value(item.substring(0, item.length() - 1)));
                rules.add(date -> date.equals(date.with(TemporalAdjusters.lastInMonth(day))));
            } else if (item.contains("#")) {
                DayOfWeek day = javaDay(DAY_OF_WEEK.value(item.substring(0, item.indexOf('#'))));
                int nth = nth(item.substring(item.indexOf('#') + 1));
                rules.add(date -> date.getDayOfWeek() == day && (date.getDayOfMonth() - 1) / 7 + 1 == nth);
            } else {
                plain.add(item);
            }
        }
        if (!plain.isEmpty()) {
            BitSet days = DAY_OF_WEEK.parse(String.join(",", plain));
            rules.add(date -> days.get(cronDay(date.getDayOfWeek())));
        }
        return anyOf(rules);
    }

    /** The weekday nearest to a date without leaving its month (Saturday → Friday, Sunday → Monday). */
    private static LocalDate weekdayNearest(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.getDayOfMonth() == 1 ? date.plusDays(2) : date.minusDays(1);
            case SUNDAY -> date.getDayOfMonth() == date.lengthOfMonth() ? date.minusDays(2) : date.plusDays(1);
            default -> date;
        };
    }

    private static int nth(String text) {
        try {
            int nth = Integer.parseInt(text);
            if (nth >= 1 && nth <= 5) return nth;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("day-of-week: '#" + text + "' must be #1 to #5");
    }

    private static DayOfWeek javaDay(int cronDay) { return cronDay == 1 ? DayOfWeek.SUNDAY : DayOfWeek.of(cronDay - 1); }

    private static int cronDay(DayOfWeek day) { return day.getValue() % 7 + 1; }

    private static Predicate<LocalDate> anyOf(List<Predicate<LocalDate>> rules) {
        return date -> rules.stream().anyMatch(rule -> rule.test(date));
    }
}
