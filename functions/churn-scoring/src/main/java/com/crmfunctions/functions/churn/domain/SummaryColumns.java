package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.fit.SpendTable;
import com.crmfunctions.churn.fit.SummaryTable;
import java.util.Arrays;

/**
 * Member summaries as primitive columns, about 28 bytes a member: what the coordinator keeps of the members it
 * reads for the fit (ids, categories and item maps are dropped as soon as each member is summarised). Not
 * thread-safe: each scanning thread fills its own and {@link #addAll} merges them.
 */
public final class SummaryColumns {

    private int size;
    private int[] x;
    private int[] spanDays;
    private int[] ageDays;
    private double[] meanValue;
    private double[] netSpend;

    public SummaryColumns() {
        this(1024);
    }

    public SummaryColumns(int capacity) {
        int initial = Math.max(16, capacity);
        x = new int[initial];
        spanDays = new int[initial];
        ageDays = new int[initial];
        meanValue = new double[initial];
        netSpend = new double[initial];
    }

    public void add(MemberSummary member) {
        add(member.x(), member.spanDays(), member.ageDays(), member.meanPurchaseValue(), member.netSpend().doubleValue());
    }

    public void addAll(SummaryColumns other) {
        for (int i = 0; i < other.size; i++) {
            add(other.x[i], other.spanDays[i], other.ageDays[i], other.meanValue[i], other.netSpend[i]);
        }
    }

    private void add(int repeat, int span, int age, double mean, double spend) {
        if (size == x.length) {
            int capacity = size + (size >> 1);
            x = Arrays.copyOf(x, capacity);
            spanDays = Arrays.copyOf(spanDays, capacity);
            ageDays = Arrays.copyOf(ageDays, capacity);
            meanValue = Arrays.copyOf(meanValue, capacity);
            netSpend = Arrays.copyOf(netSpend, capacity);
        }
        x[size] = repeat;
        spanDays[size] = span;
        ageDays[size] = age;
        meanValue[size] = mean;
        netSpend[size] = spend;
        size++;
    }

    public int size() { return size; }

    /** Repeat purchase days per member. */
    public int[] x() { return Arrays.copyOf(x, size); }

    /** Net spend per purchase day per member (the Gamma-Gamma input). */
    public double[] meanValues() { return Arrays.copyOf(meanValue, size); }

    /** The members' (x, t_x, T) in {@code unit}, grouped. */
    public SummaryTable summaryTable(PeriodUnit unit) {
        double[] tx = new double[size];
        double[] bigT = new double[size];
        for (int i = 0; i < size; i++) {
            tx[i] = unit.fromDays(spanDays[i]);
            bigT[i] = unit.fromDays(ageDays[i]);
        }
        return SummaryTable.ofCustomers(x(), tx, bigT);
    }

    /** The repeat buyers' (x, mean value), grouped. */
    public SpendTable spendTable() {
        return SpendTable.ofCustomers(x(), meanValues());
    }

    /** Days since the last purchase day (RFM recency). */
    public double[] recencyDays() {
        double[] days = new double[size];
        for (int i = 0; i < size; i++) {
            days[i] = ageDays[i] - spanDays[i];
        }
        return days;
    }

    /** Purchase days (RFM frequency). */
    public double[] purchaseDays() {
        double[] days = new double[size];
        for (int i = 0; i < size; i++) {
            days[i] = x[i] + 1.0;
        }
        return days;
    }

    /** Net spend (RFM monetary value). */
    public double[] netSpend() { return Arrays.copyOf(netSpend, size); }
}
