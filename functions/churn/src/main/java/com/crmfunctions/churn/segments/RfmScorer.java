package com.crmfunctions.churn.segments;

import java.util.Arrays;

/**
 * Scores recency, frequency and monetary value by quantile across a customer base. A value's score is
 * {@code 1 + floor(bins * p)} (capped at bins) where {@code p} is its mid-rank percentile: the share of
 * customers below it plus half the share equal to it. Equal values therefore always get equal scores
 * (unlike ranking "first come first served"), which matters for frequency, where most customers often
 * share the value 1.
 */
public final class RfmScorer {

    private final RfmSettings settings;

    public RfmScorer(RfmSettings settings) { this.settings = settings; }

    /**
     * @param daysSinceLastPurchase recency in days (fewer is better)
     * @param orders                purchase days (more is better)
     * @param monetary              spend (more is better)
     */
    public RfmScore[] score(double[] daysSinceLastPurchase, double[] orders, double[] monetary) {
        int n = daysSinceLastPurchase.length;
        if (orders.length != n || monetary.length != n) {
            throw new IllegalArgumentException("one recency, frequency and monetary value per customer");
        }
        double[] negatedRecency = new double[n];
        for (int i = 0; i < n; i++) {
            negatedRecency[i] = -daysSinceLastPurchase[i];
        }
        int[] r = scores(negatedRecency);
        int[] f = scores(orders);
        int[] m = scores(monetary);
        RfmScore[] result = new RfmScore[n];
        for (int i = 0; i < n; i++) {
            result[i] = new RfmScore(r[i], f[i], m[i]);
        }
        return result;
    }

    /** Quantile scores of the values, higher values scoring higher. */
    int[] scores(double[] values) {
        double[] percentiles = midRankPercentiles(values);
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = Math.min(settings.bins(), 1 + (int) Math.floor(settings.bins() * percentiles[i]));
        }
        return result;
    }

    /** For each value, the share of values below it plus half the share equal to it (0 to 1). */
    public static double[] midRankPercentiles(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            int below = countBelow(sorted, values[i], false);
            int atOrBelow = countBelow(sorted, values[i], true);
            result[i] = (below + (atOrBelow - below) / 2.0) / n;
        }
        return result;
    }

    private static int countBelow(double[] sorted, double value, boolean inclusive) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value || (inclusive && sorted[mid] == value)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
