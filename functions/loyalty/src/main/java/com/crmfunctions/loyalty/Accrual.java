package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The points write path: orders earn points, refunds take them back. Both are pure functions of
 * (member state, event, configuration) → {@link AccrualOutcome}: the ledger entry, the new member state and
 * order account, and the facts to publish. Nothing is read from a clock or a store.
 *
 * <p>Deterministic: the same event applied to the same state always gives the same entry id, points and
 * facts. Exactly-once is the adapter's part: it writes the entry on condition that its id is new, in the
 * same transaction as the member and the order account, and drops the event when the id exists.
 *
 * <p>A refund that arrives before its order is reported as {@link AccrualOutcome.RefundWithoutOrder}; once the
 * order is applied, applying the parked refund gives the same books as if it had come in order.
 */
public final class Accrual {

    private final ProgrammeConfig config;
    private final EligibleSpendPolicy eligibleSpendPolicy;
    private final PointsEarnedPolicy pointsEarnedPolicy;
    private final RefundReversalPolicy refundReversalPolicy;
    private final TierUpgradePolicy tierUpgradePolicy;

    public Accrual(ProgrammeConfig config) {
        this.config = config;
        this.eligibleSpendPolicy = new EligibleSpendPolicy(config);
        this.pointsEarnedPolicy = new PointsEarnedPolicy(config);
        this.refundReversalPolicy = new RefundReversalPolicy(config);
        this.tierUpgradePolicy = new TierUpgradePolicy(config);
    }

    /**
     * Applies an order: it earns points at the member's current tier, feeds the statistics, and may reveal
     * the member's first order, a spend threshold and a tier upgrade.
     *
     * @param member the state of {@code order.memberId()} ({@link MemberState#newMember} for a new member)
     * @return {@link AccrualOutcome.Applied}, or {@link AccrualOutcome.Rejected} for a currency the programme
     *         does not accept
     */
    public AccrualOutcome onOrder(MemberState member, Order order) {
        requireMember(member, order.memberId());
        Optional<BigDecimal> rate = config.currencies().rateToBase(order.currency());
        if (rate.isEmpty()) {
            return new AccrualOutcome.Rejected(order.entryId(), AccrualOutcome.Rejected.Reason.UNKNOWN_CURRENCY,
                    "order " + order.orderId() + " is in " + order.currency().getCurrencyCode()
                            + ", which the programme does not accept (accepted: " + config.currencies().accepted().stream()
                            .map(Currency::getCurrencyCode).collect(Collectors.joining(", ")) + ")");
        }
        BigDecimal rateToBase = rate.get();
        Currency base = config.currencies().base();
        EligibleSpendPolicy.EligibleSpend spend = eligibleSpendPolicy.eligibleSpend(order);
        Tier tier = config.tiers().byId(member.tierId());
        PointsEarnedPolicy.PointsEarned earned = pointsEarnedPolicy.pointsEarned(spend, rateToBase, tier);
        Money qualifying = spend.amount().convert(rateToBase, base).rounded();
        Map<String, Money> byCategory = new LinkedHashMap<>();
        spend.byCategory().forEach((category, amount) -> byCategory.put(category, amount.convert(rateToBase, base).rounded()));

        MemberStatistics statistics = member.statistics().withOrder(order.placedAt(), qualifying, byCategory,
                config.zone(), config.tiers().windowMonths());
        MemberState updated = member.withEntry(earned.points(), statistics);
        List<Fact> facts = new ArrayList<>();
        if (member.statistics().orderCount() == 0) {
            facts.add(new Fact.FirstOrder(member.memberId(), order.orderId(), order.placedAt()));
        }
        config.coupons().thresholdReached(qualifying.amount()).ifPresent(threshold -> facts.add(
                new Fact.SpendThresholdReached(member.memberId(), order.orderId(), Money.of(threshold, base), qualifying)));
        Optional<Fact.TierChanged> upgrade = tierUpgradePolicy.upgrade(updated);
        if (upgrade.isPresent()) {
            updated = updated.withTierChange(upgrade.get());
            facts.add(upgrade.get());
        }

        LedgerEntry entry = new LedgerEntry(order.entryId(), member.memberId(), earned.points(),
                LedgerEntry.Reason.ORDER, order.channel(), order.placedAt(),
                order.placedAt().atZone(config.zone()).plusMonths(config.expiry().months()).toInstant(),
                new LedgerEntry.Earned(order.orderId(), spend.amount(), spend.weighted(), rateToBase, qualifying,
                        earned.pointsPerUnit(), tier.id(), tier.multiplier(), earned.exact(), earned.rounding()));
        YearMonth spendMonth = YearMonth.from(LocalDate.ofInstant(order.placedAt(), config.zone()));
        OrderAccount account = OrderAccount.opened(order, spendMonth, rateToBase, spend, qualifying, earned.points());
        return new AccrualOutcome.Applied(entry, updated, account, facts);
    }

    /**
     * Applies a refund: it takes back its share of the order's points and qualifying spend.
     *
     * @param member the state of {@code refund.memberId()}
     * @param order  the refunded order's account as last written, or empty when the order has not been applied
     * @return {@link AccrualOutcome.Applied}; {@link AccrualOutcome.RefundWithoutOrder} when {@code order} is
     *         empty; {@link AccrualOutcome.Rejected} when the refund contradicts its order (member, currency)
     */
    public AccrualOutcome onRefund(MemberState member, Optional<OrderAccount> order, Refund refund) {
        requireMember(member, refund.memberId());
        if (order.isEmpty()) {
            return new AccrualOutcome.RefundWithoutOrder(refund);
        }
        OrderAccount account = order.get();
        if (!account.orderId().equals(refund.orderId())) {
            throw new IllegalArgumentException("refund " + refund.refundId() + " is of order " + refund.orderId()
                    + ", not of order " + account.orderId());
        }
        if (!account.memberId().equals(refund.memberId())) {
            return new AccrualOutcome.Rejected(refund.entryId(), AccrualOutcome.Rejected.Reason.MEMBER_MISMATCH,
                    "refund " + refund.refundId() + " names member " + refund.memberId() + " but order "
                            + account.orderId() + " belongs to member " + account.memberId());
        }
        if (!account.currency().equals(refund.currency())) {
            return new AccrualOutcome.Rejected(refund.entryId(), AccrualOutcome.Rejected.Reason.CURRENCY_MISMATCH,
                    "refund " + refund.refundId() + " is in " + refund.currency().getCurrencyCode() + " but order "
                            + account.orderId() + " was in " + account.currency().getCurrencyCode());
        }
        EligibleSpendPolicy.RefundedSpend refunded = eligibleSpendPolicy.refundedSpend(refund, account);
        RefundReversalPolicy.Reversal reversal = refundReversalPolicy.reversal(account, refunded, member.balance());
        MemberStatistics statistics = member.statistics().withRefund(account.spendMonth(),
                reversal.qualifyingSpendReversed());

        LedgerEntry entry = new LedgerEntry(refund.entryId(), member.memberId(), reversal.points(),
                LedgerEntry.Reason.REFUND, account.channel(), refund.refundedAt(), null,
                new LedgerEntry.Reversed(account.orderId(), refund.refundId(), refunded.amount(),
                        reversal.refundedTotal(), account.eligibleSpend(), account.pointsEarned(), reversal.pointsKept(),
                        reversal.reversedBefore(), reversal.shortfall()));
        return new AccrualOutcome.Applied(entry, member.withEntry(reversal.points(), statistics),
                account.withReversal(reversal), List.of());
    }

    private static void requireMember(MemberState member, String memberId) {
        if (!member.memberId().equals(memberId)) {
            throw new IllegalArgumentException("the event is for member " + memberId + ", the state is of "
                    + member.memberId());
        }
    }
}
