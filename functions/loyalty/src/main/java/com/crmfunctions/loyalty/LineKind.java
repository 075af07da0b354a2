package com.crmfunctions.loyalty;

/**
 * What an order or refund line is for. Which kinds earn points is configuration
 * ({@code points.eligibleKinds}, by default merchandise only: no shipping, tax, gift cards or fees).
 */
public enum LineKind {
    MERCHANDISE, SHIPPING, TAX, GIFT_CARD, FEE;

    /** The lower-case name used in events and configuration, e.g. {@code gift_card}. */
    public String code() {
        return Codes.code(this);
    }

    /** @throws IllegalArgumentException naming the accepted codes when {@code code} is none of them */
    public static LineKind fromCode(String code) {
        return Codes.parse(LineKind.class, "line kind", code);
    }
}
