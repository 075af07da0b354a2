package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.functions.churn.Members;
import com.crmfunctions.loyalty.MemberStatistics;
import com.crmfunctions.loyalty.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void repeatPurchaseDaysRecencyAndAgeComeFromTheDistinctOrderDays() {
        MemberStatistics statistics = Members.orders()
                .on(TODAY.minusDays(70), "20.00")
                .on(TODAY.minusDays(49), "10.00")
                .on(TODAY.minusDays(49), "5.00")        // a second order on the same day: one purchase day
                .on(TODAY.minusDays(14), "25.00")
                .statistics();

        MemberSummary summary = MemberSummary.of("m-1", statistics, TODAY).orElseThrow();

        assertThat(summary.x()).isEqualTo(2);
        assertThat(summary.spanDays()).isEqualTo(56);
        assertThat(summary.ageDays()).isEqualTo(70);
        assertThat(summary.tx(PeriodUnit.WEEKS)).isEqualTo(8.0);
        assertThat(summary.bigT(PeriodUnit.WEEKS)).isEqualTo(10.0);
        assertThat(summary.purchaseDays()).isEqualTo(3);
        assertThat(summary.daysSinceLast()).isEqualTo(14);
        assertThat(summary.netSpend()).isEqualByComparingTo("60.00");
        assertThat(summary.meanPurchaseValue()).isEqualTo(20.0);   // 60.00 over 3 purchase days, not 4 orders
    }

    @Test
    void aSingleOrderMemberHasNoRepeatPurchaseAndTxZero() {
        MemberSummary summary = MemberSummary.of("m-1", Members.orders().on(TODAY.minusDays(30), "12.00").statistics(), TODAY)
                .orElseThrow();

        assertThat(summary.x()).isZero();
        assertThat(summary.spanDays()).isZero();
        assertThat(summary.ageDays()).isEqualTo(30);
        assertThat(summary.daysSinceLast()).isEqualTo(30);
    }

    @Test
    void aMemberWhoOrderedTodayHasTxEqualToT() {
        MemberSummary summary = MemberSummary.of("m-1", Members.orders().on(TODAY.minusDays(21), "12.00")
                .on(TODAY, "8.00").statistics(), TODAY).orElseThrow();

        assertThat(summary.x()).isEqualTo(1);
        assertThat(summary.tx(PeriodUnit.WEEKS)).isEqualTo(summary.bigT(PeriodUnit.WEEKS)).isEqualTo(3.0);
        assertThat(summary.daysSinceLast()).isZero();
    }

    @Test
    void aFirstOrderTodayIsAnAgeOfZero() {
        MemberSummary summary = MemberSummary.of("m-1", Members.orders().on(TODAY, "12.00").statistics(), TODAY).orElseThrow();

        assertThat(summary.x()).isZero();
        assertThat(summary.ageDays()).isZero();
    }

    @Test
    void membersWithoutOrdersHaveNoSummary() {
        assertThat(MemberSummary.of("m-1", MemberStatistics.empty(Members.PROGRAMME.currencies().base()), TODAY)).isEmpty();
    }

    @Test
    void membersWhoseFirstOrderCameAfterTheRunHaveNoSummaryYet() {
        assertThat(MemberSummary.of("m-1", Members.orders().on(TODAY.plusDays(1), "12.00").statistics(), TODAY)).isEmpty();
    }

    @Test
    void ordersAfterTheRunDayDoNotCountInFrequencyOrRecency() {
        MemberStatistics statistics = Members.orders().on(TODAY.minusDays(20), "10.00").on(TODAY.minusDays(6), "10.00")
                .on(TODAY.plusDays(2), "10.00").statistics();

        MemberSummary summary = MemberSummary.of("m-1", statistics, TODAY).orElseThrow();

        assertThat(summary.x()).isEqualTo(1);
        assertThat(summary.spanDays()).isEqualTo(14);
        assertThat(summary.ageDays()).isEqualTo(20);
    }

    @Test
    void fullyRefundedSpendGivesAMeanValueOfZeroNotANegativeOne() {
        MemberStatistics statistics = Members.orders().on(TODAY.minusDays(20), "10.00").on(TODAY.minusDays(6), "10.00")
                .statistics().withRefund(java.time.YearMonth.from(TODAY), Money.of("30.00", "GBP"));

        MemberSummary summary = MemberSummary.of("m-1", statistics, TODAY).orElseThrow();

        assertThat(summary.netSpend()).isEqualByComparingTo("-10.00");
        assertThat(summary.meanPurchaseValue()).isZero();
    }

    @Test
    void thePreferredCategoryIsTheOneWithTheMostSpendLeavingOutUncategorisedAndOverlongNames() {
        Map<String, Money> spend = new LinkedHashMap<>();
        spend.put(MemberStatistics.UNCATEGORISED, Money.of("500.00", "GBP"));
        spend.put("x".repeat(65), Money.of("400.00", "GBP"));
        spend.put("music", Money.of("120.00", "GBP"));
        spend.put("books", Money.of("120.00", "GBP"));
        spend.put("audio", Money.of("90.00", "GBP"));

        assertThat(MemberSummary.preferredCategory(spend)).isEqualTo("books");
        assertThat(MemberSummary.preferredCategory(Map.of(MemberStatistics.UNCATEGORISED, Money.of("1.00", "GBP")))).isNull();
    }

    @Test
    void impossibleSummariesAreRefused() {
        assertThatThrownBy(() -> new MemberSummary("m-1", 3, 2, 10, BigDecimal.TEN, 1, null))
                .hasMessageContaining("impossible summary");
        assertThatThrownBy(() -> new MemberSummary("m-1", 0, 2, 10, BigDecimal.TEN, 1, null))
                .hasMessageContaining("impossible summary");
        assertThatThrownBy(() -> new MemberSummary("m-1", 1, 12, 10, BigDecimal.TEN, 1, null))
                .hasMessageContaining("impossible summary");
    }
}
