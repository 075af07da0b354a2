package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.DEFAULTS;
import static com.crmfunctions.loyalty.Fixtures.MEMBER;
import static com.crmfunctions.loyalty.Fixtures.aRefund;
import static com.crmfunctions.loyalty.Fixtures.anOrder;
import static com.crmfunctions.loyalty.Fixtures.applied;
import static com.crmfunctions.loyalty.Fixtures.at;
import static com.crmfunctions.loyalty.Fixtures.config;
import static com.crmfunctions.loyalty.Fixtures.gbp;
import static com.crmfunctions.loyalty.Fixtures.memberIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccrualTest {

    private final Accrual accrual = new Accrual(DEFAULTS);

    @Test
    void aSilverMembersOrderEarnsPointsOnMerchandiseOnly() {
        Order order = anOrder("o-1").via(Channel.APP).merchandise("sku-1", "books", "120.00").shipping("10.00").build();

        AccrualOutcome.Applied outcome = applied(accrual.onOrder(memberIn("silver", DEFAULTS), order));

        LedgerEntry entry = outcome.entry();
        assertThat(entry.entryId()).isEqualTo("order#o-1");
        assertThat(entry.points()).isEqualTo(150);
        assertThat(entry.reason()).isEqualTo(LedgerEntry.Reason.ORDER);
        assertThat(entry.channel()).isEqualTo(Channel.APP);
        assertThat(entry.occurredAt()).isEqualTo(order.placedAt());
        assertThat(entry.expiresAt()).isEqualTo(at("2026-03-10T10:00:00Z"));
        assertThat(entry.basis().explanation()).isEqualTo("order o-1: eligible spend 120.00 GBP × 1 point(s) per unit "
                + "× tier silver 1.25 = 150, rounded down");
        assertThat(outcome.member().balance()).isEqualTo(150);
        assertThat(outcome.member().statistics().netSpend()).isEqualTo(gbp("120.00"));
        assertThat(outcome.order().pointsEarned()).isEqualTo(150);
        assertThat(outcome.order().spendMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(outcome.facts()).containsExactly(
                new Fact.FirstOrder(MEMBER, "o-1", order.placedAt()),
                new Fact.SpendThresholdReached(MEMBER, "o-1", gbp("100"), gbp("120.00")));
    }

    @Test
    void theSameOrderOnTheSameStateAlwaysGivesTheSameDecision() {
        Order order = anOrder("o-1").merchandise("sku-1", "books", "320.00").build();
        MemberState member = MemberState.newMember(MEMBER, DEFAULTS);

        assertThat(accrual.onOrder(member, order)).isEqualTo(accrual.onOrder(member, order));
        assertThat(new Accrual(ProgrammeConfig.defaults()).onOrder(member, order)).isEqualTo(accrual.onOrder(member, order));
    }

    @Test
    void theOrderThatCrossesAThresholdEarnsAtTheOldTierAndUpgradesAtOnce() {
        MemberState member = applied(accrual.onOrder(MemberState.newMember(MEMBER, DEFAULTS),
                anOrder("o-1").placedAt("2025-01-10T10:00:00Z").merchandise("sku-1", null, "300.00").build())).member();

        AccrualOutcome.Applied second = applied(accrual.onOrder(member,
                anOrder("o-2").placedAt("2025-03-10T10:00:00Z").merchandise("sku-2", null, "250.00").build()));

        assertThat(second.entry().points()).isEqualTo(250);
        assertThat(second.member().tierId()).isEqualTo("silver");
        assertThat(second.member().tierSince()).isEqualTo(at("2025-03-10T10:00:00Z"));
        assertThat(second.facts()).hasSize(2).first().isEqualTo(
                new Fact.SpendThresholdReached(MEMBER, "o-2", gbp("100"), gbp("250.00")));
        assertThat(second.facts().get(1)).isInstanceOfSatisfying(Fact.TierChanged.class, change -> {
            assertThat(change.toTier()).isEqualTo("silver");
            assertThat(change.rollingSpend()).isEqualTo(gbp("550.00"));
        });

        AccrualOutcome.Applied third = applied(accrual.onOrder(second.member(),
                anOrder("o-3").placedAt("2025-03-12T10:00:00Z").merchandise("sku-3", null, "40.00").build()));
        assertThat(third.entry().points()).isEqualTo(50);
        assertThat(third.facts()).isEmpty();
    }

    @Test
    void foreignCurrencyEarnsAtItsRateAndCountsInTheBaseCurrency() {
        Accrual euros = new Accrual(config("currency.rates", "EUR:0.85"));

        AccrualOutcome.Applied outcome = applied(euros.onOrder(MemberState.newMember(MEMBER, DEFAULTS),
                anOrder("o-1").in("EUR").merchandise("sku-1", "books", "99.99").build()));

        assertThat(outcome.entry().points()).isEqualTo(84); // 99.99 × 0.85 = 84.9915
        assertThat(outcome.member().statistics().netSpend()).isEqualTo(gbp("84.99"));
        assertThat(outcome.member().statistics().categorySpend()).containsEntry("books", gbp("84.99"));
        assertThat(outcome.order().exchangeRate()).isEqualByComparingTo("0.85");
        assertThat(outcome.entry().basis().explanation()).contains("× rate 0.85 to GBP");
    }

    @Test
    void anUnacceptedCurrencyIsRejectedWithAReason() {
        AccrualOutcome outcome = new Accrual(config("currency.rates", "EUR:0.85")).onOrder(
                MemberState.newMember(MEMBER, DEFAULTS), anOrder("o-1").in("JPY").merchandise("sku-1", null, "1000").build());

        assertThat(outcome).isEqualTo(new AccrualOutcome.Rejected("order#o-1",
                AccrualOutcome.Rejected.Reason.UNKNOWN_CURRENCY,
                "order o-1 is in JPY, which the programme does not accept (accepted: GBP, EUR)"));
    }

    @Test
    void refundsTakeBackPointsAndSpendUntilTheOrderIsSquare() {
        AccrualOutcome.Applied order = applied(accrual.onOrder(memberIn("silver", DEFAULTS),
                anOrder("o-1").merchandise("sku-1", null, "120.00").shipping("10.00").build()));

        AccrualOutcome.Applied first = applied(accrual.onRefund(order.member(), Optional.of(order.order()),
                aRefund("r-1", "o-1").amount("40.00").line(null, LineKind.SHIPPING, "10.00").build()));
        AccrualOutcome.Applied second = applied(accrual.onRefund(first.member(), Optional.of(first.order()),
                aRefund("r-2", "o-1").amount("80.00").build()));

        assertThat(first.entry().entryId()).isEqualTo("refund#r-1");
        assertThat(first.entry().points()).isEqualTo(-50);
        assertThat(first.entry().reason()).isEqualTo(LedgerEntry.Reason.REFUND);
        assertThat(first.entry().expiresAt()).isNull();
        assertThat(first.entry().basis().explanation()).isEqualTo("refund r-1 of order o-1: 40.00 GBP eligible refunded, "
                + "40.00 GBP of 120.00 GBP in all; the order earned 150 points, 100 kept, 0 taken back before");
        assertThat(second.entry().points()).isEqualTo(-100);
        assertThat(second.member().balance()).isZero();
        assertThat(second.member().statistics().netSpend()).isEqualTo(gbp("0"));
        assertThat(second.member().statistics().monthlySpend()).isEmpty();
        assertThat(second.member().statistics().orderCount()).isEqualTo(1);
        assertThat(second.order().fullyRefunded()).isTrue();
        assertThat(second.facts()).isEmpty();
    }

    @Test
    void aRefundBeforeItsOrderIsParkedAndLaterGivesTheSameBooks() {
        Order order = anOrder("o-1").merchandise("sku-1", null, "120.00").build();
        Refund refund = Refund.ofAmount("r-1", "o-1", MEMBER, at("2025-03-11T09:00:00Z"), gbp("30.00"));
        MemberState member = MemberState.newMember(MEMBER, DEFAULTS);

        AccrualOutcome early = accrual.onRefund(member, Optional.empty(), refund);
        assertThat(early).isEqualTo(new AccrualOutcome.RefundWithoutOrder(refund));
        assertThat(early.entryId()).isEqualTo("refund#r-1");

        AccrualOutcome.Applied placed = applied(accrual.onOrder(member, order));
        AccrualOutcome.Applied late = applied(accrual.onRefund(placed.member(), Optional.of(placed.order()), refund));

        assertThat(late.member().balance()).isEqualTo(90);
        assertThat(late.member().balance()).isEqualTo(placed.entry().points() + late.entry().points());
    }

    @Test
    void aRefundThatContradictsItsOrderIsRejected() {
        AccrualOutcome.Applied order = applied(accrual.onOrder(MemberState.newMember(MEMBER, DEFAULTS),
                anOrder("o-1").merchandise("sku-1", null, "120.00").build()));

        assertThat(accrual.onRefund(order.member(), Optional.of(order.order()), aRefund("r-1", "o-1").in("EUR").amount("1").build()))
                .isEqualTo(new AccrualOutcome.Rejected("refund#r-1", AccrualOutcome.Rejected.Reason.CURRENCY_MISMATCH,
                        "refund r-1 is in EUR but order o-1 was in GBP"));
        MemberState other = MemberState.newMember("m-2", DEFAULTS);
        assertThat(accrual.onRefund(other, Optional.of(order.order()), aRefund("r-2", "o-1").by("m-2").amount("1").build()))
                .isEqualTo(new AccrualOutcome.Rejected("refund#r-2", AccrualOutcome.Rejected.Reason.MEMBER_MISMATCH,
                        "refund r-2 names member m-2 but order o-1 belongs to member m-1"));
    }

    @Test
    void aStateOfAnotherMemberOrOrderIsAProgrammingError() {
        AccrualOutcome.Applied order = applied(accrual.onOrder(MemberState.newMember(MEMBER, DEFAULTS),
                anOrder("o-1").merchandise("sku-1", null, "120.00").build()));

        assertThatThrownBy(() -> accrual.onOrder(MemberState.newMember("m-2", DEFAULTS),
                anOrder("o-2").merchandise("sku-2", null, "1").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accrual.onRefund(order.member(), Optional.of(order.order()),
                aRefund("r-1", "o-9").amount("1").build())).hasMessage("refund r-1 is of order o-9, not of order o-1");
    }

    @Test
    void badInputIsRefusedWhereItIsBuilt() {
        assertThatThrownBy(() -> anOrder("o-1").line("sku-1", null, LineKind.MERCHANDISE, 1, "10.00", "10.01").build())
                .hasMessage("line sku-1: discount 10.01 exceeds the line's price 10.00");
        assertThatThrownBy(() -> anOrder("o-1").line("sku-1", null, LineKind.MERCHANDISE, 0, "10.00", "0").build())
                .hasMessage("line sku-1: quantity must be positive, was 0");
        assertThatThrownBy(() -> anOrder(" ").merchandise("sku-1", null, "1").build()).hasMessage("orderId must not be blank");
        assertThatThrownBy(() -> anOrder("o-1").build()).hasMessage("order o-1 has no lines");
        assertThatThrownBy(() -> aRefund("r-1", "o-1").line(null, LineKind.MERCHANDISE, "-1").build())
                .hasMessage("refund line (no SKU): amount must not be negative, was -1");
    }
}
