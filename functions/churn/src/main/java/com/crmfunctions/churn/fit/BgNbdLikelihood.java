package com.crmfunctions.churn.fit;

import org.hipparchus.special.Gamma;

/**
 * BG/NBD (shift 0) and MBG/NBD (shift 1) log-likelihood over a {@link SummaryTable}, with analytic
 * gradient and Hessian in {@code theta = (ln r, ln(alpha/scale), ln a, ln b)}.
 *
 * <p>Per customer, with {@code n = x + shift} dropout chances survived:
 * {@code ln L = ln G(r+x) - ln G(r) + r ln alpha + ln B(a, b+n) - ln B(a, b) + ln(e^A3 + [n>0] e^A4)},
 * {@code A3 = -(r+x) ln(alpha+T)} (alive at T) and
 * {@code A4 = ln a - ln(b+n-1) - (r+x) ln(alpha+tx)} (dropped out after the last purchase). The log-gamma
 * and polygamma terms are computed once per distinct x, the logarithms once per distinct T and tx; each
 * row then costs one exponential and one logarithm.
 */
final class BgNbdLikelihood implements LogLikelihood {

    private final SummaryTable table;
    private final int shift;
    private final double alphaScale;

    // per distinct x
    private final double[] xConst;
    private final double[] dR;
    private final double[] dA;
    private final double[] dB;
    private final double[] dRR;
    private final double[] dAA;
    private final double[] dBB;
    private final double[] logDropCoefficient;
    private final double[] inverseBn1;
    // per distinct T and tx
    private final double[] logAT;
    private final double[] invAT;
    private final double[] logATx;
    private final double[] invATx;

    BgNbdLikelihood(SummaryTable table, int shift, double alphaScale) {
        this.table = table;
        this.shift = shift;
        this.alphaScale = alphaScale;
        int xs = table.xValues().length;
        xConst = new double[xs];
        dR = new double[xs];
        dA = new double[xs];
        dB = new double[xs];
        dRR = new double[xs];
        dAA = new double[xs];
        dBB = new double[xs];
        logDropCoefficient = new double[xs];
        inverseBn1 = new double[xs];
        logAT = new double[table.tValues().length];
        invAT = new double[table.tValues().length];
        logATx = new double[table.txValues().length];
        invATx = new double[table.txValues().length];
    }

    @Override
    public int dimension() { return 4; }

    double[] natural(double[] theta) {
        return new double[] {Math.exp(theta[0]), alphaScale * Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3])};
    }

    @Override
    public double value(double[] theta) {
        return evaluate(theta, null, null);
    }

    @Override
    public boolean hasDerivatives() { return true; }

    @Override
    public double valueAndDerivatives(double[] theta, double[] gradient, double[][] hessian) {
        return evaluate(theta, gradient, hessian);
    }

    private double evaluate(double[] theta, double[] gradientOut, double[][] hessianOut) {
        boolean derivatives = gradientOut != null;
        double r = Math.exp(theta[0]);
        double alpha = alphaScale * Math.exp(theta[1]);
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        prepare(r, alpha, a, b, derivatives);

        int[] xValues = table.xValues();
        double[] xWeights = table.xWeights();
        double total = table.totalWeight();
        double logAlpha = Math.log(alpha);
        double value = total * r * logAlpha;
        // gradient and Hessian in natural parameters (r, alpha, a, b)
        double gR = 0, gAl = 0, gA = 0, gB = 0;
        double hRR = 0, hRAl = 0, hAlAl = 0, hAA = 0, hAB = 0, hBB = 0;
        double hRA = 0, hRB = 0, hAlA = 0, hAlB = 0;
        for (int i = 0; i < xValues.length; i++) {
            double w = xWeights[i];
            value += w * xConst[i];
            if (derivatives) {
                gR += w * dR[i];
                gA += w * dA[i];
                gB += w * dB[i];
                hRR += w * dRR[i];
                hAA += w * dAA[i];
                hAB += w * dAA[i];
                hBB += w * dBB[i];
            }
        }
        if (derivatives) {
            gR += total * logAlpha;
            gAl += total * r / alpha;
            hRAl += total / alpha;
            hAlAl -= total * r / (alpha * alpha);
        }
        int rows = table.rows();
        for (int row = 0; row < rows; row++) {
            int x = table.x(row);
            int xi = table.xIndex(row);
            int ti = table.tIndex(row);
            double w = table.weight(row);
            double rx = r + x;
            double a3 = -rx * logAT[ti];
            if (x + shift == 0) {
                value += w * a3;
                if (derivatives) {
                    gR -= w * logAT[ti];
                    gAl -= w * rx * invAT[ti];
                    hRAl -= w * invAT[ti];
                    hAlAl += w * rx * invAT[ti] * invAT[ti];
                }
                continue;
            }
            int txi = table.txIndex(row);
            double a4 = logDropCoefficient[xi] - rx * logATx[txi];
            double max = Math.max(a3, a4);
            double e3 = Math.exp(a3 - max);
            double e4 = Math.exp(a4 - max);
            double sum = e3 + e4;
            value += w * (max + Math.log(sum));
            if (!derivatives) {
                continue;
            }
            double w3 = e3 / sum;
            double w4 = e4 / sum;
            double iAT = invAT[ti];
            double iATx = invATx[txi];
            double iBn = inverseBn1[xi];
            // component gradients g3 = (-lnAT, -rx/AT, 0, 0), g4 = (-lnATx, -rx/ATx, 1/a, -1/(b+n-1))
            double g3r = -logAT[ti];
            double g3al = -rx * iAT;
            double g4r = -logATx[txi];
            double g4al = -rx * iATx;
            double g4a = 1.0 / a;
            double g4b = -iBn;
            gR += w * (w3 * g3r + w4 * g4r);
            gAl += w * (w3 * g3al + w4 * g4al);
            gA += w * w4 * g4a;
            gB += w * w4 * g4b;
            double ww = w * w3 * w4;
            double dr = g3r - g4r;
            double dal = g3al - g4al;
            double da = -g4a;
            double db = -g4b;
            hRR += ww * dr * dr;
            hRAl += w * (-w3 * iAT - w4 * iATx) + ww * dr * dal;
            hAlAl += w * (w3 * rx * iAT * iAT + w4 * rx * iATx * iATx) + ww * dal * dal;
            hAA += w * w4 * (-g4a * g4a) + ww * da * da;
            hBB += w * w4 * (iBn * iBn) + ww * db * db;
            hAB += ww * da * db;
            hRA += ww * dr * da;
            hRB += ww * dr * db;
            hAlA += ww * dal * da;
            hAlB += ww * dal * db;
        }
        if (derivatives) {
            double[] phi = {r, alpha, a, b};
            double[] g = {gR, gAl, gA, gB};
            double[][] h = {
                {hRR, hRAl, hRA, hRB},
                {hRAl, hAlAl, hAlA, hAlB},
                {hRA, hAlA, hAA, hAB},
                {hRB, hAlB, hAB, hBB}};
            toLogParameters(phi, g, h, gradientOut, hessianOut);
        }
        return value;
    }

    /** Chain rule to {@code theta = ln phi}: {@code g_theta = phi g}, {@code H_theta = phi phi' H + diag(phi g)}. */
    static void toLogParameters(double[] phi, double[] g, double[][] h, double[] gradientOut, double[][] hessianOut) {
        int n = phi.length;
        for (int i = 0; i < n; i++) {
            gradientOut[i] = phi[i] * g[i];
            for (int j = 0; j < n; j++) {
                hessianOut[i][j] = phi[i] * phi[j] * h[i][j];
            }
            hessianOut[i][i] += phi[i] * g[i];
        }
    }

    private void prepare(double r, double alpha, double a, double b, boolean derivatives) {
        int[] xValues = table.xValues();
        double logGammaR = Gamma.logGamma(r);
        double logGammaB = Gamma.logGamma(b);
        double logGammaAB = Gamma.logGamma(a + b);
        double psiR = 0, psiB = 0, psiAB = 0, triR = 0, triB = 0, triAB = 0;
        if (derivatives) {
            psiR = Gamma.digamma(r);
            psiB = Gamma.digamma(b);
            psiAB = Gamma.digamma(a + b);
            triR = Gamma.trigamma(r);
            triB = Gamma.trigamma(b);
            triAB = Gamma.trigamma(a + b);
        }
        double logA = Math.log(a);
        for (int i = 0; i < xValues.length; i++) {
            int x = xValues[i];
            int n = x + shift;
            if (x == 0 && n == 0) {
                xConst[i] = 0;
                dR[i] = dA[i] = dB[i] = dRR[i] = dAA[i] = dBB[i] = 0;
                continue;
            }
            xConst[i] = (x == 0 ? 0 : Gamma.logGamma(r + x) - logGammaR)
                    + Gamma.logGamma(b + n) - logGammaB + logGammaAB - Gamma.logGamma(a + b + n);
            logDropCoefficient[i] = logA - Math.log(b + n - 1);
            inverseBn1[i] = 1.0 / (b + n - 1);
            if (derivatives) {
                dR[i] = x == 0 ? 0 : Gamma.digamma(r + x) - psiR;
                dA[i] = psiAB - Gamma.digamma(a + b + n);
                dB[i] = Gamma.digamma(b + n) - psiB + dA[i];
                dRR[i] = x == 0 ? 0 : Gamma.trigamma(r + x) - triR;
                dAA[i] = triAB - Gamma.trigamma(a + b + n);
                dBB[i] = Gamma.trigamma(b + n) - triB + dAA[i];
            }
        }
        double[] tValues = table.tValues();
        for (int i = 0; i < tValues.length; i++) {
            logAT[i] = Math.log(alpha + tValues[i]);
            invAT[i] = 1.0 / (alpha + tValues[i]);
        }
        double[] txValues = table.txValues();
        for (int i = 0; i < txValues.length; i++) {
            logATx[i] = Math.log(alpha + txValues[i]);
            invATx[i] = 1.0 / (alpha + txValues[i]);
        }
    }
}
