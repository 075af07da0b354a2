package com.crmfunctions.events.loyalty;

/** Why a coupon was issued; with a reference, the key that makes issuing idempotent. */
public enum CouponReason {
    /** After the first order; reference: memberId. */
    WELCOME,
    /** An order reached a spend threshold; reference: orderId. */
    SPEND_THRESHOLD,
    /** Gift for a tier upgrade; reference: tierChangeId. */
    TIER_UPGRADE,
    /** Birthday gift; reference: the year. */
    BIRTHDAY,
    /** Win-back offer; reference: winBackId. */
    WIN_BACK,
    /** Bought with points; reference: redemptionId. */
    POINTS_REDEMPTION,
    /** Holiday campaign; reference: campaign id. */
    HOLIDAY_CAMPAIGN
}
