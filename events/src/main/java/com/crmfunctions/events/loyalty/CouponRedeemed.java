package com.crmfunctions.events.loyalty;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * {@code crm.loyalty / CouponRedeemed}: a coupon was redeemed by its owner, once. Keyed by
 * {@code couponCode}.
 *
 * @param reason   why the coupon was issued
 * @param orderId  the order it was used on, or null when not known
 * @param currency currency of {@code discount}; both null or both present
 * @param discount amount the coupon took off, or null when not known
 */
public record CouponRedeemed(String couponCode, String memberId, CouponKind kind, CouponReason reason, Channel channel,
                             String orderId, Currency currency, BigDecimal discount,
                             Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
