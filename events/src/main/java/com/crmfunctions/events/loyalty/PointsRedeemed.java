package com.crmfunctions.events.loyalty;

import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * {@code crm.loyalty / PointsRedeemed}: a member exchanged points for an amount-off coupon. Keyed by
 * {@code redemptionId}.
 *
 * @param entryId    the ledger entry that debited the points
 * @param points     points spent
 * @param currency   the programme's base currency
 * @param value      amount off of the coupon bought
 * @param couponCode the coupon issued for the points
 */
public record PointsRedeemed(String redemptionId, String entryId, String memberId, int points, Currency currency,
                             BigDecimal value, String couponCode, int balanceAfter,
                             Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
