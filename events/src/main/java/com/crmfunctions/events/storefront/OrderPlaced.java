package com.crmfunctions.events.storefront;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.EventDetail;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * {@code crm.storefront / OrderPlaced}: a member placed and paid an order. Keyed by {@code orderId}.
 *
 * @param memberId    the customer's id at the storefront
 * @param storefront  the storefront that took the order
 * @param currency    currency of every amount of the order
 * @param lines       merchandise, shipping, tax, gift card and fee lines
 * @param couponCodes discount codes entered at checkout, possibly none
 */
public record OrderPlaced(String orderId, String memberId, String storefront, Channel channel, Currency currency,
                          List<OrderLine> lines, OrderTotals totals, List<String> couponCodes,
                          Instant occurredAt, String correlationId, String causationId) implements EventDetail {

    public OrderPlaced {
        lines = List.copyOf(lines);
        couponCodes = List.copyOf(couponCodes);
    }
}
