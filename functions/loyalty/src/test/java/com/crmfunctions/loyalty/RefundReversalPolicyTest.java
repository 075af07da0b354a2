package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.DEFAULTS;
import static com.crmfunctions.loyalty.Fixtures.aRefund;
import static com.crmfunctions.loyalty.Fixtures.anOrder;
import static com.crmfunctions.loyalty.Fixtures.config;
import static com.crmfunctions.loyalty.Fixtures.gbp;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundReversalPolicyTest {

    @Test
    void partialRefundsTakeBackTheirShareAndTheLastTakesBackTheRest() {
        // 120.00 of merchandise by a Silver member earned floor(120 × 1.25) = 150 points.
        OrderAccount order = account(DEFAULTS, anOrder("o-1").merchandise("sku-1", null, "120.00").shipping("10.00").build(), 150);

        List<Long> taken = refundInPieces(DEFAULTS, order, "40.00", "80.00");

        assertThat(taken).containsExactly(-50L, -100L);
    }

    @Test
    void refundingEverythingInAwkwardPiecesGivesBackExactlyWhatWasEarned() {
        OrderAccount order = account(DEFAULTS, anOrder("o-1").merchandise("sku-1", null, "100.00").build(), 151);

        List<Long> taken = refundInPieces(DEFAULTS, order, "33.33", "33.33", "33.34");

        // keeps floor(151 × 66.67%) = 100, then floor(151 × 33.34%) = 50, then 0
        assertThat(taken).containsExactly(-51L, -50L, -50L);
        assertThat(taken.stream().mapToLong(Long::longValue).sum()).isEqualTo(-151);
    }

    @Test
    void refundsBeyondTheOrderTakeBackNoMoreThanItEarned() {
        OrderAccount order = account(DEFAULTS, anOrder("o-1").merchandise("sku-1", null, "50.00").build(), 50);

        List<Long> taken = refundInPieces(DEFAULTS, order, "30.00", "30.00", "10.00");

        assertThat(taken).containsExactly(-30L, -20L, 0L);
    }

    @Test
    void qualifyingSpendIsTakenBackTheSameWayToTheLastPenny() {
        RefundReversalPolicy policy = new RefundReversalPolicy(DEFAULTS);
        OrderAccount order = account(DEFAULTS, anOrder("o-1").merchandise("sku-1", null, "10.00").build(), 10);
        List<Money> spend = new ArrayList<>();
        for (String piece : List.of("3.33", "3.33", "3.34")) {
            RefundReversalPolicy.Reversal reversal = policy.reversal(order, refunded(piece, piece), 0);
            spend.add(reversal.qualifyingSpendReversed());
            order = order.withReversal(reversal);
        }

        assertThat(spend).containsExactly(gbp("3.33"), gbp("3.33"), gbp("3.34"));
        assertThat(order.qualifyingSpendReversed()).isEqualTo(order.qualifyingSpend());
        assertThat(order.fullyRefunded()).isTrue();
    }

    @Test
    void refundingABoostedLineTakesBackItsBoostedPoints() {
        ProgrammeConfig config = config("points.categoryMultipliers", "books:3");
        Order order = anOrder("o-1").merchandise("sku-book", "books", "100.00").merchandise("sku-toy", "toys", "100.00").build();
        // (100 × 3 + 100) × 1.0 = 400 points
        OrderAccount account = account(config, order, 400);
        Refund bookReturned = aRefund("r-1", "o-1").line("sku-book", LineKind.MERCHANDISE, "100.00").build();

        RefundReversalPolicy.Reversal reversal = new RefundReversalPolicy(config).reversal(account,
                new EligibleSpendPolicy(config).refundedSpend(bookReturned, account), 400);

        assertThat(reversal.points()).isEqualTo(-300);
        assertThat(reversal.pointsKept()).isEqualTo(100);
        assertThat(reversal.qualifyingSpendReversed()).isEqualTo(gbp("100.00"));
    }

    @Test
    void withoutNegativeBalancesARefundTakesAtMostTheBalanceAndRecordsTheShortfall() {
        ProgrammeConfig config = config("points.allowNegativeBalance", "false");
        OrderAccount order = account(config, anOrder("o-1").merchandise("sku-1", null, "100.00").build(), 100);
        RefundReversalPolicy policy = new RefundReversalPolicy(config);

        RefundReversalPolicy.Reversal first = policy.reversal(order, refunded("60.00", "60.00"), 20);
        assertThat(first.points()).isEqualTo(-20);
        assertThat(first.shortfall()).isEqualTo(40);

        RefundReversalPolicy.Reversal second = policy.reversal(order.withReversal(first), refunded("40.00", "40.00"), 500);
        assertThat(second.points()).isEqualTo(-80);
        assertThat(second.shortfall()).isZero();
    }

    @Test
    void negativeBalancesAreAllowedByDefault() {
        OrderAccount order = account(DEFAULTS, anOrder("o-1").merchandise("sku-1", null, "100.00").build(), 100);

        RefundReversalPolicy.Reversal reversal = new RefundReversalPolicy(DEFAULTS).reversal(order, refunded("100", "100"), 0);

        assertThat(reversal.points()).isEqualTo(-100);
        assertThat(reversal.shortfall()).isZero();
    }

    @Test
    void anOrderThatEarnedNothingHasNothingToTakeBack() {
        OrderAccount order = account(DEFAULTS, anOrder("o-1").shipping("5.00").build(), 0);

        RefundReversalPolicy.Reversal reversal = new RefundReversalPolicy(DEFAULTS).reversal(order, refunded("0", "0"), 0);

        assertThat(reversal.points()).isZero();
        assertThat(reversal.qualifyingSpendReversed()).isEqualTo(gbp("0"));
    }

    private static List<Long> refundInPieces(ProgrammeConfig config, OrderAccount order, String... pieces) {
        RefundReversalPolicy policy = new RefundReversalPolicy(config);
        List<Long> taken = new ArrayList<>();
        for (String piece : pieces) {
            RefundReversalPolicy.Reversal reversal = policy.reversal(order, refunded(piece, piece), 0);
            taken.add(reversal.points());
            order = order.withReversal(reversal);
        }
        return taken;
    }

    private static EligibleSpendPolicy.RefundedSpend refunded(String amount, String weighted) {
        return new EligibleSpendPolicy.RefundedSpend(gbp(amount), gbp(weighted));
    }

    private static OrderAccount account(ProgrammeConfig config, Order order, long pointsEarned) {
        EligibleSpendPolicy.EligibleSpend spend = new EligibleSpendPolicy(config).eligibleSpend(order);
        return OrderAccount.opened(order, YearMonth.of(2025, 3), BigDecimal.ONE, spend, spend.amount().rounded(),
                pointsEarned);
    }
}
