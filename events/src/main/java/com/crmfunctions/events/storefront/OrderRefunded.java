package com.crmfunctions.events.storefront;

import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * {@code crm.storefront / OrderRefunded}: (part of) an order was refunded. Keyed by {@code refundId};
 * may arrive before its order.
 *
 * @param total amount refunded: the sum of the line amounts
 */
public record OrderRefunded(String refundId, String orderId, String memberId, String storefront, Currency currency,
                            List<RefundedLine> lines, BigDecimal total,
                            Instant occurredAt, String correlationId, String causationId) implements EventDetail {

    public OrderRefunded {
        lines = List.copyOf(lines);
    }
}
