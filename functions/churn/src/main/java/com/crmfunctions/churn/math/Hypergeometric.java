package com.crmfunctions.churn.math;

/**
 * The Gauss hypergeometric series the buy-till-you-die formulas need, summed in forms that stay bounded
 * and converge fast where the textbook forms overflow or cancel (large frequencies, arguments near 1).
 */
public final class Hypergeometric {

    /** Relative size of the last term kept. */
    private static final double EPSILON = 1e-17;
    /** Relative size at which the positive series stops: below the sum's own rounding. */
    private static final double TOLERANCE = 2e-17;

    private Hypergeometric() {}

    /**
     * {@code G = sum_{k>=1} (A)_k (a)_{k-1} / ((c+1)_{k-1} k!) z^k}, that is
     * {@code 2F1(A, a-1; c; z) = 1 + (a-1)/c * G}, for {@code 0 <= z < 1} and {@code c > -1}.
     *
     * <p>This is the Euler-transformed series of the BG/NBD conditional expectation: with
     * {@code c = a + b + x - 1} (growing with the frequency x) it converges in a few terms however large
     * x is, and factoring {@code (a-1)} out keeps the expectation exact as {@code a -> 1}.
     *
     * @param maxTerms terms summed at most; the remainder is then bounded geometrically
     */
    public static double eulerTail(double bigA, double a, double c, double z, int maxTerms) {
        if (z == 0.0) {
            return 0.0;
        }
        double term = bigA * z;
        double sum = term;
        for (int k = 1; k < maxTerms; k += 2) {
            // two terms per test: the ratios do not depend on the running term, so their divisions overlap
            double first = (bigA + k) * (a + k - 1) / ((c + k) * (k + 1)) * z;
            double second = (bigA + k + 1) * (a + k) / ((c + k + 1) * (k + 2)) * z;
            term *= first;
            sum += term;
            term *= second;
            sum += term;
            if (Math.abs(term) <= EPSILON * Math.abs(sum)) {
                return sum;
            }
        }
        return sum + term * z / (1.0 - z);
    }

    /**
     * {@code ln 2F1(1, b; c; z)} for {@code 0 <= z < 1} and {@code 0 < b < c}: all terms are positive and
     * their ratio {@code (b+k)/(c+k) z} rises towards {@code z}.
     *
     * @return the logarithm, or NaN when the series has not converged within {@code maxTerms} (the
     *         caller then integrates numerically)
     */
    public static double logSeriesOneB(double b, double c, double z, int maxTerms) {
        double term = 1.0;
        double sum = 1.0;
        double bk = b;
        double ck = c;
        for (int k = 0; k < maxTerms; k += 2) {
            // two terms per test: the ratios do not depend on the running term, so their divisions overlap
            double first = bk / ck * z;
            double second = (bk + 1) / (ck + 1) * z;
            term *= first;
            sum += term;
            term *= second;
            sum += term;
            if (term <= TOLERANCE * sum) {
                return Math.log(sum);
            }
            bk += 2;
            ck += 2;
        }
        return Double.NaN;
    }
}
