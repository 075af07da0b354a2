package com.crmfunctions.churn.fit;

/**
 * Customer summaries (x = repeat purchase days, tx = time of the last purchase since the first, T = time
 * since the first purchase) grouped into distinct rows, columnar, so that fitting and scoring cost by
 * distinct rows rather than by customers.
 *
 * <p>Besides the rows it keeps the distinct values of x, T and tx and the distinct (x, T) pairs with a
 * per-row index into each, so the log-gamma terms are computed once per x, the logarithms once per T
 * and tx, and everything that does not depend on tx once per (x, T).
 */
public final class SummaryTable {

    private final int customers;
    private final int[] rowOfCustomer;
    private final int[] x;
    private final double[] tx;
    private final double[] t;
    private final double[] weight;
    private final int[] xIndex;
    private final int[] xValues;
    private final double[] xWeight;
    private final int[] tIndex;
    private final double[] tValues;
    private final int[] txIndex;
    private final double[] txValues;
    private final int[] groupIndex;
    private final int[] groupX;
    private final double[] groupT;
    private final double totalWeight;
    private final double repeatPurchases;
    private final double totalAge;

    private SummaryTable(int customers, int[] rowOfCustomer, KeyIndex rows, double[] weight) {
        this.customers = customers;
        this.rowOfCustomer = rowOfCustomer;
        int n = rows.size();
        x = new int[n];
        tx = new double[n];
        t = new double[n];
        this.weight = weight;
        KeyIndex xs = new KeyIndex(64);
        KeyIndex ts = new KeyIndex(1024);
        KeyIndex txs = new KeyIndex(1024);
        KeyIndex groups = new KeyIndex(Math.max(16, n / 4));
        xIndex = new int[n];
        tIndex = new int[n];
        txIndex = new int[n];
        groupIndex = new int[n];
        double total = 0;
        double purchases = 0;
        double age = 0;
        for (int row = 0; row < n; row++) {
            x[row] = rows.intKey(row);
            tx[row] = rows.firstKey(row);
            t[row] = rows.secondKey(row);
            xIndex[row] = xs.id(x[row], 0, 0);
            tIndex[row] = ts.id(0, t[row], 0);
            txIndex[row] = txs.id(0, tx[row], 0);
            groupIndex[row] = groups.id(x[row], t[row], 0);
            total += weight[row];
            purchases += weight[row] * x[row];
            age += weight[row] * t[row];
        }
        xValues = new int[xs.size()];
        xWeight = new double[xs.size()];
        for (int i = 0; i < xValues.length; i++) {
            xValues[i] = xs.intKey(i);
        }
        for (int row = 0; row < n; row++) {
            xWeight[xIndex[row]] += weight[row];
        }
        tValues = new double[ts.size()];
        for (int i = 0; i < tValues.length; i++) {
            tValues[i] = ts.firstKey(i);
        }
        txValues = new double[txs.size()];
        for (int i = 0; i < txValues.length; i++) {
            txValues[i] = txs.firstKey(i);
        }
        groupX = new int[groups.size()];
        groupT = new double[groups.size()];
        for (int i = 0; i < groupX.length; i++) {
            groupX[i] = groups.intKey(i);
            groupT[i] = groups.firstKey(i);
        }
        totalWeight = total;
        repeatPurchases = purchases;
        totalAge = age;
    }

    /**
     * Groups one summary per customer.
     *
     * @throws IllegalArgumentException naming the first customer index whose summary is impossible
     *                                  (negative or non-finite values, {@code tx > T}, or {@code tx != 0}
     *                                  with {@code x = 0})
     */
    public static SummaryTable ofCustomers(int[] x, double[] tx, double[] bigT) {
        if (x.length != tx.length || x.length != bigT.length) {
            throw new IllegalArgumentException("x, tx and T must have one entry per customer");
        }
        int customers = x.length;
        KeyIndex rows = new KeyIndex(Math.max(16, customers / 2));
        int[] rowOfCustomer = new int[customers];
        double[] counts = new double[Math.max(16, customers / 2)];
        for (int i = 0; i < customers; i++) {
            validate(i, x[i], tx[i], bigT[i]);
            int row = rows.id(x[i], tx[i], bigT[i]);
            if (row == counts.length) {
                counts = java.util.Arrays.copyOf(counts, counts.length * 2);
            }
            counts[row]++;
            rowOfCustomer[i] = row;
        }
        return new SummaryTable(customers, rowOfCustomer, rows, java.util.Arrays.copyOf(counts, rows.size()));
    }

    private static void validate(int i, int x, double tx, double bigT) {
        if (x < 0 || !(tx >= 0) || !(bigT >= 0) || !Double.isFinite(tx) || !Double.isFinite(bigT) || tx > bigT
                || (x == 0 && tx != 0)) {
            throw new IllegalArgumentException("customer " + i + ": impossible summary x=" + x + ", tx=" + tx
                    + ", T=" + bigT + " (need x >= 0, 0 <= tx <= T, tx = 0 when x = 0)");
        }
    }

    public int customers() { return customers; }

    public int rows() { return x.length; }

    /** Row of customer {@code i} in the order the customers were given. */
    public int rowOfCustomer(int i) { return rowOfCustomer[i]; }

    public int x(int row) { return x[row]; }

    public double tx(int row) { return tx[row]; }

    public double bigT(int row) { return t[row]; }

    /** Customers in the row. */
    public double weight(int row) { return weight[row]; }

    public double totalWeight() { return totalWeight; }

    /** Sum of x over customers. */
    public double repeatPurchases() { return repeatPurchases; }

    /** Sum of T over customers. */
    public double totalAge() { return totalAge; }

    /** Index of the row's x among the distinct x values. */
    public int xIndex(int row) { return xIndex[row]; }

    public int distinctX() { return xValues.length; }

    public int distinctXValue(int index) { return xValues[index]; }

    /** Index of the row's T among the distinct T values. */
    public int tIndex(int row) { return tIndex[row]; }

    public int distinctT() { return tValues.length; }

    public double distinctTValue(int index) { return tValues[index]; }

    /** Index of the row's tx among the distinct tx values. */
    public int txIndex(int row) { return txIndex[row]; }

    public int distinctTx() { return txValues.length; }

    public double distinctTxValue(int index) { return txValues[index]; }

    int[] xValues() { return xValues; }

    double[] xWeights() { return xWeight; }

    double[] tValues() { return tValues; }

    double[] txValues() { return txValues; }

    /** Index of the row's (x, T) group. */
    public int groupIndex(int row) { return groupIndex[row]; }

    public int groups() { return groupX.length; }

    public int groupX(int group) { return groupX[group]; }

    public double groupT(int group) { return groupT[group]; }
}
