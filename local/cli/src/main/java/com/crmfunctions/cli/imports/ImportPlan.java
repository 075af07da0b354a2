package com.crmfunctions.cli.imports;

import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import sends, decided before anything is sent: the events in time order, the rows left out and
 * why, and the cancellation units parked.
 */
final class ImportPlan {

    private final long rows;
    private final Map<SkipReason, Long> skipped;
    private final List<PlannedEvent> events;
    private final List<ParkedLine> parked;

    private ImportPlan(Builder builder) {
        this.rows = builder.rows;
        this.skipped = Collections.unmodifiableMap(new EnumMap<>(builder.skipped));
        builder.events.sort(PlannedEvent.CHRONOLOGICAL);
        this.events = List.copyOf(builder.events);
        this.parked = List.copyOf(builder.parked);
    }

    /** Orders from the invoices of an Online Retail export, and refunds from its cancellations ({@link CancellationMatcher}). */
    static ImportPlan onlineRetail(OnlineRetailInvoices read, String storefront) {
        OrderEvents mapping = new OrderEvents(storefront);
        CancellationMatcher matcher = new CancellationMatcher();
        Builder plan = new Builder(read.rows(), read.skipped());
        for (Invoice invoice : read.invoices()) {
            if (invoice.cancellation()) {
                CancellationMatcher.Match match = matcher.cancel(invoice);
                plan.parked.addAll(match.parked());
                mapping.refunds(match).forEach(refund -> plan.add(invoice.sequence(), refund));
            } else {
                matcher.sale(invoice);
                plan.add(invoice.sequence(), mapping.orderPlaced(invoice));
            }
        }
        return plan.build();
    }

    long rows() { return rows; }

    Map<SkipReason, Long> skipped() { return skipped; }

    long skippedTotal() { return skipped.values().stream().mapToLong(Long::longValue).sum(); }

    /** The events to send, in {@link PlannedEvent#CHRONOLOGICAL} order. */
    List<PlannedEvent> events() { return events; }

    long orders() { return events.stream().filter(e -> !e.isRefund()).count(); }

    long refunds() { return events.stream().filter(PlannedEvent::isRefund).count(); }

    long customers() { return events.stream().map(PlannedEvent::memberId).distinct().count(); }

    List<ParkedLine> parked() { return parked; }

    BigDecimal parkedAmount() { return parked.stream().map(ParkedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add); }

    long parkedInvoices() { return parked.stream().map(ParkedLine::invoice).distinct().count(); }

    /** Collects a plan. */
    static final class Builder {
        private final long rows;
        private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        private final List<PlannedEvent> events = new ArrayList<>();
        private final List<ParkedLine> parked = new ArrayList<>();

        Builder(long rows, Map<SkipReason, Long> skipped) {
            this.rows = rows;
            this.skipped.putAll(skipped);
        }

        /** Adds an order or a refund. */
        void add(long sequence, EventDetail detail) {
            events.add(new PlannedEvent(sequence, detail));
        }

        ImportPlan build() { return new ImportPlan(this); }
    }
}
