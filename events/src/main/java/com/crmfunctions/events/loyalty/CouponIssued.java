package com.crmfunctions.events.loyalty;

import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * {@code crm.loyalty / CouponIssued}: a single-use coupon was issued to one member. Keyed by
 * {@code couponCode}; issuing is idempotent per ({@code reason}, {@code reference}).
 *
 * @param memberId     the coupon's only owner
 * @param reference    what the reason refers to (see {@link CouponReason})
 * @param amountOff    amount off for {@link CouponKind#AMOUNT_OFF}, else null
 * @param percentOff   whole percent off for {@link CouponKind#PERCENT_OFF}, else null
 * @param minimumSpend minimum eligible spend of the order it is used on, zero for none
 * @param validFrom    first instant it can be redeemed
 * @param expiresAt    instant from which it can no longer be redeemed
 */
public record CouponIssued(String couponCode, String memberId, CouponKind kind, CouponReason reason, String reference,
                           Currency currency, BigDecimal amountOff, Integer percentOff, BigDecimal minimumSpend,
                           Instant validFrom, Instant expiresAt,
                           Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
