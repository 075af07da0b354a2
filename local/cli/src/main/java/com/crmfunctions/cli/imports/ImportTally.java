package com.crmfunctions.cli.imports;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the webhook answered, counted as the answers come in (thread-safe): orders and refunds accepted, HTTP
 * rejections by status (with the first answer of each status as an example), events not sent because they
 * break their contract, refunds withheld because their order was refused, and retried deliveries.
 */
final class ImportTally {

    private final LongAdder ordersSent = new LongAdder();
    private final LongAdder ordersAccepted = new LongAdder();
    private final LongAdder refundsSent = new LongAdder();
    private final LongAdder refundsAccepted = new LongAdder();
    private final LongAdder refundsWithheld = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private volatile String invalidExample;
    private final Map<Integer, AtomicLong> rejections = new ConcurrentHashMap<>();
    private final Map<Integer, String> examples = new ConcurrentHashMap<>();
    private final Set<String> rejectedOrders = ConcurrentHashMap.newKeySet();

    void answered(PlannedEvent event, WebhookClient.Response response) {
        (event.isRefund() ? refundsSent : ordersSent).increment();
        if (response.attempts() > 1) retried.increment();
        if (response.accepted()) {
            (event.isRefund() ? refundsAccepted : ordersAccepted).increment();
            return;
        }
        rejections.computeIfAbsent(response.status(), s -> new AtomicLong()).incrementAndGet();
        examples.putIfAbsent(response.status(), event.detailType() + " " + event.key() + ": " + abbreviate(response.body()));
        if (!event.isRefund()) rejectedOrders.add(event.orderId());
    }

    /** The event breaks its contract and was not sent; a refused order's refunds are withheld. */
    void invalid(PlannedEvent event, String message) {
        invalid.increment();
        if (invalidExample == null) invalidExample = event.detailType() + " " + event.key() + ": " + abbreviate(message);
        if (!event.isRefund()) rejectedOrders.add(event.orderId());
    }

    /** Whether the order was refused (by the webhook, or before sending): its refunds are then withheld. */
    boolean orderRejected(String orderId) {
        return rejectedOrders.contains(orderId);
    }

    void withheld() {
        refundsWithheld.increment();
    }

    long ordersSent() { return ordersSent.sum(); }

    long ordersAccepted() { return ordersAccepted.sum(); }

    long refundsSent() { return refundsSent.sum(); }

    long refundsAccepted() { return refundsAccepted.sum(); }

    long refundsWithheld() { return refundsWithheld.sum(); }

    long retried() { return retried.sum(); }

    long invalid() { return invalid.sum(); }

    /** The first event that broke its contract, and why; empty when none did. */
    String invalidExample() { return invalidExample == null ? "" : invalidExample; }

    /** Final non-2xx answers by status. */
    Map<Integer, Long> rejections() {
        Map<Integer, Long> byStatus = new TreeMap<>();
        rejections.forEach((status, count) -> byStatus.put(status, count.get()));
        return byStatus;
    }

    /** The first rejected delivery of each status and the answer's body. */
    Map<Integer, String> examples() {
        return new TreeMap<>(examples);
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
