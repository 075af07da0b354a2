package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.RfmScorer;
import com.crmfunctions.churn.segments.RfmSettings;
import java.util.Arrays;
import java.util.Objects;

/**
 * Population-wide RFM quintile cut points, so that a worker that sees one segment of the members scores every member
 * against the whole population.
 *
 * <p>The coordinator scores its members (all of them, or the sample) with the churn module's {@link RfmScorer}
 * (mid-rank quintiles) and keeps, per dimension and per score {@code k = 2..5}, the value at which that score
 * starts: the least frequency and monetary value scoring at least {@code k}, the most days since the last purchase
 * scoring at least {@code k}. Scoring a value then counts the cut points it reaches. Because the mid-rank score
 * never falls as a value gets better, this reproduces {@link RfmScorer} exactly on the members the cut points
 * came from; a value between them (a member who bought since) scores like its neighbours.
 *
 * <p>A score that no member reached has no cut point ({@code NaN} here, absent in storage): nobody reaches it.
 *
 * @param recencyDays score ≥ {@code k} when days since the last purchase ≤ {@code recencyDays[k - 2]}
 * @param frequency   score ≥ {@code k} when purchase days ≥ {@code frequency[k - 2]}
 * @param monetary    score ≥ {@code k} when net spend ≥ {@code monetary[k - 2]}
 */
public record RfmCutPoints(double[] recencyDays, double[] frequency, double[] monetary) {

    /** Score levels: quintiles, as the CustomerScored contract has them (1 to 5). */
    public static final int BINS = 5;

    public RfmCutPoints {
        recencyDays = checked("recencyDays", recencyDays);
        frequency = checked("frequency", frequency);
        monetary = checked("monetary", monetary);
    }

    /** Cut points of a population (or a uniform sample of it): one recency, frequency and monetary value each. */
    public static RfmCutPoints of(double[] recencyDays, double[] purchaseDays, double[] netSpend) {
        RfmScore[] scores = new RfmScorer(new RfmSettings(BINS, 4, 2)).score(recencyDays, purchaseDays, netSpend);
        int n = scores.length;
        int[] r = new int[n];
        int[] f = new int[n];
        int[] m = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = scores[i].recency();
            f[i] = scores[i].frequency();
            m[i] = scores[i].monetary();
        }
        return new RfmCutPoints(lowestReaching(negated(recencyDays), r, true), lowestReaching(purchaseDays, f, false),
                lowestReaching(netSpend, m, false));
    }

    public RfmScore score(double daysSinceLast, double purchaseDays, double netSpend) {
        int recency = 1;
        for (double cut : recencyDays) {
            if (daysSinceLast <= cut) {
                recency++;
            }
        }
        return new RfmScore(recency, 1 + reached(purchaseDays, frequency), 1 + reached(netSpend, monetary));
    }

    /** For each score k = 2..BINS, the least value scoring at least k (negated back when {@code negate}). */
    private static double[] lowestReaching(double[] values, int[] scores, boolean negate) {
        double[] cuts = new double[BINS - 1];
        Arrays.fill(cuts, Double.NaN);
        for (int i = 0; i < values.length; i++) {
            for (int k = 2; k <= scores[i]; k++) {
                if (Double.isNaN(cuts[k - 2]) || values[i] < cuts[k - 2]) {
                    cuts[k - 2] = values[i];
                }
            }
        }
        return negate ? negated(cuts) : cuts;
    }

    private static int reached(double value, double[] cuts) {
        int count = 0;
        for (double cut : cuts) {
            if (value >= cut) {
                count++;
            }
        }
        return count;
    }

    private static double[] negated(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    @Override
    public double[] recencyDays() { return recencyDays.clone(); }

    @Override
    public double[] frequency() { return frequency.clone(); }

    @Override
    public double[] monetary() { return monetary.clone(); }

    private static double[] checked(String name, double[] cuts) {
        Objects.requireNonNull(cuts, name);
        if (cuts.length != BINS - 1) {
            throw new IllegalArgumentException(name + ": " + (BINS - 1) + " cut points expected, got " + cuts.length);
        }
        return cuts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RfmCutPoints && Arrays.equals(recencyDays, ((RfmCutPoints) other).recencyDays)
                && Arrays.equals(frequency, ((RfmCutPoints) other).frequency)
                && Arrays.equals(monetary, ((RfmCutPoints) other).monetary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(recencyDays), Arrays.hashCode(frequency), Arrays.hashCode(monetary));
    }

    @Override
    public String toString() {
        return "RfmCutPoints[recencyDays=" + Arrays.toString(recencyDays) + ", frequency=" + Arrays.toString(frequency)
                + ", monetary=" + Arrays.toString(monetary) + "]";
    }
}
