package com.crmfunctions.functions.churn.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * The population's CLV distribution, small enough for the model item: every value when there are at most
 * {@link #MAX_VALUES}, else that many evenly spaced order statistics (0.1 % steps). A worker places a member in it
 * for the CustomerScored {@code clvPercentile} and the lifecycle's "top share by CLV".
 *
 * <p>The percentile is the mid-rank one of the churn analysis: the share of values below plus half the share equal.
 * With every value kept it is exact; with order statistics it is within 0.1 percentage points.
 *
 * @param values sorted ascending, finite
 */
public record ClvDistribution(double[] values) {

    public static final int MAX_VALUES = 1001;

    public ClvDistribution {
        Objects.requireNonNull(values, "values");
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || (i > 0 && values[i] < values[i - 1])) {
                throw new IllegalArgumentException("CLV distribution values must be finite and sorted ascending");
            }
        }
    }

    /** The distribution of the given CLVs (any order). */
    public static ClvDistribution of(double[] clv) {
        double[] sorted = clv.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n <= MAX_VALUES) {
            return new ClvDistribution(sorted);
        }
        double[] quantiles = new double[MAX_VALUES];
        for (int i = 0; i < MAX_VALUES; i++) {
            quantiles[i] = sorted[(int) Math.round((double) i * (n - 1) / (MAX_VALUES - 1))];
        }
        return new ClvDistribution(quantiles);
    }

    /** Share of the population with a lower CLV, plus half the share with an equal one (0 to 1; 0.5 when empty). */
    public double percentile(double clv) {
        int n = values.length;
        if (n == 0) {
            return 0.5;
        }
        int below = firstAtLeast(clv, false);
        int atOrBelow = firstAtLeast(clv, true);
        return (below + (atOrBelow - below) / 2.0) / n;
    }

    /** Index of the first value {@code >= clv} (or {@code > clv} when {@code strictly}). */
    private int firstAtLeast(double clv, boolean strictly) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < clv || (strictly && values[mid] == clv)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public double[] values() { return values.clone(); }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClvDistribution && Arrays.equals(values, ((ClvDistribution) other).values);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    @Override
    public String toString() { return "ClvDistribution[" + values.length + " values]"; }
}
