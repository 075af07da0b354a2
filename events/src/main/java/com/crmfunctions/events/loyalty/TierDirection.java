package com.crmfunctions.events.loyalty;

/** Whether a tier change moves up or down the ordered tiers. */
public enum TierDirection {
    UPGRADE,
    DOWNGRADE
}
