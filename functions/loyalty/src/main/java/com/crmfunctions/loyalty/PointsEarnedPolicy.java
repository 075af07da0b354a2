package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * <b>pointsEarnedPolicy</b>: an order earns its category-weighted eligible spend, converted to the base
 * currency, times the points per unit ({@code points.perUnit}), times the member's tier multiplier, computed
 * exactly and then rounded once ({@code points.rounding}, by default down). Example: 120.00 GBP of
 * merchandise by a Silver member (1.25) earns floor(120 × 1 × 1.25) = 150 points.
 */
public final class PointsEarnedPolicy {

    private final BigDecimal pointsPerUnit;
    private final RoundingMode rounding;

    public PointsEarnedPolicy(ProgrammeConfig config) {
        this.pointsPerUnit = config.earning().pointsPerUnit();
        this.rounding = config.earning().rounding();
    }

    /**
     * @param rateToBase units of base currency per unit of the order's currency
     * @param tier       the tier the member holds when the order is applied
     */
    public PointsEarned pointsEarned(EligibleSpendPolicy.EligibleSpend spend, BigDecimal rateToBase, Tier tier) {
        BigDecimal exact = spend.weighted().amount().multiply(rateToBase).multiply(pointsPerUnit)
                .multiply(tier.multiplier());
        return new PointsEarned(exact.setScale(0, rounding).longValueExact(), exact, pointsPerUnit, rounding);
    }

    /** Whole points earned and the exact figure they were rounded from, with the rules used. */
    public record PointsEarned(long points, BigDecimal exact, BigDecimal pointsPerUnit, RoundingMode rounding) {}
}
