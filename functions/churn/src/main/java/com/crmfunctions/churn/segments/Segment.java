package com.crmfunctions.churn.segments;

import java.util.Locale;

/** Named RFM segments and what the domain does with them. */
public enum Segment {
    /** First order, recently: welcome journey. */
    NEW,
    /** High recency, frequency and value: exclusive care. */
    STRATEGIC,
    /** High recency, middling frequency and value: cross-sell. */
    POTENTIAL,
    /** Were frequent or valuable, now lapsing: win them back first. */
    AT_RISK,
    /** Low recency and frequency, middling value: personalised recall. */
    DORMANT,
    /** Low on everything. */
    LOST,
    /** None of the above. */
    REGULAR;

    /** Lower-case name with hyphens ({@code at-risk}), as shown and exported. */
    public String label() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
