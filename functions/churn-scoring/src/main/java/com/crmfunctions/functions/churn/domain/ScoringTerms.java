package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.scoring.ScoringSettings;

/**
 * The horizons of the scores, as the CustomerScored contract states them.
 *
 * @param purchaseHorizonDays expected purchases are counted over this many days (default 90)
 * @param clvHorizonMonths    CLV is the discounted value of this many months (default 12)
 * @param riskHorizonDays     churn risk is the chance of no purchase in this many days (default 90)
 * @param annualDiscountRate  future purchases are discounted at this yearly rate, continuously (default 10 %)
 */
public record ScoringTerms(int purchaseHorizonDays, int clvHorizonMonths, int riskHorizonDays, double annualDiscountRate) {

    /** Days in an average month of the Julian year (365.25 / 12), the CLV horizon's month. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    public ScoringTerms {
        if (purchaseHorizonDays < 1 || clvHorizonMonths < 1 || riskHorizonDays < 1) {
            throw new IllegalArgumentException("horizons must be at least one day or month");
        }
        scoringSettings(purchaseHorizonDays, clvHorizonMonths, riskHorizonDays, annualDiscountRate);
    }

    public ScoringSettings scoringSettings() {
        return scoringSettings(purchaseHorizonDays, clvHorizonMonths, riskHorizonDays, annualDiscountRate);
    }

    private static ScoringSettings scoringSettings(int purchaseDays, int clvMonths, int riskDays, double rate) {
        return new ScoringSettings(purchaseDays, clvMonths * DAYS_PER_MONTH, rate, riskDays);
    }
}
