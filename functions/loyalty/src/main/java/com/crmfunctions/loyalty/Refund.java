package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A refund of (part of) an order, as the storefront reported it. A refund takes back the points of its
 * share of the order (see {@link RefundReversalPolicy}); it may arrive before its order.
 *
 * @param currency must be the order's currency
 * @param lines    what was refunded, line by line (or one {@link #ofAmount merchandise amount})
 */
public record Refund(String refundId, String orderId, String memberId, Instant refundedAt, Currency currency,
                     List<Line> lines) {

    public Refund {
        Require.id(refundId, "refundId");
        Require.id(orderId, "orderId");
        Require.id(memberId, "memberId");
        Objects.requireNonNull(refundedAt, "refundedAt");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("refund " + refundId + " has no lines");
        }
    }

    /** A refund the storefront reported only as an amount of merchandise, not line by line. */
    public static Refund ofAmount(String refundId, String orderId, String memberId, Instant refundedAt,
                                  Money merchandise) {
        return new Refund(refundId, orderId, memberId, refundedAt, merchandise.currency(),
                List.of(new Line(null, LineKind.MERCHANDISE, merchandise.amount())));
    }

    /** The ledger entry id of the points this refund takes back: {@code refund#<refundId>}. */
    public String entryId() {
        return LedgerEntry.refundEntryId(refundId);
    }

    /**
     * One refunded line.
     *
     * @param sku    the order line's SKU, or null when unknown (the refund then counts at the order's average
     *               category weight)
     * @param amount the money given back for this line, in the order's currency
     */
    public record Line(String sku, LineKind kind, BigDecimal amount) {

        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("refund line " + (sku == null ? "(no SKU)" : sku) + ": amount must not be negative, was " + amount);
            }
        }
    }
}
