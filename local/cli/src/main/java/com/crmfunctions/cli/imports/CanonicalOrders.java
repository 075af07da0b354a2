package com.crmfunctions.cli.imports;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderTotals;
import com.crmfunctions.history.HistoryFormat;
import com.crmfunctions.history.HistoryFormatException;
import com.crmfunctions.history.ReadReport;
import com.crmfunctions.history.Transaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders from the project's canonical history (CSV {@code customerId,orderId,occurredAt,amount[,currency,category,sku,quantity]}
 * or JSON lines with those fields, as {@code functions/history} reads them). Lines with the same {@code orderId}
 * are one {@code OrderPlaced}; for that every line needs an {@code orderId} and a {@code sku}, and the lines of an
 * order one customer and one currency. The rest comes from the import's settings (channel, storefront, the
 * currency of lines that name none) and defaults: category {@code uncategorized}, quantity 1.
 *
 * <p>A line's unit price is {@code amount / quantity}; when that is not exact to 4 decimals it is rounded up
 * and the difference becomes the line's discount, so the line still totals {@code amount}. A line of quantity 0
 * is skipped. The canonical history holds purchases only: refunds are not imported from it.
 */
final class CanonicalOrders {

    private CanonicalOrders() {}

    static ImportPlan plan(Path file, ZoneId zone, String storefront, Channel channel, Currency defaultCurrency) throws IOException {
        Map<String, List<Transaction>> orders = new LinkedHashMap<>();
        EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        ReadReport report = HistoryFormat.CANONICAL.reader(zone).read(file, line -> {
            if (line.quantity() == 0) {
                skipped.merge(SkipReason.QUANTITY_SIGN, 1L, Long::sum);
            } else {
                String orderId = line.orderId().orElseThrow(() -> new IllegalArgumentException("customer " + line.customerId()
                        + " at " + line.occurredAt() + ": a line without orderId; an order import needs the order of every line"));
                orders.computeIfAbsent(orderId, id -> new ArrayList<>()).add(line);
            }
        });
        ImportPlan.Builder plan = new ImportPlan.Builder(report.rows(), skipped);
        long sequence = 0;
        for (Map.Entry<String, List<Transaction>> order : orders.entrySet()) {
            plan.add(++sequence, orderPlaced(order.getKey(), order.getValue(), zone, storefront, channel, defaultCurrency));
        }
        return plan.build();
    }

    private static OrderPlaced orderPlaced(String orderId, List<Transaction> rows, ZoneId zone, String storefront, Channel channel,
                                           Currency defaultCurrency) throws HistoryFormatException {
        Transaction first = rows.get(0);
        LocalDateTime placedAt = first.occurredAt();
        Currency currency = currency(first, defaultCurrency);
        Map<String, Integer> variants = new HashMap<>();
        List<OrderLine> lines = new ArrayList<>(rows.size());
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        for (Transaction row : rows) {
            if (!row.customerId().equals(first.customerId())) {
                throw new HistoryFormatException(0, "order " + orderId + " names customers " + first.customerId() + " and " + row.customerId());
            }
            if (!currency(row, defaultCurrency).equals(currency)) {
                throw new HistoryFormatException(0, "order " + orderId + " mixes currencies");
            }
            String sku = row.sku().orElseThrow(() -> new HistoryFormatException(0, "order " + orderId
                    + ": a line without sku; an order import needs the sku of every line"));
            if (row.occurredAt().isBefore(placedAt)) placedAt = row.occurredAt();
            int variant = variants.merge(sku, 1, Integer::sum);
            BigDecimal quantity = BigDecimal.valueOf(row.quantity());
            BigDecimal unitPrice = row.amount().divide(quantity, 4, RoundingMode.CEILING).stripTrailingZeros();
            BigDecimal lineDiscount = unitPrice.multiply(quantity).subtract(row.amount());
            String lineId = variant == 1 ? LineIds.of(sku) : LineIds.of(sku) + ":" + variant;
            lines.add(new OrderLine(lineId, LineKind.MERCHANDISE, LineIds.sku(sku), row.category().orElse(OrderEvents.CATEGORY),
                    row.quantity(), unitPrice, lineDiscount));
            gross = gross.add(unitPrice.multiply(quantity));
            discount = discount.add(lineDiscount);
        }
        String trace = "import-" + orderId;
        return new OrderPlaced(orderId, first.customerId(), storefront, channel, currency, lines,
                new OrderTotals(gross, discount, gross.subtract(discount)), List.of(), placedAt.atZone(zone).toInstant(), trace, trace);
    }

    private static Currency currency(Transaction row, Currency defaultCurrency) throws HistoryFormatException {
        if (row.currency().isEmpty()) return defaultCurrency;
        try {
            return Currency.getInstance(row.currency().get());
        } catch (IllegalArgumentException e) {
            throw new HistoryFormatException(0, "currency '" + row.currency().get() + "' is not an ISO 4217 code");
        }
    }
}
