package com.crmfunctions.churn.math;

/**
 * Small numerically careful helpers: sums of exponentials in log space, the logistic of a log-odds,
 * and {@code (1 - e^(-k y)) / k} with its limit at {@code k = 0}.
 */
public final class LogMath {

    private LogMath() {}

    /** {@code ln(e^a + e^b)} without overflow; {@code -inf} terms are allowed. */
    public static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a >= b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    /** {@code 1 / (1 + e^L)} for any finite or infinite {@code L}, never NaN. */
    public static double inverseOnePlusExp(double logOdds) {
        if (logOdds > 0) {
            double e = Math.exp(-logOdds);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /**
     * {@code (1 - e^(-k y)) / k}: the integral of {@code e^(-k u)} over {@code [0, y]}; equals {@code y}
     * at {@code k = 0} and is continuous there.
     */
    public static double growth(double k, double y) {
        double ky = k * y;
        if (Math.abs(ky) < 1e-8) {
            return y * (1.0 - ky / 2.0);
        }
        return -Math.expm1(-ky) / k;
    }
}
