package com.crmfunctions.cli.imports;

import com.crmfunctions.history.HistoryFormatException;
import com.crmfunctions.history.OnlineRetailRow;
import com.crmfunctions.history.OnlineRetailRows;
import com.crmfunctions.history.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the rows of a UCI Online Retail export into {@link Invoice}s, leaving out the rows that are not a
 * customer's purchase or return. A row is skipped under the first reason that applies ({@link SkipReason}):
 * no customer id; no invoice number; a stock code that is not imported ({@link StockCodes}); a unit price of
 * zero or less; a quantity of zero, or negative on a sale, or positive on a cancellation.
 *
 * <p>Invoice dates are local times of the shop's zone (Europe/London for the UCI data). Rows of one invoice
 * with the same stock code and price are merged; all rows of an invoice must name the same customer.
 */
final class OnlineRetailInvoices {

    private final ZoneId zone;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private long rows;

    OnlineRetailInvoices(ZoneId zone) {
        this.zone = zone;
    }

    /** Reads a file, plain or gzip-compressed. */
    static OnlineRetailInvoices read(Path file, ZoneId zone) throws IOException {
        try (InputStream in = TransactionReader.decompressIfGzip(Files.newInputStream(file))) {
            return read(in, zone);
        }
    }

    /** Reads a plain text stream. */
    static OnlineRetailInvoices read(InputStream text, ZoneId zone) throws IOException {
        OnlineRetailInvoices invoices = new OnlineRetailInvoices(zone);
        new OnlineRetailRows().read(text, invoices::add);
        return invoices;
    }

    void add(OnlineRetailRow row) throws HistoryFormatException {
        rows++;
        Optional<SkipReason> skip = skipReason(row);
        if (skip.isPresent()) {
            skipped.merge(skip.get(), 1L, Long::sum);
            return;
        }
        Draft draft = drafts.computeIfAbsent(row.invoice(), number -> new Draft(number, row.customerId(), row.cancellation(), rows));
        if (!draft.customerId.equals(row.customerId())) {
            throw new HistoryFormatException(row.line(), "invoice " + row.invoice() + " names customer " + row.customerId()
                    + " after " + draft.customerId + ": one invoice is one customer's");
        }
        draft.add(row);
    }

    private static Optional<SkipReason> skipReason(OnlineRetailRow row) {
        if (!row.hasCustomer()) return Optional.of(SkipReason.NO_CUSTOMER);
        if (row.invoice().isEmpty()) return Optional.of(SkipReason.NO_INVOICE);
        Optional<SkipReason> code = StockCodes.skipReason(row.stockCode());
        if (code.isPresent()) return code;
        if (row.price().signum() <= 0) return Optional.of(SkipReason.NON_POSITIVE_PRICE);
        if (row.cancellation() ? row.quantity() >= 0 : row.quantity() <= 0) return Optional.of(SkipReason.QUANTITY_SIGN);
        return Optional.empty();
    }

    long rows() {
        return rows;
    }

    /** Rows left out, by reason. */
    Map<SkipReason, Long> skipped() {
        return Map.copyOf(skipped);
    }

    /** The invoices in {@link Invoice#CHRONOLOGICAL} order. */
    List<Invoice> invoices() {
        List<Invoice> invoices = new ArrayList<>(drafts.size());
        for (Draft draft : drafts.values()) {
            invoices.add(draft.invoice(zone));
        }
        invoices.sort(Invoice.CHRONOLOGICAL);
        return invoices;
    }

    /** The rows of one invoice so far. */
    private static final class Draft {
        final String number;
        final String customerId;
        final boolean cancellation;
        final long sequence;
        LocalDateTime at;
        /** Stock code → unit price (2.1 and 2.10 are one) → price as first written and units, in the order first seen. */
        final Map<String, Map<BigDecimal, PricedUnits>> units = new LinkedHashMap<>();

        Draft(String number, String customerId, boolean cancellation, long sequence) {
            this.number = number;
            this.customerId = customerId;
            this.cancellation = cancellation;
            this.sequence = sequence;
        }

        void add(OnlineRetailRow row) {
            if (at == null || row.invoiceDate().isBefore(at)) at = row.invoiceDate();
            units.computeIfAbsent(row.stockCode(), code -> new LinkedHashMap<>())
                    .computeIfAbsent(row.price().stripTrailingZeros(), price -> new PricedUnits(row.price()))
                    .add(Math.abs(row.quantity()));
        }

        Invoice invoice(ZoneId zone) {
            List<Invoice.Line> lines = new ArrayList<>();
            units.forEach((code, byPrice) -> {
                String lineId = LineIds.of(code);
                int variant = 0;
                for (PricedUnits price : byPrice.values()) {
                    variant++;
                    lines.add(new Invoice.Line(variant == 1 ? lineId : lineId + ":" + variant, code, StockCodes.kind(code),
                            price.units, price.price));
                }
            });
            return new Invoice(number, customerId, at.atZone(zone).toInstant(), cancellation, sequence, lines);
        }
    }

    /** Units of one stock code at one price. */
    private static final class PricedUnits {
        final BigDecimal price;
        int units;

        PricedUnits(BigDecimal price) {
            this.price = price;
        }

        void add(int more) {
            units = Math.addExact(units, more);
        }
    }
}
