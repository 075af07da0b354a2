package com.crmfunctions.events.engagement;

/** Whether a message needs consent and counts toward the frequency cap. */
public enum MessageCategory {
    /** Needs marketing consent, carries an unsubscribe link, counts toward the frequency cap. */
    MARKETING,
    /** A notice the member needs (points, tier, coupon): no marketing consent needed. */
    TRANSACTIONAL
}
