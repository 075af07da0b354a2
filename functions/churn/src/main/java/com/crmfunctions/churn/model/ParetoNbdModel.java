package com.crmfunctions.churn.model;

import com.crmfunctions.churn.math.GaussLegendre;
import com.crmfunctions.churn.math.Hypergeometric;
import com.crmfunctions.churn.math.LogMath;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;

/**
 * Pareto/NBD (Schmittlein, Morrison and Colombo 1987): while alive a customer buys at Poisson rate
 * lambda ~ Gamma(r, alpha) and dies at an exponential time with rate mu ~ Gamma(s, beta).
 *
 * <p>The likelihood is written without its catastrophic subtraction:
 * {@code L = Gamma(r+x) alpha^r beta^s / Gamma(r) * [P + s I]} with
 * {@code P = (alpha+T)^-(r+x) (beta+T)^-s} (alive at T) and
 * {@code I = integral_tx^T (alpha+u)^-(r+x) (beta+u)^-(s+1) du} (died between the last purchase and T),
 * a positive integral. I is {@code J(tx) - J(T)} with {@code J(t) = integral_t^inf}, each J a Gauss
 * hypergeometric function summed in its Euler-transformed form (positive terms, no overflow for large
 * x); because {@code s J(T) <= P}, the difference never loses more than a few ulps of {@code P + s I}.
 * Where the series would converge too slowly (argument near 1, when alpha and beta differ by orders
 * of magnitude) I is integrated numerically in log-time instead.
 */
public final class ParetoNbdModel implements TransactionModel {

    private static final int MAX_TERMS = 2_000;
    private static final double SERIES_LIMIT = 0.95;
    private static final GaussLegendre QUADRATURE = new GaussLegendre(16);

    private final ParetoNbdParameters parameters;
    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;
    private final double logS;

    public ParetoNbdModel(ParetoNbdParameters parameters) {
        this.parameters = parameters;
        this.r = parameters.r();
        this.alpha = parameters.alpha();
        this.s = parameters.s();
        this.beta = parameters.beta();
        this.logS = Math.log(s);
    }

    @Override
    public ModelKind kind() { return ModelKind.PARETO_NBD; }

    @Override
    public ParetoNbdParameters parameters() { return parameters; }

    @Override
    public double logLikelihood(int x, double tx, double T) {
        return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                + logBracket(x, tx, T);
    }

    @Override
    public double pAlive(int x, double tx, double T) {
        return Math.min(1.0, Math.exp(logAliveTerm(x, T) - logBracket(x, tx, T)));
    }

    @Override
    public double expectedIfAlive(int x, double T, double t) {
        if (t <= 0) {
            return 0.0;
        }
        return (r + x) / (alpha + T) * (beta + T) * LogMath.growth(s - 1, Math.log1p(t / (beta + T)));
    }

    @Override
    public double purchaseIfAlive(int x, double T, double t) {
        if (t <= 0) {
            return 0.0;
        }
        ParetoNbdModel afterT = new ParetoNbdModel(new ParetoNbdParameters(r + x, alpha + T, s, beta + T));
        return -Math.expm1(afterT.logLikelihood(0, 0, t));
    }

    @Override
    public double expected(double t) {
        return expectedIfAlive(0, 0, t);
    }

    @Override
    public double probabilityOfPurchases(int k, double t) {
        return k < 0 ? 0.0 : freshProcessPmf(k, t, r, alpha, s, beta);
    }

    @Override
    public double conditionalProbabilityOfPurchases(int k, double t, int x, double tx, double T) {
        if (k < 0) {
            return 0.0;
        }
        double alive = pAlive(x, tx, T);
        return (k == 0 ? 1.0 - alive : 0.0) + alive * freshProcessPmf(k, t, r + x, alpha + T, s, beta + T);
    }

    /** {@code ln P}: the term of a customer still alive at T. */
    double logAliveTerm(int x, double T) {
        return logAliveTerm(x, Math.log(alpha + T), Math.log(beta + T));
    }

    /**
     * {@code ln(P + s I)}, the bracket of the likelihood: the log-likelihood without the terms that
     * depend on x alone ({@code ln G(r+x) - ln G(r) + r ln alpha + s ln beta}), for fitters that cache those.
     */
    public double logBracket(int x, double tx, double T) {
        return logBracket(x, tx, T, Math.log(alpha + tx), Math.log(beta + tx), Math.log(alpha + T), Math.log(beta + T));
    }

    private double logBracket(int x, double tx, double T, double logAlphaTx, double logBetaTx, double logAlphaT,
                              double logBetaT) {
        if (tx >= T) {
            return logAliveTerm(x, logAlphaT, logBetaT);
        }
        return logBracket(x, tx, T, logAliveTerm(x, logAlphaT, logBetaT), logTail(x, tx, logAlphaTx, logBetaTx),
                logTail(x, T, logAlphaT, logBetaT));
    }

    /**
     * The bracket from its parts: {@code ln P} ({@link #logAliveTerm(int, double, double)}) and the tails
     * {@code ln J(tx)}, {@code ln J(T)} ({@link #logTail}, NaN where the series does not apply). Fitters
     * compute {@code ln P} and {@code ln J(T)} once per distinct (x, T).
     */
    public double logBracket(int x, double tx, double T, double logAlive, double logTailFromLast, double logTailFromEnd) {
        if (tx >= T) {
            return logAlive;
        }
        // relative to P: ln(P + s J(tx) - s J(T)) = ln P + ln(1 + s e^(ln J(tx) - ln P) - s e^(ln J(T) - ln P))
        double fromLast = logTailFromLast - logAlive;
        double fromEnd = logTailFromEnd - logAlive;
        if (fromLast < 700 && fromEnd <= fromLast) {
            return logAlive + Math.log1p(s * (Math.exp(fromLast) - Math.exp(fromEnd)));
        }
        return LogMath.logSumExp(logAlive, logS + logIntegral(r + x, tx, T));
    }

    /** {@code ln P = -(r+x) ln(alpha+T) - s ln(beta+T)}, from the two logarithms. */
    public double logAliveTerm(int x, double logAlphaT, double logBetaT) {
        return -(r + x) * logAlphaT - s * logBetaT;
    }

    /**
     * {@code ln J(t)}, {@code J(t) = integral_t^inf (alpha+u)^-(r+x) (beta+u)^-(s+1) du}, by the hypergeometric
     * series; NaN where its argument exceeds 0.95 (other methods then take over).
     */
    public double logTail(int x, double t, double logAlphaPlusT, double logBetaPlusT) {
        if (Math.abs(alpha - beta) / (Math.max(alpha, beta) + t) > SERIES_LIMIT) {
            return Double.NaN;
        }
        return logJ(r + x, t, logAlphaPlusT, logBetaPlusT);
    }

    /**
     * {@code ln I}, {@code I = integral_tx^T (alpha+u)^-p (beta+u)^-(s+1) du}, by whichever of three
     * methods is fast and accurate for the parameters:
     * <ul>
     *   <li>{@code J(tx) - J(T)} with the hypergeometric series when its argument is at most 0.95
     *       (dropping the difference's lost digits is harmless: they are below ulps of {@code P + s I});</li>
     *   <li>when beta is far above alpha + u (no visible dropout drives beta to infinity), a binomial
     *       expansion of {@code (beta+u)^-(s+1)} in {@code (alpha+u)/(beta-alpha) <= 1/2}, up to the point
     *       where the series takes over again;</li>
     *   <li>otherwise composite Gauss-Legendre in {@code ln(min(alpha,beta) + u)}.</li>
     * </ul>
     */
    private double logIntegral(double p, double tx, double T) {
        double zFromLast = Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx);
        if (zFromLast <= SERIES_LIMIT) {
            double viaSeries = logDifference(p, tx, T);
            if (!Double.isNaN(viaSeries)) {
                return viaSeries;
            }
        }
        if (alpha < beta) {
            double gap = beta - alpha;
            double end = Math.min(T, 0.5 * gap - alpha);
            if (end > tx) {
                double low = logBinomialExpansion(p, gap, tx, end);
                double high = end >= T ? Double.NEGATIVE_INFINITY : logDifference(p, end, T);
                if (Double.isFinite(low) && !Double.isNaN(high)) {
                    return LogMath.logSumExp(low, high);
                }
            }
        }
        return logQuadrature(p, tx, T);
    }

    /** {@code ln(J(a) - J(b))} for {@code a < b}, where both series converge fast. */
    private double logDifference(double p, double a, double b) {
        return logOfDifference(logJ(p, a, Math.log(alpha + a), Math.log(beta + a)),
                logJ(p, b, Math.log(alpha + b), Math.log(beta + b)));
    }

    /** {@code ln(e^fromA - e^fromB)}; minus infinity when rounding makes the difference vanish. */
    private static double logOfDifference(double fromA, double fromB) {
        return fromB >= fromA ? Double.NEGATIVE_INFINITY : fromA + Math.log1p(-Math.exp(fromB - fromA));
    }

    /**
     * {@code ln J(t)}, {@code J(t) = integral_t^inf (alpha+u)^-p (beta+u)^-(s+1) du
     * = w^-m / m * 2F1(m, b; m+1; z)}, {@code m = p+s}, {@code w = max(alpha,beta) + t},
     * {@code z = |alpha-beta| / w}, summed as {@code (1-z)^(1-b) 2F1(1, m+1-b; m+1; z)}.
     */
    private double logJ(double p, double t, double logA, double logB) {
        double m = p + s;
        double logW;
        double logOneMinusZ;
        double b;
        double z;
        if (alpha >= beta) {
            logW = logA;
            logOneMinusZ = logB - logA;
            b = s + 1;
            z = (alpha - beta) / (alpha + t);
        } else {
            logW = logB;
            logOneMinusZ = logA - logB;
            b = p;
            z = (beta - alpha) / (beta + t);
        }
        double logSeries = Hypergeometric.logSeriesOneB(m + 1 - b, m + 1, z, MAX_TERMS);
        return -m * logW - Math.log(m) + (1 - b) * logOneMinusZ + logSeries;
    }

    /**
     * {@code ln integral_a^b v^-p (gap + v)^-q dv} over {@code v = alpha + u}, expanding
     * {@code (1 + v/gap)^-q} binomially: {@code gap^-q v0^(1-p) sum_j C(-q,j) (v0/gap)^j G_j} with
     * {@code G_j = ((v1/v0)^(j-p+1) - 1) / (j-p+1)}, converging like {@code (v1/gap)^j <= 2^-j}.
     * NaN if the alternating sum is not positive (then the caller integrates numerically).
     */
    private double logBinomialExpansion(double p, double gap, double a, double b) {
        double q = s + 1;
        double v0 = alpha + a;
        double logRatio = Math.log1p((b - a) / v0);
        double ratio = v0 / gap;
        double farRatio = (alpha + b) / gap;
        double binomial = 1.0;
        double power = 1.0;
        double farPower = Math.exp(Math.max(0.0, 1 - p) * logRatio);
        double sum = 0;
        for (int j = 0; j < 2_000; j++) {
            sum += binomial * power * LogMath.growth(p - 1 - j, logRatio);
            // every later term is below |C(-q,j)| (v1/gap)^j (v1/v0)^max(0,1-p) (L + 1), shrinking geometrically
            if (j > 0 && Math.abs(binomial) * farPower * (logRatio + 1) * 4 <= 1e-17 * Math.abs(sum)) {
                break;
            }
            binomial *= -(q + j) / (j + 1);
            power *= ratio;
            farPower *= farRatio;
        }
        return sum > 0 ? -q * Math.log(gap) + (1 - p) * Math.log(v0) + Math.log(sum) : Double.NaN;
    }

    /**
     * {@code ln I} by Gauss-Legendre on panels in {@code w = ln(min(alpha,beta) + u)}, each panel short
     * enough for the integrand to change by at most {@code e^6}; stops once the rest is negligible.
     */
    private double logQuadrature(double p, double tx, double T) {
        double q = s + 1;
        double kappa = Math.min(alpha, beta);
        double w0 = Math.log(kappa + tx);
        double w1 = Math.log(kappa + T);
        double logStart = w0 - p * Math.log(alpha + tx) - q * Math.log(beta + tx);
        int panels = (int) Math.min(10_000, Math.ceil((w1 - w0) * (p + q) / 6.0));
        double width = (w1 - w0) / Math.max(1, panels);
        double sum = 0;
        for (int panel = 0; panel < Math.max(1, panels); panel++) {
            double from = w0 + panel * width;
            double to = panel == panels - 1 ? w1 : from + width;
            double part = 0;
            for (int i = 0; i < QUADRATURE.points(); i++) {
                double w = QUADRATURE.node(i, from, to);
                double u = Math.max(0.0, Math.exp(w) - kappa);
                part += QUADRATURE.weight(i, from, to)
                        * Math.exp(w - p * Math.log(alpha + u) - q * Math.log(beta + u) - logStart);
            }
            sum += part;
            if (part <= 1e-18 * sum && to - w0 > 1.0) {
                break;
            }
        }
        return logStart + Math.log(sum);
    }

    /**
     * P(X(t) = k) of a Pareto/NBD process that starts alive: alive all of t with k purchases, or dead
     * at some u < t after k purchases, {@code NB(k; t) (beta/(beta+t))^s +
     * integral_0^t s beta^s (beta+u)^-(s+1) NB(k; u) du}; the integral runs in
     * {@code v = ln(1 + u/beta)}, where the dropout density becomes {@code s e^(-s v)}.
     */
    static double freshProcessPmf(int k, double t, double r, double alpha, double s, double beta) {
        if (t <= 0) {
            return k == 0 ? 1.0 : 0.0;
        }
        double logCoefficient = Gamma.logGamma(r + k) - Gamma.logGamma(r) - Gamma.logGamma(k + 1.0);
        double aliveAllTime = Math.exp(logNegativeBinomial(k, t, r, alpha, logCoefficient) - s * Math.log1p(t / beta));
        double end = Math.log1p(t / beta);
        UnivariateFunction diedBefore = v -> s * Math.exp(-s * v
                + logNegativeBinomial(k, beta * Math.expm1(v), r, alpha, logCoefficient));
        double died = new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-15, 1, 24)
                .integrate(1_000_000, diedBefore, 0.0, end);
        return Math.min(1.0, Math.max(0.0, aliveAllTime + died));
    }

    private static double logNegativeBinomial(int k, double u, double r, double alpha, double logCoefficient) {
        if (u <= 0) {
            return k == 0 ? 0.0 : Double.NEGATIVE_INFINITY;
        }
        return logCoefficient - r * Math.log1p(u / alpha) + k * Math.log(u / (alpha + u));
    }
}
