package com.crmfunctions.churn.scoring;

import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.math.LogMath;
import com.crmfunctions.churn.model.BgNbdModel;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.TransactionModel;

/**
 * Scores every customer of a {@link SummaryTable}: P(alive), expected purchases, CLV and churn risk.
 *
 * <p>Work is done where it varies: the parts of the formulas that depend on (x, T) only (expected
 * purchases if alive, discounted purchases if alive, purchases over the risk horizon) once per distinct
 * (x, T) group; P(alive) once per distinct (x, tx, T) row (for BG/NBD and MBG/NBD from logarithms
 * computed once per distinct T and tx and dropout odds once per x, leaving one exponential per row);
 * per customer only the copy of its row's four numbers (kept side by side, one cache line) and the
 * Gamma-Gamma expected order value, a line in the customer's mean whose coefficients are computed once per x. Output goes into preallocated primitive columns; nothing is
 * allocated per customer. Not thread-safe: one scorer per thread.
 */
public final class Scorer {

    private final TransactionModel model;
    private final GammaGammaModel spend;
    private final double expectedHorizon;
    private final double clvHorizon;
    private final double riskHorizon;
    private final double discountRate;
    private double[] groupExpected = new double[0];
    private double[] groupDiscounted = new double[0];
    private double[] groupRisk = new double[0];
    /** Per row: P(alive), expected purchases, discounted purchases, churn risk, side by side. */
    private double[] rowScores = new double[0];
    /** Per repeat count: the expected order value's intercept and slope in the customer's mean. */
    private double[] spendIntercept = new double[0];
    private double[] spendSlope = new double[0];

    /**
     * @param unitDays days per time unit of the model and the summaries
     */
    public Scorer(TransactionModel model, GammaGammaModel spend, ScoringSettings settings, double unitDays) {
        this.model = model;
        this.spend = spend;
        this.expectedHorizon = settings.expectedHorizonDays() / unitDays;
        this.clvHorizon = settings.clvHorizonDays() / unitDays;
        this.riskHorizon = settings.riskHorizonDays() / unitDays;
        this.discountRate = settings.discountRatePerUnit(unitDays);
    }

    /**
     * @param x         repeat purchases per customer (as the table was built from)
     * @param meanSpend mean repeat order value per customer
     */
    public void score(SummaryTable table, int[] x, double[] meanSpend, ScoreColumns out) {
        int groups = table.groups();
        ensureCapacity(groups, table.rows());
        for (int g = 0; g < groups; g++) {
            int gx = table.groupX(g);
            double gt = table.groupT(g);
            groupExpected[g] = model.expectedIfAlive(gx, gt, expectedHorizon);
            groupDiscounted[g] = model.discountedExpectedIfAlive(gx, gt, clvHorizon, discountRate);
            groupRisk[g] = expectedHorizon == riskHorizon ? groupExpected[g]
                    : model.expectedIfAlive(gx, gt, riskHorizon);
        }
        int rows = table.rows();
        if (model instanceof BgNbdModel) {
            aliveFromLogarithms((BgNbdModel) model, table);
        } else {
            for (int row = 0; row < rows; row++) {
                rowScores[4 * row] = model.pAlive(table.x(row), table.tx(row), table.bigT(row));
            }
        }
        for (int row = 0; row < rows; row++) {
            int g = table.groupIndex(row);
            int k = 4 * row;
            double a = rowScores[k];
            rowScores[k + 1] = a * groupExpected[g];
            rowScores[k + 2] = a * groupDiscounted[g];
            rowScores[k + 3] = Math.exp(-a * groupRisk[g]);
        }
        spendLines(table);
        double[] pAlive = out.pAlive();
        double[] expected = out.expectedPurchases();
        double[] clv = out.clv();
        double[] risk = out.churnRisk();
        int customers = table.customers();
        for (int i = 0; i < customers; i++) {
            int k = 4 * table.rowOfCustomer(i);
            int xi = x[i];
            double slope = spendSlope[xi];
            double orderValue = !Double.isNaN(slope) ? spendIntercept[xi] + slope * meanSpend[i] : spend.expectedSpend(xi, meanSpend[i]);
            pAlive[i] = rowScores[k];
            expected[i] = rowScores[k + 1];
            clv[i] = rowScores[k + 2] * orderValue;
            risk[i] = rowScores[k + 3];
        }
    }

    /**
     * The Gamma-Gamma expected order value as a line in the customer's mean, per repeat count: no division per
     * customer. A NaN slope marks a count where it is no line (a degenerate fit), scored the long way.
     */
    private void spendLines(SummaryTable table) {
        int maxX = 0;
        for (int i = 0; i < table.distinctX(); i++) maxX = Math.max(maxX, table.distinctXValue(i));
        if (spendSlope.length <= maxX) {
            spendIntercept = new double[maxX + 1];
            spendSlope = new double[maxX + 1];
        }
        for (int i = 0; i < table.distinctX(); i++) {
            int xv = table.distinctXValue(i);
            if (spend.linearInMean(xv)) {
                double intercept = spend.expectedSpend(xv, 0.0);
                spendIntercept[xv] = intercept;
                spendSlope[xv] = spend.expectedSpend(xv, 1.0) - intercept;
            } else {
                spendSlope[xv] = Double.NaN;
            }
        }
    }

    /** P(alive) of every row (into its first score) with logarithms once per distinct T and tx, odds once per x. */
    private void aliveFromLogarithms(BgNbdModel bg, SummaryTable table) {
        double alpha = bg.parameters().alpha();
        double r = bg.parameters().r();
        double[] odds = new double[table.distinctX()];
        for (int i = 0; i < odds.length; i++) {
            odds[i] = bg.logDropoutOdds(table.distinctXValue(i));
        }
        double[] logAlphaT = new double[table.distinctT()];
        for (int i = 0; i < logAlphaT.length; i++) {
            logAlphaT[i] = Math.log(alpha + table.distinctTValue(i));
        }
        double[] logAlphaTx = new double[table.distinctTx()];
        for (int i = 0; i < logAlphaTx.length; i++) {
            logAlphaTx[i] = Math.log(alpha + table.distinctTxValue(i));
        }
        for (int row = 0; row < table.rows(); row++) {
            rowScores[4 * row] = LogMath.inverseOnePlusExp(odds[table.xIndex(row)]
                    + (r + table.x(row)) * (logAlphaT[table.tIndex(row)] - logAlphaTx[table.txIndex(row)]));
        }
    }

    private void ensureCapacity(int groups, int rows) {
        if (groupExpected.length < groups) {
            groupExpected = new double[groups];
            groupDiscounted = new double[groups];
            groupRisk = new double[groups];
        }
        if (rowScores.length < 4 * rows) {
            rowScores = new double[4 * rows];
        }
    }
}
