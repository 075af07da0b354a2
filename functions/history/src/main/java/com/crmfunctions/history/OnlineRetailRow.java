package com.crmfunctions.history;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of a UCI Online Retail export exactly as the file has it, before any cleaning: sales, cancellations
 * ({@code C} invoices, negative quantities), adjustments and rows without a customer alike.
 *
 * @param line        one-based line of the row in the (decompressed) file
 * @param invoice     the invoice number; a leading {@code C} marks a cancellation
 * @param stockCode   the product or adjustment code ({@code 85123A}, {@code POST}, {@code M}), possibly empty
 * @param quantity    units, negative on cancellations
 * @param invoiceDate local UK time of the invoice
 * @param price       unit price in sterling
 * @param customerId  the customer, without the {@code .0} of a decimal export; empty when the row has none
 */
public record OnlineRetailRow(long line, String invoice, String stockCode, int quantity, LocalDateTime invoiceDate,
                              BigDecimal price, String customerId) {

    public OnlineRetailRow {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(stockCode, "stockCode");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(customerId, "customerId");
    }

    /** Whether the invoice is a cancellation (its number starts with {@code C}). */
    public boolean cancellation() {
        return invoice.startsWith("C") || invoice.startsWith("c");
    }

    public boolean hasCustomer() {
        return !customerId.isEmpty();
    }
}
