package com.crmfunctions.churn.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the calibrated model predicted the holdout period.
 *
 * @param holdoutLength       length of the holdout period in the analysis' unit
 * @param byFrequency         actual vs expected holdout purchases by calibration frequency (0..6, 7+)
 * @param actualPurchases     holdout purchase days, all customers
 * @param expectedPurchases   the model's expectation of that total
 * @param meanAbsoluteError   mean over customers of |actual - expected| holdout purchases
 * @param churnRiskAuc        ROC AUC of the product's churn risk at predicting "no purchase in the holdout"
 * @param candidateAuc        ROC AUC of every candidate churn ranking, by name (the product's is
 *                            "&lt;model&gt; expected purchases")
 */
public record HoldoutEvaluation(double holdoutLength, List<FrequencyBin> byFrequency, double actualPurchases,
                                double expectedPurchases, double meanAbsoluteError, double churnRiskAuc,
                                Map<String, Double> candidateAuc) {

    public HoldoutEvaluation {
        byFrequency = List.copyOf(byFrequency);
        candidateAuc = Collections.unmodifiableMap(new LinkedHashMap<>(candidateAuc));
    }

    /** One row of the holdout table: customers with this calibration frequency. */
    public record FrequencyBin(String frequency, int customers, double actualMean, double expectedMean) {}
}
