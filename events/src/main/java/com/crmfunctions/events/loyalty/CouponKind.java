package com.crmfunctions.events.loyalty;

/** What a coupon gives. */
public enum CouponKind {
    AMOUNT_OFF,
    PERCENT_OFF,
    FREE_SHIPPING
}
