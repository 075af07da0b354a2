package com.crmfunctions.churn.segments;

/** Recency, frequency and monetary scores, each 1 (worst) to the number of bins (best). */
public record RfmScore(int recency, int frequency, int monetary) {

    /** The usual three-digit code, e.g. {@code 545}. */
    public String code() { return "" + recency + frequency + monetary; }
}
