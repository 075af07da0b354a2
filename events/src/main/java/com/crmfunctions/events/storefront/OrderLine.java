package com.crmfunctions.events.storefront;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param lineId    unique within the order; refunds refer to it
 * @param sku       stock keeping unit; required for merchandise, else may be null
 * @param category  the merchant's product category; required for merchandise, else may be null
 * @param quantity  units ordered, at least 1
 * @param unitPrice price of one unit before discounts
 * @param discount  discount on the whole line (all units), zero for none
 */
public record OrderLine(String lineId, LineKind kind, String sku, String category, int quantity,
                        BigDecimal unitPrice, BigDecimal discount) {}
