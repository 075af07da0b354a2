package com.crmfunctions.events.insights;

/**
 * RFM segment, one-to-one with the churn scoring's segments. On the wire in lower-case snake case
 * ({@code at_risk}).
 */
public enum Segment {
    /** First order, recently: welcome journey. */
    NEW,
    /** High recency, frequency and monetary value: exclusive care. */
    STRATEGIC,
    /** High recency, middling frequency and monetary value: cross-sell. */
    POTENTIAL,
    /** Were frequent or valuable, now lapsing: win them back first. */
    AT_RISK,
    /** Low recency and frequency, middling monetary value: personalised recall. */
    DORMANT,
    /** Low on everything. */
    LOST,
    /** None of the above. */
    REGULAR,
    /**
     * New, at-risk, lost and regular alike, as producers wrote them before the contract named every
     * segment.
     *
     * @deprecated no longer written; kept because consumers must still read version 1 events that
     *             carry it (archived or replayed ones)
     */
    @Deprecated
    GENERAL
}
