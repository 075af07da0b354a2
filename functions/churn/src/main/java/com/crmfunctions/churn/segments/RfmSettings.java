package com.crmfunctions.churn.segments;

/**
 * RFM scoring and segment thresholds.
 *
 * @param bins  score levels per dimension (default 5: quintiles, scores 1 to 5, 5 best)
 * @param high  a score at or above this is "high" (default 4)
 * @param low   a score at or below this is "low" (default 2); between low and high is "middling"
 */
public record RfmSettings(int bins, int high, int low) {

    public RfmSettings {
        if (bins < 2 || bins > 100) {
            throw new IllegalArgumentException("bins must be 2 to 100, was " + bins);
        }
        if (!(1 <= low && low < high && high <= bins)) {
            throw new IllegalArgumentException("need 1 <= low < high <= bins, was low=" + low + ", high=" + high);
        }
    }

    /** Quintiles; 4-5 high, 1-2 low, 3 middling. */
    public static RfmSettings defaults() { return new RfmSettings(5, 4, 2); }

    boolean isHigh(int score) { return score >= high; }

    boolean isLow(int score) { return score <= low; }

    boolean isMiddling(int score) { return score > low && score < high; }
}
