package com.crmfunctions.churn.segments;

import java.util.Locale;

/** Where a member is in their life as a customer. */
public enum LifecycleStage {
    /** New: only the first order so far. */
    INTRODUCTION,
    /** Repeat buying. */
    GROWTH,
    /** Established and high value. */
    MATURITY,
    /** Falling activity: the early warning, shown before churn. */
    DECLINE,
    /** Gone, as far as the model can tell. */
    CHURNED;

    /** Lower-case name, as in the {@code CustomerScored} event ({@code decline}, {@code churned}). */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
