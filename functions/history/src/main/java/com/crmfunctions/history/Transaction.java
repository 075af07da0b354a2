package com.crmfunctions.history;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One purchase line of a customer's history, as read from a file: who bought, when (local time of the
 * shop), for how much, and optionally in which order, what and in which category.
 *
 * <p>{@code amount} is the line's value in the shop's currency (quantity × unit price where the source
 * has unit prices) and is never negative: returns and cancellations are not purchases and readers drop
 * them. Several lines of one order, or several orders on one day, are kept apart here; models that count
 * purchase days collapse them later.
 */
public record Transaction(String customerId, LocalDateTime occurredAt, BigDecimal amount, int quantity,
                          Optional<String> orderId, Optional<String> sku, Optional<String> category,
                          Optional<String> currency) {

    public Transaction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(currency, "currency");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }

    /** A purchase of quantity 1 with no order, product, category or currency information. */
    public static Transaction of(String customerId, LocalDateTime occurredAt, BigDecimal amount) {
        return new Transaction(customerId, occurredAt, amount, 1, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public Transaction withOrderId(String newOrderId) {
        return new Transaction(customerId, occurredAt, amount, quantity, Optional.ofNullable(newOrderId), sku, category,
                currency);
    }

    public Transaction withCategory(String newCategory) {
        return new Transaction(customerId, occurredAt, amount, quantity, orderId, sku, Optional.ofNullable(newCategory),
                currency);
    }
}
