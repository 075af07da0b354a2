package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * <b>refundReversalPolicy</b>: a refund takes back the points of its share of the order. The share is the
 * category-weighted eligible spend refunded so far over the order's weighted eligible spend; after each
 * refund the member keeps that order's points times the unrefunded share, rounded as earning is
 * ({@code points.rounding}), and the refund takes back the difference to what they kept before.
 *
 * <p>Because the target is cumulative, partial refunds never take back more than the order earned, and
 * refunding 100% in any number of pieces, in any order, takes back exactly what it earned. Refunded amounts
 * beyond the order's eligible spend are ignored. Qualifying spend is reduced the same way (unweighted,
 * half-up to the minor unit), so a full refund removes exactly the order's qualifying spend.
 *
 * <p>A balance may go negative (points already spent) unless {@code points.allowNegativeBalance=false}; then
 * the refund takes at most the balance and records the {@code shortfall}, which later refunds of the same
 * order try again.
 */
public final class RefundReversalPolicy {

    private final RoundingMode rounding;
    private final boolean allowNegativeBalance;

    public RefundReversalPolicy(ProgrammeConfig config) {
        this.rounding = config.earning().rounding();
        this.allowNegativeBalance = config.earning().allowNegativeBalance();
    }

    /**
     * @param order    the order as earned and reversed so far
     * @param refunded the eligible part of this refund
     * @param balance  the member's balance before this refund
     */
    public Reversal reversal(OrderAccount order, EligibleSpendPolicy.RefundedSpend refunded, long balance) {
        Money eligible = order.eligibleSpend();
        Money refundedTotal = order.refundedSpend().plus(refunded.amount()).min(eligible);
        boolean full = refundedTotal.isAtLeast(eligible);
        Money weightedTotal = full ? order.weightedSpend()
                : order.refundedWeightedSpend().plus(refunded.weighted()).min(order.weightedSpend());

        long kept = order.pointsEarned();
        if (!order.weightedSpend().isZero()) {
            BigDecimal unrefunded = order.weightedSpend().amount().subtract(weightedTotal.amount());
            kept = BigDecimal.valueOf(order.pointsEarned()).multiply(unrefunded)
                    .divide(order.weightedSpend().amount(), 0, rounding).longValueExact();
        }
        long wanted = order.pointsEarned() - kept - order.pointsReversed();
        long taken = allowNegativeBalance ? wanted : Math.min(wanted, Math.max(0, balance));

        Money spendReversedTotal = Money.zero(order.qualifyingSpend().currency());
        if (!eligible.isZero()) {
            spendReversedTotal = order.qualifyingSpend().share(refundedTotal.amount(), eligible.amount());
        }
        return new Reversal(-taken, refundedTotal, weightedTotal, spendReversedTotal.minus(order.qualifyingSpendReversed()),
                kept, order.pointsReversed(), wanted - taken);
    }

    /**
     * What one refund does to its order.
     *
     * @param points                  the ledger delta: minus the points taken back (0 or negative)
     * @param refundedTotal           eligible spend refunded so far, this refund included, capped at the order's
     * @param refundedWeightedTotal   the same, weighted by category multipliers
     * @param qualifyingSpendReversed qualifying spend (base currency) this refund removes
     * @param pointsKept              the order's points the member keeps after this refund
     * @param reversedBefore          the order's points taken back by earlier refunds
     * @param shortfall               points this refund should have taken back but could not (balance floor)
     */
    public record Reversal(long points, Money refundedTotal, Money refundedWeightedTotal,
                           Money qualifyingSpendReversed, long pointsKept, long reversedBefore, long shortfall) {}
}
