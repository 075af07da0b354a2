package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A placed (paid) order as the storefront reported it, in the canonical form adapters map webhooks to.
 *
 * @param orderId  the storefront's order id, unique across storefronts (adapters namespace it if needed)
 * @param placedAt when the customer placed it: the time of every effect it has (no wall clock is read)
 * @param currency the currency every line's prices are in
 */
public record Order(String orderId, String memberId, Channel channel, Instant placedAt, Currency currency,
                    List<Line> lines) {

    public Order {
        Require.id(orderId, "orderId");
        Require.id(memberId, "memberId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("order " + orderId + " has no lines");
        }
    }

    /** The ledger entry id of the points this order earns: {@code order#<orderId>}. */
    public String entryId() {
        return LedgerEntry.orderEntryId(orderId);
    }

    /**
     * One line of an order.
     *
     * @param sku       stock-keeping unit; may be null for lines that are no product (shipping, fees)
     * @param category  product category, or null when the storefront has none
     * @param unitPrice price of one unit in the order's currency, before discounts
     * @param discount  the total discount allocated to this line (order-level discounts spread over lines by
     *                  the adapter), at most {@code quantity × unitPrice}
     */
    public record Line(String sku, String category, LineKind kind, int quantity, BigDecimal unitPrice,
                       BigDecimal discount) {

        public Line {
            String line = "line " + (sku == null ? "(no SKU)" : sku);
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(discount, "discount");
            if (quantity <= 0) {
                throw new IllegalArgumentException(line + ": quantity must be positive, was " + quantity);
            }
            if (unitPrice.signum() < 0 || discount.signum() < 0) {
                throw new IllegalArgumentException(line + ": unit price and discount must not be negative");
            }
            if (discount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity))) > 0) {
                throw new IllegalArgumentException(line + ": discount " + discount
                        + " exceeds the line's price " + unitPrice.multiply(BigDecimal.valueOf(quantity)));
            }
        }

        /** What the customer paid for this line: {@code quantity × unitPrice − discount}. */
        public BigDecimal net() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
        }
    }
}
