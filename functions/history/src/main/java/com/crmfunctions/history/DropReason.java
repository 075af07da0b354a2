package com.crmfunctions.history;

/**
 * Why a reader left a source row out. Rows are checked in the order of the constants and counted under
 * the first reason that applies (a cancellation line usually also has a negative quantity; it is counted
 * as a cancellation).
 */
public enum DropReason {
    /** No customer id: the purchase cannot be attributed to anyone (guest checkouts in Online Retail). */
    MISSING_CUSTOMER_ID,
    /** Invoice number starting with {@code C}: a cancellation or return, not a purchase. */
    CANCELLATION,
    /** Quantity zero or negative: returns, write-offs and stock adjustments. */
    NON_POSITIVE_QUANTITY,
    /** Unit price zero or negative: free samples, bad-debt adjustments ({@code A} invoices), corrections. */
    NON_POSITIVE_PRICE
}
