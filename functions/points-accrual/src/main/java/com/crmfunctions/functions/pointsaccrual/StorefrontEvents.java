package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.RefundedLine;
import com.crmfunctions.loyalty.Channel;
import com.crmfunctions.loyalty.LineKind;
import com.crmfunctions.loyalty.Order;
import com.crmfunctions.loyalty.Refund;

/**
 * The storefront contract's events as the loyalty domain's {@link Order} and {@link Refund}.
 *
 * <p>The domain weighs a refunded line like the order line it names ({@code Order.Line.sku}, {@code Refund.Line.sku}:
 * the key that links the two). The contract's refunds name their order lines by {@code lineId}, so the line id is
 * passed as that key: a refund of line {@code 14198462087310} is weighed by that very line's category, even when
 * two lines share a SKU.
 */
final class StorefrontEvents {

    private StorefrontEvents() {}

    /** @throws IllegalArgumentException when the order breaks a domain rule the schema cannot express */
    static Order order(OrderPlaced placed) {
        return new Order(placed.orderId(), placed.memberId(), Channel.valueOf(placed.channel().name()), placed.occurredAt(),
                placed.currency(), placed.lines().stream().map(StorefrontEvents::line).toList());
    }

    /** @throws IllegalArgumentException when the refund breaks a domain rule the schema cannot express */
    static Refund refund(OrderRefunded refunded) {
        return new Refund(refunded.refundId(), refunded.orderId(), refunded.memberId(), refunded.occurredAt(),
                refunded.currency(), refunded.lines().stream().map(StorefrontEvents::line).toList());
    }

    private static Order.Line line(OrderLine line) {
        return new Order.Line(line.lineId(), line.category(), LineKind.valueOf(line.kind().name()), line.quantity(),
                line.unitPrice(), line.discount());
    }

    private static Refund.Line line(RefundedLine line) {
        return new Refund.Line(line.lineId(), LineKind.valueOf(line.kind().name()), line.amount());
    }
}
