package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.Envelope;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.EventEntry;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.OrderTotals;
import com.crmfunctions.events.storefront.RefundedLine;
import com.crmfunctions.wiring.CrmWiring;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/** Storefront events that read like the domain: {@code anOrder("o-1", "m-1").merchandise("books", 2, "12.50").build()}. */
final class Storefront {

    static final Currency GBP = Currency.getInstance("GBP");
    static final Instant MARCH = Instant.parse("2025-03-14T09:21:37Z");

    private Storefront() {}

    static OrderBuilder anOrder(String orderId, String memberId) {
        return new OrderBuilder(orderId, memberId);
    }

    static RefundBuilder aRefund(String refundId, String orderId, String memberId) {
        return new RefundBuilder(refundId, orderId, memberId);
    }

    /** The complete EventBridge event an SQS message of the points queue carries. */
    static String eventJson(EventDetail detail, String eventId, Instant time) {
        return EventCodec.toEventJson(new Envelope<>(eventId, "123456789012", "eu-west-1", time, List.of(), detail));
    }

    static String eventJson(EventDetail detail) {
        return eventJson(detail, UUID.randomUUID().toString(), detail.occurredAt().plusSeconds(2));
    }

    /** The entry a storefront adapter puts on the bus. */
    static PutEventsRequestEntry busEntry(EventDetail detail) {
        EventEntry entry = EventCodec.toEntry(detail);
        return PutEventsRequestEntry.builder().eventBusName(CrmWiring.BUS).source(entry.source())
                .detailType(entry.detailType()).detail(entry.detail()).build();
    }

    static final class OrderBuilder {
        private final String orderId;
        private final String memberId;
        private Instant placedAt = MARCH;
        private Channel channel = Channel.WEB;
        private final List<OrderLine> lines = new ArrayList<>();

        private OrderBuilder(String orderId, String memberId) {
            this.orderId = orderId;
            this.memberId = memberId;
        }

        OrderBuilder placedAt(Instant instant) {
            this.placedAt = instant;
            return this;
        }

        OrderBuilder via(Channel channel) {
            this.channel = channel;
            return this;
        }

        /** A merchandise line {@code line-<n>} with no discount. */
        OrderBuilder merchandise(String category, int quantity, String unitPrice) {
            return merchandise(category, quantity, unitPrice, "0");
        }

        OrderBuilder merchandise(String category, int quantity, String unitPrice, String discount) {
            lines.add(new OrderLine("line-" + (lines.size() + 1), LineKind.MERCHANDISE, "SKU-" + category.toUpperCase(), category,
                    quantity, new BigDecimal(unitPrice), new BigDecimal(discount)));
            return this;
        }

        OrderBuilder shipping(String price) {
            lines.add(new OrderLine("ship-" + (lines.size() + 1), LineKind.SHIPPING, null, null, 1, new BigDecimal(price), BigDecimal.ZERO));
            return this;
        }

        OrderPlaced build() {
            BigDecimal gross = BigDecimal.ZERO;
            BigDecimal discount = BigDecimal.ZERO;
            for (OrderLine line : lines) {
                gross = gross.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
                discount = discount.add(line.discount());
            }
            return new OrderPlaced(orderId, memberId, "acme-web", channel, GBP, lines,
                    new OrderTotals(gross, discount, gross.subtract(discount)), List.of(), placedAt, "corr-" + orderId, "hook-" + orderId);
        }
    }

    static final class RefundBuilder {
        private final String refundId;
        private final String orderId;
        private final String memberId;
        private Instant refundedAt = MARCH.plusSeconds(86_400);
        private final List<RefundedLine> lines = new ArrayList<>();

        private RefundBuilder(String refundId, String orderId, String memberId) {
            this.refundId = refundId;
            this.orderId = orderId;
            this.memberId = memberId;
        }

        RefundBuilder refundedAt(Instant instant) {
            this.refundedAt = instant;
            return this;
        }

        /** {@code amount} of merchandise given back for order line {@code lineId}. */
        RefundBuilder of(String lineId, String amount) {
            lines.add(new RefundedLine(lineId, LineKind.MERCHANDISE, 0, new BigDecimal(amount)));
            return this;
        }

        OrderRefunded build() {
            BigDecimal total = lines.stream().map(RefundedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new OrderRefunded(refundId, orderId, memberId, "acme-web", GBP, lines, total, refundedAt,
                    "corr-" + refundId, "hook-" + refundId);
        }
    }
}
