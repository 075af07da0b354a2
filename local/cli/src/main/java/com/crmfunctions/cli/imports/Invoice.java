package com.crmfunctions.cli.imports;

import com.crmfunctions.events.storefront.LineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An invoice of an Online Retail history, its imported rows grouped: a sale becomes one {@code OrderPlaced},
 * a cancellation ({@code C} invoice) refunds lines of earlier sales.
 *
 * @param at       the invoice's time (its earliest row, when rows of one invoice differ by a minute)
 * @param sequence position of the invoice's first row in the file, to keep file order among equal times
 * @param lines    one per stock code and unit price, duplicate rows merged
 */
record Invoice(String number, String customerId, Instant at, boolean cancellation, long sequence, List<Line> lines) {

    /** Time order; at the same minute sales come before cancellations (which may refund them), then file order. */
    static final Comparator<Invoice> CHRONOLOGICAL = Comparator.comparing(Invoice::at)
            .thenComparing(Invoice::cancellation).thenComparingLong(Invoice::sequence);

    Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
    }

    /**
     * One stock code at one unit price.
     *
     * @param lineId   the order line id: the stock code made a valid id, {@code :2}, {@code :3}… for further prices
     * @param quantity units, positive also on cancellations (where they are units returned)
     */
    record Line(String lineId, String stockCode, LineKind kind, int quantity, BigDecimal unitPrice) {

        BigDecimal amount() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }
}
