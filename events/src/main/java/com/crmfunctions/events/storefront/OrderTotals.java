package com.crmfunctions.events.storefront;

import java.math.BigDecimal;

/**
 * Order totals as the storefront charged them.
 *
 * @param gross    sum of quantity x unit price over all lines
 * @param discount sum of line discounts
 * @param total    amount charged: gross - discount
 */
public record OrderTotals(BigDecimal gross, BigDecimal discount, BigDecimal total) {}
