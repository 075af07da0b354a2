package com.crmfunctions.churn.analysis;

import com.crmfunctions.churn.fit.SpendTable;
import com.crmfunctions.churn.fit.SummaryTable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Per-customer summaries of a calibration period (and optional holdout period), columnar. Times are in
 * {@link #unit()}: {@code x} repeat purchase days, {@code tx} time from first to last purchase, {@code T}
 * time from first purchase to the calibration end.
 */
public final class CalibrationSummary {

    private final PeriodUnit unit;
    private final LocalDate calibrationEnd;
    private final LocalDate holdoutEnd;
    private final String[] ids;
    private final int[] x;
    private final double[] tx;
    private final double[] bigT;
    private final double[] meanRepeatSpend;
    private final double[] totalSpend;
    private final int[] daysSinceLast;
    private final LocalDate[] firstPurchase;
    private final int[] holdoutPurchases;
    private final double[] holdoutSpend;
    private final String[] topCategory;
    private final int lateCustomers;

    private CalibrationSummary(Builder b) {
        int n = b.size;
        unit = b.unit;
        calibrationEnd = b.calibrationEnd;
        holdoutEnd = b.holdoutEnd;
        ids = Arrays.copyOf(b.ids, n);
        x = Arrays.copyOf(b.x, n);
        tx = Arrays.copyOf(b.tx, n);
        bigT = Arrays.copyOf(b.bigT, n);
        meanRepeatSpend = Arrays.copyOf(b.meanRepeatSpend, n);
        totalSpend = Arrays.copyOf(b.totalSpend, n);
        daysSinceLast = Arrays.copyOf(b.daysSinceLast, n);
        firstPurchase = Arrays.copyOf(b.firstPurchase, n);
        holdoutPurchases = Arrays.copyOf(b.holdoutPurchases, n);
        holdoutSpend = Arrays.copyOf(b.holdoutSpend, n);
        topCategory = Arrays.copyOf(b.topCategory, n);
        lateCustomers = b.late;
    }

    public PeriodUnit unit() { return unit; }

    public LocalDate calibrationEnd() { return calibrationEnd; }

    public Optional<LocalDate> holdoutEnd() { return Optional.ofNullable(holdoutEnd); }

    /** Length of the holdout period in {@link #unit()}, 0 without one. */
    public double holdoutLength() {
        return holdoutEnd == null ? 0 : unit.fromDays(holdoutEnd.toEpochDay() - calibrationEnd.toEpochDay());
    }

    public int customers() { return ids.length; }

    public String id(int i) { return ids[i]; }

    public int x(int i) { return x[i]; }

    public double tx(int i) { return tx[i]; }

    public double bigT(int i) { return bigT[i]; }

    /** Mean value of the customer's repeat purchase days (0 without repeat purchase). */
    public double meanRepeatSpend(int i) { return meanRepeatSpend[i]; }

    /** Total spend in the calibration period, first purchase included. */
    public double totalSpend(int i) { return totalSpend[i]; }

    /** Whole days from the last purchase to the calibration end (recency in days). */
    public int daysSinceLast(int i) { return daysSinceLast[i]; }

    public LocalDate firstPurchase(int i) { return firstPurchase[i]; }

    /** Purchase days in the holdout period. */
    public int holdoutPurchases(int i) { return holdoutPurchases[i]; }

    public double holdoutSpend(int i) { return holdoutSpend[i]; }

    /** The category with the most spend, when the data has categories. */
    public Optional<String> topCategory(int i) { return Optional.ofNullable(topCategory[i]); }

    /** Customers whose first purchase came after the calibration end (not in the cohort). */
    public int lateCustomers() { return lateCustomers; }

    public int[] xColumn() { return x.clone(); }

    public SummaryTable summaryTable() { return SummaryTable.ofCustomers(x, tx, bigT); }

    public SpendTable spendTable() { return SpendTable.ofCustomers(x, meanRepeatSpend); }

    static final class Builder {
        private final PeriodUnit unit;
        private final LocalDate calibrationEnd;
        private final LocalDate holdoutEnd;
        private String[] ids;
        private int[] x;
        private double[] tx;
        private double[] bigT;
        private double[] meanRepeatSpend;
        private double[] totalSpend;
        private int[] daysSinceLast;
        private LocalDate[] firstPurchase;
        private int[] holdoutPurchases;
        private double[] holdoutSpend;
        private String[] topCategory;
        private int size;
        private int late;

        Builder(int capacity, PeriodUnit unit, LocalDate calibrationEnd, LocalDate holdoutEnd) {
            this.unit = unit;
            this.calibrationEnd = calibrationEnd;
            this.holdoutEnd = holdoutEnd;
            ids = new String[capacity];
            x = new int[capacity];
            tx = new double[capacity];
            bigT = new double[capacity];
            meanRepeatSpend = new double[capacity];
            totalSpend = new double[capacity];
            daysSinceLast = new int[capacity];
            firstPurchase = new LocalDate[capacity];
            holdoutPurchases = new int[capacity];
            holdoutSpend = new double[capacity];
            topCategory = new String[capacity];
        }

        void skipLateCustomer() { late++; }

        void add(String id, int repeat, double last, double age, double meanRepeat, double total, int recencyDays,
                 LocalDate first, int holdoutDays, double holdoutValue, String category) {
            ids[size] = id;
            x[size] = repeat;
            tx[size] = last;
            bigT[size] = age;
            meanRepeatSpend[size] = meanRepeat;
            totalSpend[size] = total;
            daysSinceLast[size] = recencyDays;
            firstPurchase[size] = first;
            holdoutPurchases[size] = holdoutDays;
            holdoutSpend[size] = holdoutValue;
            topCategory[size] = category;
            size++;
        }

        CalibrationSummary build() { return new CalibrationSummary(this); }
    }
}
