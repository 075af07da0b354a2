package com.crmfunctions.churn.fit;

import java.util.Arrays;

/**
 * Repeat buyers' spend summaries for the Gamma-Gamma model, grouped into distinct
 * (x, mean repeat order value) rows. Customers without a repeat purchase, or whose repeat orders are
 * worth nothing, carry no information on spend variation and are left out (and counted).
 */
public final class SpendTable {

    private final int[] x;
    private final double[] mean;
    private final double[] weight;
    private final int[] xIndex;
    private final int[] xValues;
    private final double[] xWeight;
    private final int included;
    private final int excluded;
    private final double meanOrderValue;
    private final double frequencySpendCorrelation;

    private SpendTable(KeyIndex rows, double[] weight, int included, int excluded, double meanOrderValue,
                       double correlation) {
        int n = rows.size();
        x = new int[n];
        mean = new double[n];
        this.weight = weight;
        xIndex = new int[n];
        KeyIndex xs = new KeyIndex(64);
        for (int row = 0; row < n; row++) {
            x[row] = rows.intKey(row);
            mean[row] = rows.firstKey(row);
            xIndex[row] = xs.id(x[row], 0, 0);
        }
        xValues = new int[xs.size()];
        xWeight = new double[xs.size()];
        for (int i = 0; i < xValues.length; i++) {
            xValues[i] = xs.intKey(i);
        }
        for (int row = 0; row < n; row++) {
            xWeight[xIndex[row]] += weight[row];
        }
        this.included = included;
        this.excluded = excluded;
        this.meanOrderValue = meanOrderValue;
        this.frequencySpendCorrelation = correlation;
    }

    /**
     * @param x         repeat purchases per customer
     * @param meanSpend mean value of those repeat purchases per customer (ignored where x = 0)
     */
    public static SpendTable ofCustomers(int[] x, double[] meanSpend) {
        if (x.length != meanSpend.length) {
            throw new IllegalArgumentException("x and meanSpend must have one entry per customer");
        }
        KeyIndex rows = new KeyIndex(Math.max(16, x.length / 4));
        double[] counts = new double[16];
        int included = 0;
        int excluded = 0;
        double sumValue = 0;
        double sumOrders = 0;
        double sx = 0, sm = 0, sxx = 0, smm = 0, sxm = 0;
        for (int i = 0; i < x.length; i++) {
            double m = meanSpend[i];
            if (x[i] < 0 || (x[i] > 0 && (!(m >= 0) || !Double.isFinite(m)))) {
                throw new IllegalArgumentException("customer " + i + ": impossible spend summary x=" + x[i]
                        + ", mean=" + m);
            }
            if (x[i] == 0 || m <= 0) {
                excluded++;
                continue;
            }
            included++;
            int row = rows.id(x[i], m, 0);
            if (row == counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            counts[row]++;
            sumValue += m * x[i];
            sumOrders += x[i];
            sx += x[i];
            sm += m;
            sxx += (double) x[i] * x[i];
            smm += m * m;
            sxm += x[i] * m;
        }
        double correlation = 0;
        if (included > 1) {
            double cov = sxm / included - sx / included * sm / included;
            double vx = sxx / included - Math.pow(sx / included, 2);
            double vm = smm / included - Math.pow(sm / included, 2);
            correlation = vx > 0 && vm > 0 ? cov / Math.sqrt(vx * vm) : 0;
        }
        return new SpendTable(rows, Arrays.copyOf(counts, rows.size()), included, excluded,
                sumOrders > 0 ? sumValue / sumOrders : 0, correlation);
    }

    public int rows() { return x.length; }

    int x(int row) { return x[row]; }

    double mean(int row) { return mean[row]; }

    double weight(int row) { return weight[row]; }

    int xIndex(int row) { return xIndex[row]; }

    int[] xValues() { return xValues; }

    double[] xWeights() { return xWeight; }

    /** Repeat buyers with positive spend: the customers the spend model is fitted on. */
    public int included() { return included; }

    /** Customers left out (no repeat purchase, or repeat orders worth nothing). */
    public int excluded() { return excluded; }

    /** Mean value of a repeat order over the included customers (0 when there are none). */
    public double meanOrderValue() { return meanOrderValue; }

    /** Pearson correlation of x and mean order value over the included customers. */
    public double frequencySpendCorrelation() { return frequencySpendCorrelation; }
}
