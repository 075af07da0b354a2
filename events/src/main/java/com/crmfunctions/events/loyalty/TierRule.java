package com.crmfunctions.events.loyalty;

/** The rule that decided a tier change. */
public enum TierRule {
    /** Qualifying spend reached the threshold of a higher tier: upgrade at once. */
    SPEND_THRESHOLD_REACHED,
    /** At the periodic review, a tier held for the minimum period no longer qualifies: downgrade. */
    REVIEW_SPEND_BELOW_THRESHOLD
}
