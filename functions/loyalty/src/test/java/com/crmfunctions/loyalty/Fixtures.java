package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders that read like the domain: {@code anOrder("o-1").merchandise("sku-1", "books", "120.00").build()}. */
final class Fixtures {

    static final String MEMBER = "m-1";
    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency EUR = Currency.getInstance("EUR");
    static final ProgrammeConfig DEFAULTS = ProgrammeConfig.defaults();

    private Fixtures() {}

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    static ProgrammeConfig config(String... keyValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return ProgrammeConfig.load(properties);
    }

    /** A member with no orders yet who holds {@code tierId} since 2024-01-01. */
    static MemberState memberIn(String tierId, ProgrammeConfig config) {
        return new MemberState(MEMBER, 0, tierId, at("2024-01-01T00:00:00Z"),
                MemberStatistics.empty(config.currencies().base()));
    }

    static OrderBuilder anOrder(String orderId) {
        return new OrderBuilder(orderId);
    }

    static RefundBuilder aRefund(String refundId, String orderId) {
        return new RefundBuilder(refundId, orderId);
    }

    static AccrualOutcome.Applied applied(AccrualOutcome outcome) {
        if (!(outcome instanceof AccrualOutcome.Applied)) {
            throw new AssertionError("expected Applied, got " + outcome);
        }
        return (AccrualOutcome.Applied) outcome;
    }

    static final class OrderBuilder {
        private final String orderId;
        private String memberId = MEMBER;
        private Channel channel = Channel.WEB;
        private Instant placedAt = at("2025-03-10T10:00:00Z");
        private Currency currency = GBP;
        private final List<Order.Line> lines = new ArrayList<>();

        private OrderBuilder(String orderId) {
            this.orderId = orderId;
        }

        OrderBuilder by(String memberId) {
            this.memberId = memberId;
            return this;
        }

        OrderBuilder via(Channel channel) {
            this.channel = channel;
            return this;
        }

        OrderBuilder placedAt(String instant) {
            this.placedAt = at(instant);
            return this;
        }

        OrderBuilder in(String currencyCode) {
            this.currency = Currency.getInstance(currencyCode);
            return this;
        }

        OrderBuilder merchandise(String sku, String category, String unitPrice) {
            return line(sku, category, LineKind.MERCHANDISE, 1, unitPrice, "0");
        }

        OrderBuilder shipping(String price) {
            return line(null, null, LineKind.SHIPPING, 1, price, "0");
        }

        OrderBuilder line(String sku, String category, LineKind kind, int quantity, String unitPrice, String discount) {
            lines.add(new Order.Line(sku, category, kind, quantity, new BigDecimal(unitPrice), new BigDecimal(discount)));
            return this;
        }

        Order build() {
            return new Order(orderId, memberId, channel, placedAt, currency, lines);
        }
    }

    static final class RefundBuilder {
        private final String refundId;
        private final String orderId;
        private String memberId = MEMBER;
        private Instant refundedAt = at("2025-03-20T10:00:00Z");
        private Currency currency = GBP;
        private final List<Refund.Line> lines = new ArrayList<>();

        private RefundBuilder(String refundId, String orderId) {
            this.refundId = refundId;
            this.orderId = orderId;
        }

        RefundBuilder by(String memberId) {
            this.memberId = memberId;
            return this;
        }

        RefundBuilder in(String currencyCode) {
            this.currency = Currency.getInstance(currencyCode);
            return this;
        }

        RefundBuilder refundedAt(String instant) {
            this.refundedAt = at(instant);
            return this;
        }

        /** Merchandise given back without naming its line. */
        RefundBuilder amount(String amount) {
            return line(null, LineKind.MERCHANDISE, amount);
        }

        RefundBuilder line(String sku, LineKind kind, String amount) {
            lines.add(new Refund.Line(sku, kind, new BigDecimal(amount)));
            return this;
        }

        Refund build() {
            return new Refund(refundId, orderId, memberId, refundedAt, currency, lines);
        }
    }
}
