package com.crmfunctions.events.storefront;

import java.math.BigDecimal;

/**
 * One refunded line of an order.
 *
 * @param lineId   the order line ({@link OrderLine#lineId()})
 * @param quantity units returned; 0 for an amount-only refund
 * @param amount   amount refunded for the line, after its share of discounts
 */
public record RefundedLine(String lineId, LineKind kind, int quantity, BigDecimal amount) {}
