package com.crmfunctions.cli.imports;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.OrderTotals;
import com.crmfunctions.events.storefront.RefundedLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns Online Retail invoices into the canonical events: a sale is an {@code OrderPlaced} (channel web,
 * currency GBP, member = customer id, one line per stock code and price, no discounts); the lines a
 * cancellation returns to one order are an {@code OrderRefunded} of that order, whose line amounts are the
 * returned units times the cancellation's unit price.
 *
 * <p>Refund ids: the {@code C} invoice number when the cancellation refunds one order; when it refunds
 * several, {@code <C invoice>-1}, {@code -2}, … numbered in the order of the cancellation's lines. The
 * correlation and causation ids are {@code import-<invoice>}.
 */
final class OrderEvents {

    /** The category of every merchandise line: the retailer's export names none. */
    static final String CATEGORY = "uncategorized";
    static final Currency GBP = Currency.getInstance("GBP");

    private final String storefront;

    OrderEvents(String storefront) {
        this.storefront = Objects.requireNonNull(storefront, "storefront");
    }

    OrderPlaced orderPlaced(Invoice sale) {
        List<OrderLine> lines = new ArrayList<>(sale.lines().size());
        BigDecimal gross = BigDecimal.ZERO;
        for (Invoice.Line line : sale.lines()) {
            boolean merchandise = line.kind() == LineKind.MERCHANDISE;
            lines.add(new OrderLine(line.lineId(), line.kind(), LineIds.sku(line.stockCode()), merchandise ? CATEGORY : null,
                    line.quantity(), line.unitPrice(), BigDecimal.ZERO));
            gross = gross.add(line.amount());
        }
        String trace = trace(sale.number());
        return new OrderPlaced(sale.number(), sale.customerId(), storefront, Channel.WEB, GBP, lines,
                new OrderTotals(gross, BigDecimal.ZERO, gross), List.of(), sale.at(), trace, trace);
    }

    List<OrderRefunded> refunds(CancellationMatcher.Match match) {
        Invoice cancellation = match.cancellation();
        Map<String, List<CancellationMatcher.Part>> byOrder = match.byOrder();
        List<OrderRefunded> refunds = new ArrayList<>(byOrder.size());
        int n = 0;
        for (Map.Entry<String, List<CancellationMatcher.Part>> order : byOrder.entrySet()) {
            n++;
            String refundId = byOrder.size() == 1 ? cancellation.number() : cancellation.number() + "-" + n;
            Map<String, RefundedLine> lines = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (CancellationMatcher.Part part : order.getValue()) {
                BigDecimal amount = part.returned().unitPrice().multiply(BigDecimal.valueOf(part.units()));
                total = total.add(amount);
                lines.merge(part.orderLine().lineId(),
                        new RefundedLine(part.orderLine().lineId(), part.orderLine().kind(), part.units(), amount),
                        (a, b) -> new RefundedLine(a.lineId(), a.kind(), a.quantity() + b.quantity(), a.amount().add(b.amount())));
            }
            String trace = trace(cancellation.number());
            refunds.add(new OrderRefunded(refundId, order.getKey(), cancellation.customerId(), storefront, GBP,
                    List.copyOf(lines.values()), total, cancellation.at(), trace, trace));
        }
        return refunds;
    }

    private static String trace(String invoice) {
        return "import-" + invoice;
    }
}
