package com.crmfunctions.churn.model;

import com.crmfunctions.churn.math.Hypergeometric;
import com.crmfunctions.churn.math.LogMath;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * BG/NBD (Fader, Hardie and Lee 2005) and its modification MBG/NBD (Batislam, Denizel and Filiztekin
 * 2007). Both: while alive a customer buys at Poisson rate lambda ~ Gamma(r, alpha); after a purchase
 * the customer drops out with probability p ~ Beta(a, b). BG/NBD counts only repeat purchases as
 * chances to drop out, so a customer without repeat purchase is alive for sure (P(alive) = 1);
 * MBG/NBD also lets the first purchase be the last, which is what makes one-time buyers rankable.
 *
 * <p>With {@code n = x} (BG) or {@code n = x + 1} (MBG) dropout chances survived, everything below
 * follows from the posterior of a customer alive at T: lambda ~ Gamma(r + x, alpha + T),
 * p ~ Beta(a, b + n), and the rest of the process is a fresh BG/NBD process.
 */
public final class BgNbdModel implements TransactionModel {

    private static final int MAX_TERMS = 100_000;

    private final BgNbdParameters parameters;
    private final ModelKind kind;
    private final int shift;
    private final double r;
    private final double alpha;
    private final double a;
    private final double b;

    public BgNbdModel(ModelKind kind, BgNbdParameters parameters) {
        if (kind != ModelKind.BG_NBD && kind != ModelKind.MBG_NBD) {
            throw new IllegalArgumentException("BgNbdModel is BG/NBD or MBG/NBD, not " + kind);
        }
        this.kind = kind;
        this.parameters = parameters;
        this.shift = kind == ModelKind.MBG_NBD ? 1 : 0;
        this.r = parameters.r();
        this.alpha = parameters.alpha();
        this.a = parameters.a();
        this.b = parameters.b();
    }

    public static BgNbdModel bgNbd(BgNbdParameters parameters) { return new BgNbdModel(ModelKind.BG_NBD, parameters); }

    public static BgNbdModel mbgNbd(BgNbdParameters parameters) { return new BgNbdModel(ModelKind.MBG_NBD, parameters); }

    @Override
    public ModelKind kind() { return kind; }

    @Override
    public BgNbdParameters parameters() { return parameters; }

    /** Dropout chances survived by a customer with {@code x} repeat purchases. */
    int survived(int x) { return x + shift; }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        int n = survived(x);
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
                + Gamma.logGamma(b + n) - Gamma.logGamma(b) + Gamma.logGamma(a + b) - Gamma.logGamma(a + b + n);
        double aliveAtT = -(r + x) * Math.log(alpha + T);
        if (n == 0) {
            return common + aliveAtT;
        }
        double diedAfterLast = Math.log(a) - Math.log(b + n - 1) - (r + x) * Math.log(alpha + tx);
        return common + LogMath.logSumExp(aliveAtT, diedAfterLast);
    }

    /**
     * {@code P(alive) = 1 / (1 + e^(d_x + (r+x) ln((alpha+T)/(alpha+tx))))} with {@code d_x} the
     * {@link #logDropoutOdds(int) dropout log-odds}.
     */
    @Override
    public double pAlive(int x, double tx, double T) {
        return LogMath.inverseOnePlusExp(logDropoutOdds(x) + (r + x) * Math.log1p((T - tx) / (alpha + tx)));
    }

    /**
     * {@code ln(a / (b + n - 1))}, the odds of having dropped out right after the last purchase rather than
     * being alive, before the time since that purchase is weighed in; minus infinity without a dropout chance
     * (BG/NBD, x = 0). Depends on x only, so batch scorers compute it once per distinct x.
     */
    public double logDropoutOdds(int x) {
        int n = survived(x);
        return n == 0 ? Double.NEGATIVE_INFINITY : Math.log(a / (b + n - 1));
    }

    /**
     * {@code E[X | alive] = c/(a-1) [1 - (1-z)^(r+x) 2F1(r+x, b+n; c; z)]} with {@code c = a+b+n-1} and
     * {@code z = t/(alpha+T+t)}, Euler-transformed into
     * {@code c * (1-(1-z)^(a-1))/(a-1) - (1-z)^(a-1) G}, which stays bounded for large x and exact at a = 1.
     */
    @Override
    public double expectedIfAlive(int x, double T, double t) {
        if (t <= 0) {
            return 0.0;
        }
        double c = a + b + survived(x) - 1;
        double y = Math.log1p(t / (alpha + T));
        double z = t / (alpha + T + t);
        double tail = Hypergeometric.eulerTail(c - r - x, a, c, z, MAX_TERMS);
        return Math.max(0.0, c * LogMath.growth(a - 1, y) - Math.exp(-(a - 1) * y) * tail);
    }

    @Override
    public double purchaseIfAlive(int x, double T, double t) {
        return -Math.expm1(-(r + x) * Math.log1p(t / (alpha + T)));
    }

    @Override
    public double expected(double t) {
        return conditionalExpected(0, 0, 0, t);
    }

    @Override
    public double probabilityOfPurchases(int k, double t) {
        return conditionalProbabilityOfPurchases(k, t, 0, 0, 0);
    }

    @Override
    public double conditionalProbabilityOfPurchases(int k, double t, int x, double tx, double T) {
        if (k < 0) {
            return 0.0;
        }
        double alive = pAlive(x, tx, T);
        double ifAlive = freshProcessPmf(k, t, r + x, alpha + T, a, b + survived(x));
        return (k == 0 ? 1.0 - alive : 0.0) + alive * ifAlive;
    }

    /**
     * P(X(t) = k) of a BG/NBD process that starts alive (Fader, Hardie and Lee 2005, eq. 8), with the
     * negative-binomial tail written as a regularized incomplete beta instead of one minus a sum.
     */
    static double freshProcessPmf(int k, double t, double r, double alpha, double a, double b) {
        if (t <= 0) {
            return k == 0 ? 1.0 : 0.0;
        }
        double logBeta = Beta.logBeta(a, b);
        double logNb = Gamma.logGamma(r + k) - Gamma.logGamma(r) - Gamma.logGamma(k + 1.0)
                - r * Math.log1p(t / alpha) + k * Math.log(t / (alpha + t));
        double stillAlive = Math.exp(Beta.logBeta(a, b + k) - logBeta + logNb);
        if (k == 0) {
            return stillAlive;
        }
        double atLeastK = Beta.regularizedBeta(t / (alpha + t), k, r);
        return stillAlive + Math.exp(Beta.logBeta(a + 1, b + k - 1) - logBeta) * atLeastK;
    }
}
