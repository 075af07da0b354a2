package com.crmfunctions.events.storefront;

/** What an order line is. Only {@link #MERCHANDISE} counts as eligible spend. */
public enum LineKind {
    MERCHANDISE,
    SHIPPING,
    TAX,
    /** A gift card sold (not a gift card used as payment: payment data is not collected). */
    GIFT_CARD,
    /** Gift wrap, handling and similar charges. */
    FEE
}
