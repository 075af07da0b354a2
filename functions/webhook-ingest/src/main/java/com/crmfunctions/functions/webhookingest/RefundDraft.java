package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.RefundedLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds the lines of one refund against the lines of its order. The contract attributes every
 * refunded amount to an order line; storefronts often say only part of it (a refunded item with its
 * subtotal, tax and shipping as lump sums, or just an amount). What they leave open is spread over
 * the order's lines in proportion to their net amounts, exactly to the smallest currency unit
 * ({@link Amounts#allocate}). Two parts for the same line are added up.
 */
final class RefundDraft {

    private final Map<String, OrderLine> orderLines = new LinkedHashMap<>();
    private final Currency currency;
    private final Map<String, Part> parts = new LinkedHashMap<>();

    private record Part(LineKind kind, int quantity, BigDecimal amount) {}

    RefundDraft(List<OrderLine> orderLines, Currency currency) {
        orderLines.forEach(line -> this.orderLines.put(line.lineId(), line));
        this.currency = currency;
    }

    /** A refunded line the storefront names, with the units returned and the amount refunded for it. */
    void add(PayloadNode at, String lineIdField, String lineId, int quantity, BigDecimal amount) {
        OrderLine line = orderLines.get(lineId);
        if (line == null) throw at.invalid(lineIdField, "is not a line of the order");
        merge(lineId, line.kind(), quantity, amount);
    }

    /**
     * Spreads an amount over the order lines of the given kinds, in proportion to their net amounts
     * (quantity 0: an amount, not units); over all lines if none of those kinds has an amount.
     */
    void spread(PayloadNode at, String field, BigDecimal amount, Predicate<LineKind> kinds) {
        if (amount.signum() == 0) return;
        List<OrderLine> targets = orderLines.values().stream()
                .filter(line -> kinds.test(line.kind()) && Orders.net(line).signum() > 0).toList();
        if (targets.isEmpty()) {
            targets = orderLines.values().stream().filter(line -> Orders.net(line).signum() > 0).toList();
        }
        if (targets.isEmpty()) throw at.invalid(field, "cannot be attributed to the order: its lines have no amount");
        List<BigDecimal> shares = Amounts.allocate(amount, targets.stream().map(Orders::net).toList(), currency);
        for (int i = 0; i < targets.size(); i++) {
            merge(targets.get(i).lineId(), targets.get(i).kind(), 0, shares.get(i));
        }
    }

    /** Adds an amount to the lines refunded so far, in proportion to their amounts (over the order if there are none). */
    void spreadOverRefunded(PayloadNode at, String field, BigDecimal amount) {
        if (total().signum() == 0) {
            spread(at, field, amount, kind -> true);
            return;
        }
        List<String> ids = new ArrayList<>(parts.keySet());
        List<BigDecimal> shares = Amounts.allocate(amount, ids.stream().map(id -> parts.get(id).amount()).toList(), currency);
        for (int i = 0; i < ids.size(); i++) {
            merge(ids.get(i), parts.get(ids.get(i)).kind(), 0, shares.get(i));
        }
    }

    /** Takes an amount off the lines refunded so far, in proportion to their amounts. */
    void reduce(PayloadNode at, String field, BigDecimal amount) {
        if (amount.signum() == 0) return;
        if (amount.compareTo(total()) > 0) throw at.invalid(field, "takes off more than the refund's lines amount to");
        List<String> ids = new ArrayList<>(parts.keySet());
        List<BigDecimal> shares = Amounts.allocate(amount, ids.stream().map(id -> parts.get(id).amount()).toList(), currency);
        for (int i = 0; i < ids.size(); i++) {
            merge(ids.get(i), parts.get(ids.get(i)).kind(), 0, shares.get(i).negate());
        }
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    BigDecimal total() {
        return parts.values().stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    List<RefundedLine> lines() {
        List<RefundedLine> lines = new ArrayList<>();
        parts.forEach((lineId, part) ->
                lines.add(new RefundedLine(lineId, part.kind(), part.quantity(), Amounts.normalize(part.amount(), currency))));
        return lines;
    }

    private void merge(String lineId, LineKind kind, int quantity, BigDecimal amount) {
        parts.merge(lineId, new Part(kind, quantity, amount),
                (a, b) -> new Part(a.kind(), a.quantity() + b.quantity(), a.amount().add(b.amount())));
    }
}
