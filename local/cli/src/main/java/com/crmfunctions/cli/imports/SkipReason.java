package com.crmfunctions.cli.imports;

/**
 * Why an order-history row is not sent. A row is counted under the first reason that applies, in the order
 * of the constants.
 */
public enum SkipReason {
    NO_CUSTOMER("no customer id (guest purchase: nobody to credit)"),
    NO_INVOICE("no invoice number"),
    NO_STOCK_CODE("no stock code"),
    TEST_PRODUCT("test product (TEST001, TEST002)"),
    MANUAL("manual entry (M): a hand-keyed amount that names no product"),
    DISCOUNT("discount granted after the sale (D): names no order line"),
    ADJUSTMENT("accounting adjustment (ADJUST, ADJUST2, B bad debt)"),
    SHOP_CHARGE("charge to the shop, not the customer (AMAZONFEE, CRUK commission)"),
    SAMPLES("samples (S)"),
    NON_POSITIVE_PRICE("zero or negative unit price (free items, corrections)"),
    QUANTITY_SIGN("quantity zero, or its sign contradicts the invoice (a sale needs > 0, a cancellation < 0)");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
