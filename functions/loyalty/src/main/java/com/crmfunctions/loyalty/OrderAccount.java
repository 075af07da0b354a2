package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * What one order earned and what its refunds have taken back so far: the state a refund needs, so that it is
 * judged without re-reading the order's other refunds. Adapters store it with the order (one item per order)
 * and update it in the same transaction as the refund's ledger entry.
 *
 * @param spendMonth              calendar month (programme zone) whose spend bucket the order fed
 * @param exchangeRate            units of base currency per unit of the order's currency, as applied
 * @param eligibleSpend           eligible spend in the order's currency
 * @param weightedSpend           eligible spend weighted by category multipliers (order currency)
 * @param skuWeights              category multiplier per eligible SKU, to weigh refunded lines
 * @param qualifyingSpend         eligible spend in the base currency, rounded to its minor unit
 * @param pointsEarned            points the order earned
 * @param refundedSpend           eligible spend refunded so far (order currency, capped at eligibleSpend)
 * @param refundedWeightedSpend   the same, weighted
 * @param qualifyingSpendReversed qualifying spend removed by refunds so far
 * @param pointsReversed          points taken back by refunds so far (positive)
 */
public record OrderAccount(String orderId, String memberId, Channel channel, Instant placedAt, YearMonth spendMonth,
                           BigDecimal exchangeRate, Money eligibleSpend, Money weightedSpend,
                           Map<String, BigDecimal> skuWeights, Money qualifyingSpend, long pointsEarned,
                           Money refundedSpend, Money refundedWeightedSpend, Money qualifyingSpendReversed,
                           long pointsReversed) {

    public OrderAccount {
        Require.id(orderId, "orderId");
        Require.id(memberId, "memberId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(spendMonth, "spendMonth");
        Objects.requireNonNull(exchangeRate, "exchangeRate");
        skuWeights = Map.copyOf(skuWeights);
        Currency currency = eligibleSpend.currency();
        if (!weightedSpend.currency().equals(currency) || !refundedSpend.currency().equals(currency)
                || !refundedWeightedSpend.currency().equals(currency)
                || !qualifyingSpendReversed.currency().equals(qualifyingSpend.currency())) {
            throw new IllegalArgumentException("order " + orderId + ": amounts in mixed currencies");
        }
    }

    /** The account of a freshly applied order: nothing refunded yet. */
    static OrderAccount opened(Order order, YearMonth spendMonth, BigDecimal exchangeRate,
                               EligibleSpendPolicy.EligibleSpend spend, Money qualifyingSpend, long pointsEarned) {
        Money none = Money.zero(order.currency());
        return new OrderAccount(order.orderId(), order.memberId(), order.channel(), order.placedAt(), spendMonth,
                exchangeRate, spend.amount(), spend.weighted(), spend.skuWeights(), qualifyingSpend, pointsEarned,
                none, none, Money.zero(qualifyingSpend.currency()), 0);
    }

    /** The order's currency: every refund of it must be in it. */
    public Currency currency() {
        return eligibleSpend.currency();
    }

    /** True once refunds have given back all of the order's eligible spend. */
    public boolean fullyRefunded() {
        return refundedSpend.isAtLeast(eligibleSpend);
    }

    OrderAccount withReversal(RefundReversalPolicy.Reversal reversal) {
        return new OrderAccount(orderId, memberId, channel, placedAt, spendMonth, exchangeRate, eligibleSpend,
                weightedSpend, skuWeights, qualifyingSpend, pointsEarned, reversal.refundedTotal(),
                reversal.refundedWeightedTotal(), qualifyingSpendReversed.plus(reversal.qualifyingSpendReversed()),
                pointsReversed - reversal.points());
    }
}
