package com.crmfunctions.churn.fit;

import org.hipparchus.special.Gamma;

/**
 * Gamma-Gamma log-likelihood of mean repeat order values with analytic gradient and Hessian in
 * {@code theta = (ln p, ln q, ln(gamma/scale))}:
 * {@code ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln m + px ln x - (px+q) ln(gamma + m x)}.
 */
final class GammaGammaLikelihood implements LogLikelihood {

    private final SpendTable table;
    private final double gammaScale;
    private final double[] logGammaPx;
    private final double[] logGammaPxq;
    private final double[] psiPx;
    private final double[] psiPxq;
    private final double[] triPx;
    private final double[] triPxq;

    GammaGammaLikelihood(SpendTable table, double gammaScale) {
        this.table = table;
        this.gammaScale = gammaScale;
        int xs = table.xValues().length;
        logGammaPx = new double[xs];
        logGammaPxq = new double[xs];
        psiPx = new double[xs];
        psiPxq = new double[xs];
        triPx = new double[xs];
        triPxq = new double[xs];
    }

    @Override
    public int dimension() { return 3; }

    double[] natural(double[] theta) {
        return new double[] {Math.exp(theta[0]), Math.exp(theta[1]), gammaScale * Math.exp(theta[2])};
    }

    @Override
    public double value(double[] theta) { return evaluate(theta, null, null); }

    @Override
    public boolean hasDerivatives() { return true; }

    @Override
    public double valueAndDerivatives(double[] theta, double[] gradient, double[][] hessian) {
        return evaluate(theta, gradient, hessian);
    }

    private double evaluate(double[] theta, double[] gradientOut, double[][] hessianOut) {
        boolean derivatives = gradientOut != null;
        double p = Math.exp(theta[0]);
        double q = Math.exp(theta[1]);
        double gamma = gammaScale * Math.exp(theta[2]);
        int[] xValues = table.xValues();
        double[] xWeights = table.xWeights();
        double logGammaQ = Gamma.logGamma(q);
        double psiQ = derivatives ? Gamma.digamma(q) : 0;
        double triQ = derivatives ? Gamma.trigamma(q) : 0;
        double logG = Math.log(gamma);
        double value = 0;
        double gP = 0, gQ = 0, gG = 0;
        double hPP = 0, hPQ = 0, hPG = 0, hQQ = 0, hQG = 0, hGG = 0;
        for (int i = 0; i < xValues.length; i++) {
            double px = p * xValues[i];
            logGammaPx[i] = Gamma.logGamma(px);
            logGammaPxq[i] = Gamma.logGamma(px + q);
            value += xWeights[i] * (logGammaPxq[i] - logGammaPx[i] - logGammaQ + q * logG);
            if (derivatives) {
                psiPx[i] = Gamma.digamma(px);
                psiPxq[i] = Gamma.digamma(px + q);
                triPx[i] = Gamma.trigamma(px);
                triPxq[i] = Gamma.trigamma(px + q);
            }
        }
        for (int row = 0; row < table.rows(); row++) {
            int x = table.x(row);
            int xi = table.xIndex(row);
            double m = table.mean(row);
            double w = table.weight(row);
            double px = p * x;
            double logM = Math.log(m);
            double logX = Math.log(x);
            double denominator = gamma + m * x;
            double logDen = Math.log(denominator);
            value += w * ((px - 1) * logM + px * logX - (px + q) * logDen);
            if (!derivatives) {
                continue;
            }
            double inv = 1.0 / denominator;
            gP += w * x * (psiPxq[xi] - psiPx[xi] + logM + logX - logDen);
            gQ += w * (psiPxq[xi] - psiQ + logG - logDen);
            gG += w * (q / gamma - (px + q) * inv);
            hPP += w * x * x * (triPxq[xi] - triPx[xi]);
            hPQ += w * x * triPxq[xi];
            hPG += -w * x * inv;
            hQQ += w * (triPxq[xi] - triQ);
            hQG += w * (1.0 / gamma - inv);
            hGG += w * (-q / (gamma * gamma) + (px + q) * inv * inv);
        }
        if (derivatives) {
            BgNbdLikelihood.toLogParameters(new double[] {p, q, gamma}, new double[] {gP, gQ, gG},
                    new double[][] {{hPP, hPQ, hPG}, {hPQ, hQQ, hQG}, {hPG, hQG, hGG}}, gradientOut, hessianOut);
        }
        return value;
    }
}
