package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.GBP;
import static com.crmfunctions.loyalty.Fixtures.at;
import static com.crmfunctions.loyalty.Fixtures.gbp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberStatisticsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void ordersInAnyOrderGiveTheSameStatistics() {
        MemberStatistics inOrder = MemberStatistics.empty(GBP)
                .withOrder(at("2025-01-05T10:00:00Z"), gbp("40.00"), Map.of("books", gbp("40.00")), LONDON, 12)
                .withOrder(at("2025-01-05T18:00:00Z"), gbp("10.00"), Map.of("music", gbp("10.00")), LONDON, 12)
                .withOrder(at("2025-03-02T09:00:00Z"), gbp("25.50"), Map.of("books", gbp("25.50")), LONDON, 12);
        MemberStatistics shuffled = MemberStatistics.empty(GBP)
                .withOrder(at("2025-03-02T09:00:00Z"), gbp("25.50"), Map.of("books", gbp("25.50")), LONDON, 12)
                .withOrder(at("2025-01-05T18:00:00Z"), gbp("10.00"), Map.of("music", gbp("10.00")), LONDON, 12)
                .withOrder(at("2025-01-05T10:00:00Z"), gbp("40.00"), Map.of("books", gbp("40.00")), LONDON, 12);

        assertThat(shuffled).isEqualTo(inOrder);
        assertThat(inOrder.firstOrderAt()).isEqualTo(at("2025-01-05T10:00:00Z"));
        assertThat(inOrder.lastOrderAt()).isEqualTo(at("2025-03-02T09:00:00Z"));
        assertThat(inOrder.orderCount()).isEqualTo(3);
        assertThat(inOrder.distinctOrderDays()).isEqualTo(2);
        assertThat(inOrder.repeatPurchaseDays()).isEqualTo(1);
        assertThat(inOrder.netSpend()).isEqualTo(gbp("75.50"));
        assertThat(inOrder.monthlySpend()).containsExactly(
                entry(YearMonth.of(2025, 1), gbp("50.00")), entry(YearMonth.of(2025, 3), gbp("25.50")));
        assertThat(inOrder.categorySpend()).containsOnly(entry("books", gbp("65.50")), entry("music", gbp("10.00")));
    }

    @Test
    void daysAndMonthsAreCountedInTheProgrammeZone() {
        // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST)
        MemberStatistics statistics = MemberStatistics.empty(GBP)
                .withOrder(at("2025-05-31T23:30:00Z"), gbp("10"), Map.of(), LONDON, 12);

        assertThat(statistics.orderDays().first()).contains(LocalDate.of(2025, 6, 1));
        assertThat(statistics.monthlySpend()).containsOnlyKeys(YearMonth.of(2025, 6));
        assertThat(statistics.latestMonth(LONDON)).contains(YearMonth.of(2025, 6));
        assertThat(statistics.latestMonth(ZoneId.of("UTC"))).contains(YearMonth.of(2025, 5));
    }

    @Test
    void monthsNoWindowCanNeedAreDroppedWhicheverOrderArrivesFirst() {
        MemberStatistics oldFirst = MemberStatistics.empty(GBP)
                .withOrder(at("2024-02-10T10:00:00Z"), gbp("100"), Map.of(), LONDON, 12)
                .withOrder(at("2024-03-10T10:00:00Z"), gbp("200"), Map.of(), LONDON, 12)
                .withOrder(at("2025-03-10T10:00:00Z"), gbp("300"), Map.of(), LONDON, 12);
        MemberStatistics newFirst = MemberStatistics.empty(GBP)
                .withOrder(at("2025-03-10T10:00:00Z"), gbp("300"), Map.of(), LONDON, 12)
                .withOrder(at("2024-03-10T10:00:00Z"), gbp("200"), Map.of(), LONDON, 12)
                .withOrder(at("2024-02-10T10:00:00Z"), gbp("100"), Map.of(), LONDON, 12);

        assertThat(oldFirst).isEqualTo(newFirst);
        assertThat(oldFirst.monthlySpend()).containsOnlyKeys(YearMonth.of(2024, 3), YearMonth.of(2025, 3));
        assertThat(oldFirst.netSpend()).isEqualTo(gbp("600"));
        assertThat(oldFirst.rollingSpend(YearMonth.of(2025, 3), 12)).isEqualTo(gbp("300"));
        assertThat(oldFirst.rollingSpend(YearMonth.of(2025, 2), 12)).isEqualTo(gbp("200"));
        assertThat(oldFirst.rollingSpend(YearMonth.of(2026, 3), 12)).isEqualTo(gbp("0"));
    }

    @Test
    void aRefundShrinksItsOrdersMonthAndTheNetSpendButNotTheHistory() {
        MemberStatistics statistics = MemberStatistics.empty(GBP)
                .withOrder(at("2025-01-05T10:00:00Z"), gbp("40.00"), Map.of("books", gbp("40.00")), LONDON, 12)
                .withOrder(at("2025-03-02T09:00:00Z"), gbp("25.50"), Map.of(), LONDON, 12);

        MemberStatistics partly = statistics.withRefund(YearMonth.of(2025, 1), gbp("15.00"));
        MemberStatistics fully = partly.withRefund(YearMonth.of(2025, 1), gbp("25.00"));

        assertThat(partly.monthlySpend()).containsEntry(YearMonth.of(2025, 1), gbp("25.00"));
        assertThat(fully.monthlySpend()).containsOnlyKeys(YearMonth.of(2025, 3));
        assertThat(fully.netSpend()).isEqualTo(gbp("25.50"));
        assertThat(fully.orderCount()).isEqualTo(2);
        assertThat(fully.distinctOrderDays()).isEqualTo(2);
        assertThat(fully.categorySpend()).containsEntry("books", gbp("40.00"));
    }

    @Test
    void aRefundOfAMonthNoLongerKeptOnlyChangesTheNetSpend() {
        MemberStatistics statistics = MemberStatistics.empty(GBP)
                .withOrder(at("2023-01-05T10:00:00Z"), gbp("40.00"), Map.of(), LONDON, 12)
                .withOrder(at("2025-03-02T09:00:00Z"), gbp("25.50"), Map.of(), LONDON, 12);

        MemberStatistics refunded = statistics.withRefund(YearMonth.of(2023, 1), gbp("40.00"));

        assertThat(refunded.monthlySpend()).isEqualTo(statistics.monthlySpend());
        assertThat(refunded.netSpend()).isEqualTo(gbp("25.50"));
    }

    @Test
    void anEmptyHistoryHasNoWindow() {
        MemberStatistics empty = MemberStatistics.empty(GBP);

        assertThat(empty.latestMonth(LONDON)).isEmpty();
        assertThat(empty.repeatPurchaseDays()).isZero();
        assertThat(empty.rollingSpend(YearMonth.of(2025, 1), 12)).isEqualTo(gbp("0"));
    }
}
