package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * <b>eligibleSpendPolicy</b>: which money earns points and counts as qualifying spend. Lines of the eligible
 * kinds ({@code points.eligibleKinds}, by default merchandise) count with what the customer paid for them,
 * after their discounts; shipping, tax, gift cards and fees do not. Each line is also weighted by its
 * category multiplier ({@code points.categoryMultipliers}), which scales points but not spend.
 *
 * <p>Refunds are judged by the same rule: only refunded lines of eligible kinds take points back, each at the
 * weight of the order line with the same SKU (the order's average weight when the SKU is unknown).
 */
public final class EligibleSpendPolicy {

    private final ProgrammeConfig.Earning earning;

    public EligibleSpendPolicy(ProgrammeConfig config) {
        this.earning = config.earning();
    }

    public boolean isEligible(LineKind kind) {
        return earning.eligibleKinds().contains(kind);
    }

    /** The eligible spend of {@code order}, in the order's currency. */
    public EligibleSpend eligibleSpend(Order order) {
        Money amount = Money.zero(order.currency());
        Money weighted = amount;
        Map<String, Money> byCategory = new LinkedHashMap<>();
        Map<String, BigDecimal> skuWeights = new LinkedHashMap<>();
        for (Order.Line line : order.lines()) {
            if (!isEligible(line.kind())) {
                continue;
            }
            Money net = Money.of(line.net(), order.currency());
            BigDecimal weight = earning.categoryMultiplier(line.category());
            amount = amount.plus(net);
            weighted = weighted.plus(net.times(weight));
            byCategory.merge(line.category() == null ? MemberStatistics.UNCATEGORISED : line.category(), net, Money::plus);
            if (line.sku() != null) {
                skuWeights.putIfAbsent(line.sku(), weight);
            }
        }
        return new EligibleSpend(amount, weighted, byCategory, skuWeights);
    }

    /** The eligible part of {@code refund} of {@code order}, plain and weighted, in the order's currency. */
    public RefundedSpend refundedSpend(Refund refund, OrderAccount order) {
        Money amount = Money.zero(order.currency());
        Money weighted = amount;
        for (Refund.Line line : refund.lines()) {
            if (!isEligible(line.kind())) {
                continue;
            }
            Money refunded = Money.of(line.amount(), order.currency());
            BigDecimal weight = line.sku() != null && order.skuWeights().containsKey(line.sku())
                    ? order.skuWeights().get(line.sku()) : averageWeight(order);
            amount = amount.plus(refunded);
            weighted = weighted.plus(refunded.times(weight));
        }
        return new RefundedSpend(amount, weighted);
    }

    private static BigDecimal averageWeight(OrderAccount order) {
        return order.eligibleSpend().isZero() ? BigDecimal.ONE
                : order.weightedSpend().amount().divide(order.eligibleSpend().amount(), MathContext.DECIMAL128);
    }

    /**
     * @param amount     eligible spend (order currency)
     * @param weighted   eligible spend with each line times its category multiplier
     * @param byCategory eligible spend per category
     * @param skuWeights the category multiplier of each eligible line's SKU, to weigh its refunds
     */
    public record EligibleSpend(Money amount, Money weighted, Map<String, Money> byCategory,
                                Map<String, BigDecimal> skuWeights) {

        public EligibleSpend {
            byCategory = Map.copyOf(byCategory);
            skuWeights = Map.copyOf(skuWeights);
        }
    }

    /** The eligible money a refund gives back, plain and weighted by category multipliers (order currency). */
    public record RefundedSpend(Money amount, Money weighted) {}
}
