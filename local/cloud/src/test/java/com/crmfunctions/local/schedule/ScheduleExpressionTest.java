package com.crmfunctions.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleExpressionTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant ANCHOR = Instant.parse("2026-03-02T10:00:00Z");

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            // the wiring's schedules
            "cron(5 * * * ? *)           | 2026-03-02T10:00:00Z | 2026-03-02T10:05:00Z",
            "cron(5 * * * ? *)           | 2026-03-02T10:05:00Z | 2026-03-02T11:05:00Z",
            "cron(0 3 ? * MON *)         | 2026-03-03T00:00:00Z | 2026-03-09T03:00:00Z",
            "cron(0 4 1 * ? *)           | 2026-03-01T04:00:00Z | 2026-04-01T04:00:00Z",
            "cron(0 2 * * ? *)           | 2026-12-31T02:00:00Z | 2027-01-01T02:00:00Z",
            // ranges, steps, lists and names
            "cron(0/15 9-17 ? * MON-FRI *) | 2026-03-06T17:50:00Z | 2026-03-09T09:00:00Z",
            "cron(0/15 9-17 ? * MON-FRI *) | 2026-03-09T09:00:00Z | 2026-03-09T09:15:00Z",
            "cron(*/20 8 ? * 2,4 *)      | 2026-03-03T08:40:00Z | 2026-03-04T08:00:00Z",
            "cron(10 12 1 JAN-MAR/2 ? *) | 2026-01-01T12:10:00Z | 2026-03-01T12:10:00Z",
            // last day, nearest weekday, n-th and last weekday of the month
            "cron(0 0 L * ? *)           | 2026-02-10T00:00:00Z | 2026-02-28T00:00:00Z",
            "cron(0 0 L * ? *)           | 2028-02-10T00:00:00Z | 2028-02-29T00:00:00Z",
            "cron(0 0 15W * ? *)         | 2026-08-01T00:00:00Z | 2026-08-14T00:00:00Z",
            "cron(0 0 1W * ? *)          | 2026-07-31T00:00:00Z | 2026-08-03T00:00:00Z",
            "cron(0 0 LW * ? *)          | 2026-05-01T00:00:00Z | 2026-05-29T00:00:00Z",
            "cron(0 10 ? * 2#1 *)        | 2026-03-03T00:00:00Z | 2026-04-06T10:00:00Z",
            "cron(0 10 ? * 6L *)         | 2026-03-01T00:00:00Z | 2026-03-27T10:00:00Z",
            // a year
            "cron(0 0 1 1 ? 2027-2028)   | 2026-06-01T00:00:00Z | 2027-01-01T00:00:00Z",
    })
    void cronOccurrencesInUtc(String expression, String after, String expected) {
        assertThat(next(expression, ZoneOffset.UTC, after)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void cronIsEvaluatedInItsTimeZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertThat(next("cron(0 9 * * ? *)", paris, "2026-01-15T00:00:00Z")).isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
        assertThat(next("cron(0 9 * * ? *)", paris, "2026-07-15T00:00:00Z")).isEqualTo(Instant.parse("2026-07-15T07:00:00Z"));
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertThat(next("cron(0 0 1 * ? *)", auckland, "2026-03-15T00:00:00Z")).isEqualTo(Instant.parse("2026-03-31T11:00:00Z"));
    }

    @Test
    void aTimeSkippedBySpringForwardDoesNotFire() {
        // Europe/London jumps from 01:00 to 02:00 on 2026-03-29: 01:30 does not exist that day.
        assertThat(next("cron(30 1 * * ? *)", LONDON, "2026-03-28T02:00:00Z")).isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
    }

    @Test
    void aTimeRepeatedByFallBackFiresOnceAtItsFirstOccurrence() {
        // Europe/London goes back from 02:00 to 01:00 on 2026-10-25: 01:30 happens at 00:30Z and at 01:30Z.
        ScheduleExpression daily = ScheduleExpression.parse("cron(30 1 * * ? *)", LONDON, ANCHOR);
        assertThat(occurrences(daily, Instant.parse("2026-10-24T12:00:00Z"), 2))
                .containsExactly(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-26T01:30:00Z"));
        ScheduleExpression hourly = ScheduleExpression.parse("cron(5 * * * ? *)", LONDON, ANCHOR);
        assertThat(occurrences(hourly, Instant.parse("2026-10-24T23:30:00Z"), 3))
                .containsExactly(Instant.parse("2026-10-25T00:05:00Z"), Instant.parse("2026-10-25T02:05:00Z"),
                        Instant.parse("2026-10-25T03:05:00Z"));
    }

    @Test
    void aCronWhoseYearsHavePassedNeverFiresAgain() {
        assertThat(ScheduleExpression.parse("cron(0 0 1 1 ? 2027)", ZoneOffset.UTC, ANCHOR).nextAfter(Instant.parse("2027-06-01T00:00:00Z")))
                .isEmpty();
        assertThat(ScheduleExpression.parse("cron(0 0 30 2 ? *)", ZoneOffset.UTC, ANCHOR).nextAfter(ANCHOR)).isEmpty();
    }

    @Test
    void rateCountsWholePeriodsFromTheStartWhateverTheTimeZone() {
        ScheduleExpression every15 = ScheduleExpression.parse("rate(15 minutes)", LONDON, ANCHOR);
        assertThat(every15.nextAfter(ANCHOR)).contains(ANCHOR.plus(Duration.ofMinutes(15)));
        assertThat(every15.nextAfter(ANCHOR.plus(Duration.ofMinutes(15)))).contains(ANCHOR.plus(Duration.ofMinutes(30)));
        assertThat(every15.nextAfter(ANCHOR.plus(Duration.ofMinutes(16)))).contains(ANCHOR.plus(Duration.ofMinutes(30)));
        assertThat(every15.nextAfter(ANCHOR.minus(Duration.ofDays(1)))).contains(ANCHOR.plus(Duration.ofMinutes(15)));
        Instant beforeFallBack = Instant.parse("2026-10-24T12:00:00Z");
        assertThat(ScheduleExpression.parse("rate(1 day)", LONDON, beforeFallBack).nextAfter(beforeFallBack))
                .contains(Instant.parse("2026-10-25T12:00:00Z"));
        assertThat(ScheduleExpression.parse("rate(2 hours)", ZoneOffset.UTC, ANCHOR).nextAfter(ANCHOR)).contains(ANCHOR.plus(Duration.ofHours(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cron(0 * * * ?)", "cron(0 * * * * *)", "cron(0 * ? * ? *)", "cron(60 * * * ? *)", "cron(0 24 * * ? *)",
            "cron(0 0 L-3 * ? *)", "cron(0 0 ? * 2#6 *)", "cron(0 0 ? * FUNDAY *)", "cron(0 0 10-5 * ? *)", "cron(0/0 * * * ? *)",
            "cron(0 0 1 1 ? 1969)", "rate(0 minutes)", "rate(5 weeks)", "rate(five minutes)", "at(2026-01-01T00:00:00)"})
    void unsupportedOrWrongExpressionsAreRejectedClearly(String expression) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression, ZoneOffset.UTC, ANCHOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expression);
    }

    private static Instant next(String expression, ZoneId zone, String after) {
        return ScheduleExpression.parse(expression, zone, ANCHOR).nextAfter(Instant.parse(after)).orElseThrow();
    }

    private static List<Instant> occurrences(ScheduleExpression expression, Instant after, int count) {
        List<Instant> occurrences = new ArrayList<>();
        Instant last = after;
        for (int i = 0; i < count; i++) {
            last = expression.nextAfter(last).orElseThrow();
            occurrences.add(last);
        }
        return occurrences;
    }
}
