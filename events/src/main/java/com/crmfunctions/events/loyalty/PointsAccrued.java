package com.crmfunctions.events.loyalty;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * {@code crm.loyalty / PointsAccrued}: an order earned points, once. Keyed by {@code orderId}.
 *
 * @param entryId       the ledger entry that credited the points, as the ledger stores it ({@code order#<orderId>});
 *                      also the id of the lot that expires
 * @param currency      the programme's base currency
 * @param eligibleSpend merchandise after discounts in the base currency: earns points, counts for tiers
 *                      and coupon thresholds
 * @param tier          the member's tier when the points were earned
 * @param basePoints    points before the tier multiplier
 * @param multiplier    tier multiplier applied
 * @param points        points credited
 * @param balanceAfter  balance after the credit
 * @param expiresAt     when the points of this lot expire unless redeemed first
 * @param firstOrder    whether this is the member's first order
 */
public record PointsAccrued(String orderId, String entryId, String memberId, Channel channel, Currency currency,
                            BigDecimal eligibleSpend, String tier, int basePoints, BigDecimal multiplier, int points,
                            int balanceAfter, Instant expiresAt, boolean firstOrder,
                            Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
