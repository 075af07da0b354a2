package com.crmfunctions.churn.fit;

import com.crmfunctions.churn.model.ParetoNbdModel;
import com.crmfunctions.churn.model.ParetoNbdParameters;
import org.hipparchus.special.Gamma;

/**
 * Pareto/NBD log-likelihood over a {@link SummaryTable} in
 * {@code theta = (ln r, ln(alpha/scale), ln s, ln(beta/scale))}; the per-row bracket comes from
 * {@link ParetoNbdModel}; the log-gamma terms are computed once per distinct x, the logarithms of
 * alpha + tx and beta + tx once per distinct tx, the alive term and the tail integral from T once per
 * distinct (x, T). Derivative-free (fitted by BOBYQA).
 */
final class ParetoNbdLikelihood implements LogLikelihood {

    private final SummaryTable table;
    private final double scale;
    private final double[] xConst;
    private final double[] logAlphaTx;
    private final double[] logBetaTx;
    private final double[] groupAlive;
    private final double[] groupTail;

    ParetoNbdLikelihood(SummaryTable table, double scale) {
        this.table = table;
        this.scale = scale;
        this.xConst = new double[table.xValues().length];
        this.logAlphaTx = new double[table.txValues().length];
        this.logBetaTx = new double[table.txValues().length];
        this.groupAlive = new double[table.groups()];
        this.groupTail = new double[table.groups()];
    }

    @Override
    public int dimension() { return 4; }

    double[] natural(double[] theta) {
        return new double[] {Math.exp(theta[0]), scale * Math.exp(theta[1]), Math.exp(theta[2]), scale * Math.exp(theta[3])};
    }

    @Override
    public double value(double[] theta) {
        double[] phi = natural(theta);
        double r = phi[0];
        double alpha = phi[1];
        double s = phi[2];
        double beta = phi[3];
        ParetoNbdModel model = new ParetoNbdModel(new ParetoNbdParameters(r, alpha, s, beta));
        int[] xValues = table.xValues();
        double logGammaR = Gamma.logGamma(r);
        for (int i = 0; i < xValues.length; i++) {
            xConst[i] = Gamma.logGamma(r + xValues[i]) - logGammaR;
        }
        double[] txValues = table.txValues();
        for (int i = 0; i < txValues.length; i++) {
            logAlphaTx[i] = Math.log(alpha + txValues[i]);
            logBetaTx[i] = Math.log(beta + txValues[i]);
        }
        for (int g = 0; g < groupAlive.length; g++) {
            double logA = Math.log(alpha + table.groupT(g));
            double logB = Math.log(beta + table.groupT(g));
            groupAlive[g] = model.logAliveTerm(table.groupX(g), logA, logB);
            groupTail[g] = model.logTail(table.groupX(g), table.groupT(g), logA, logB);
        }
        double value = table.totalWeight() * (r * Math.log(alpha) + s * Math.log(beta));
        for (int row = 0; row < table.rows(); row++) {
            int x = table.x(row);
            int g = table.groupIndex(row);
            int txi = table.txIndex(row);
            double tailFromLast = model.logTail(x, table.tx(row), logAlphaTx[txi], logBetaTx[txi]);
            value += table.weight(row) * (xConst[table.xIndex(row)]
                    + model.logBracket(x, table.tx(row), table.bigT(row), groupAlive[g], tailFromLast, groupTail[g]));
        }
        return value;
    }
}
