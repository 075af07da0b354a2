package com.crmfunctions.adapters.dynamodb;

import com.crmfunctions.loyalty.Accrual;
import com.crmfunctions.loyalty.AccrualOutcome;
import com.crmfunctions.loyalty.Channel;
import com.crmfunctions.loyalty.LineKind;
import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.Order;
import com.crmfunctions.loyalty.OrderAccount;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.loyalty.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic loyalty state made by the domain itself: a member with orders in two currencies, boosted categories,
 * an ineligible line, a partial refund and a tier upgrade.
 */
final class Histories {

    static final ProgrammeConfig PROGRAMME = ProgrammeConfig.load(Map.of(
            "currency.rates", "EUR:0.85", "points.categoryMultipliers", "books:2,music:1.5"));
    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency EUR = Currency.getInstance("EUR");

    private final Accrual accrual = new Accrual(PROGRAMME);
    MemberState member;
    OrderAccount lastAccount;
    AccrualOutcome.Applied lastApplied;

    Histories(String memberId) {
        member = MemberState.newMember(memberId, PROGRAMME);
    }

    Histories order(String orderId, Instant placedAt, Currency currency, Order.Line... lines) {
        return apply(accrual.onOrder(member, new Order(orderId, member.memberId(), Channel.APP, placedAt, currency, List.of(lines))));
    }

    Histories refund(String refundId, Instant refundedAt, Refund.Line... lines) {
        Refund refund = new Refund(refundId, lastAccount.orderId(), member.memberId(), refundedAt, lastAccount.currency(),
                List.of(lines));
        return apply(accrual.onRefund(member, Optional.of(lastAccount), refund));
    }

    private Histories apply(AccrualOutcome outcome) {
        lastApplied = (AccrualOutcome.Applied) outcome;
        member = lastApplied.member();
        lastAccount = lastApplied.order();
        return this;
    }

    /** A member who bought books, music and shipping in GBP and EUR, got a partial refund and reached silver. */
    static Histories busyMember(String memberId) {
        return new Histories(memberId)
                .order("o-1", Instant.parse("2024-11-30T23:30:00Z"), GBP,
                        merchandise("line-1", "books", 2, "12.50", "0"), shipping("ship-1", "3.99"))
                .order("o-2", Instant.parse("2025-01-15T10:00:00Z"), EUR,
                        merchandise("line-1", "music", 1, "640.00", "40.00"), merchandise("line-2", null, 3, "0.333", "0"))
                .refund("r-1", Instant.parse("2025-01-20T09:00:00Z"), new Refund.Line("line-1", LineKind.MERCHANDISE, new BigDecimal("100.00")));
    }

    static Order.Line merchandise(String lineId, String category, int quantity, String unitPrice, String discount) {
        return new Order.Line(lineId, category, LineKind.MERCHANDISE, quantity, new BigDecimal(unitPrice), new BigDecimal(discount));
    }

    static Order.Line shipping(String lineId, String price) {
        return new Order.Line(lineId, null, LineKind.SHIPPING, 1, new BigDecimal(price), BigDecimal.ZERO);
    }
}
