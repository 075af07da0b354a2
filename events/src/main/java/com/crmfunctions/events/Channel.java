package com.crmfunctions.events;

/** Sales channel of an order, a ledger entry or a coupon redemption. */
public enum Channel {
    /** Online web shop. */
    WEB,
    /** Mobile app. */
    APP,
    /** Store on a marketplace. */
    MARKETPLACE,
    /** Physical store, point of sale. */
    POS
}
