package com.crmfunctions.churn.scoring;

/**
 * What a score means, in days and per year; converted to the model's time unit when scoring.
 *
 * @param expectedHorizonDays expected purchases are counted over this horizon (default 90 days)
 * @param clvHorizonDays      customer value is counted over this horizon (default 365 days)
 * @param annualDiscountRate  future purchases are discounted at this yearly rate, continuously (default 10%)
 * @param riskHorizonDays     churn risk looks this far ahead (default 90 days)
 */
public record ScoringSettings(double expectedHorizonDays, double clvHorizonDays, double annualDiscountRate,
                              double riskHorizonDays) {

    public ScoringSettings {
        if (!(expectedHorizonDays > 0) || !(clvHorizonDays > 0) || !(riskHorizonDays > 0)
                || !Double.isFinite(expectedHorizonDays + clvHorizonDays + riskHorizonDays)) {
            throw new IllegalArgumentException("horizons must be positive and finite");
        }
        if (!(annualDiscountRate >= 0) || annualDiscountRate > 10) {
            throw new IllegalArgumentException("annual discount rate must be in [0, 10], was " + annualDiscountRate);
        }
    }

    /** Expected orders in the next 90 days, 12-month value at 10% a year, churn risk over 90 days. */
    public static ScoringSettings defaults() {
        return new ScoringSettings(90, 365, 0.10, 90);
    }

    /** Continuous discount rate per time unit of {@code unitDays} days. */
    public double discountRatePerUnit(double unitDays) {
        return Math.log1p(annualDiscountRate) * unitDays / 365.25;
    }
}
