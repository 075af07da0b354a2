package com.crmfunctions.events.insights;

/** RFM segment. */
public enum Segment {
    /** High recency, frequency and monetary value: exclusive care. */
    STRATEGIC,
    /** High recency, middling frequency and monetary value: cross-sell. */
    POTENTIAL,
    /** Low recency and frequency, middling monetary value: personalised recall. */
    DORMANT,
    /** Everyone else. */
    GENERAL
}
