package com.crmfunctions.events.loyalty;

import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * {@code crm.loyalty / PointsReversed}: a refund took back its share of an order's points. Keyed by
 * {@code refundId}.
 *
 * @param entryId       the ledger entry that debited the points, as the ledger stores it ({@code refund#<refundId>})
 * @param currency      the programme's base currency
 * @param reversedSpend eligible spend refunded; it no longer counts as qualifying spend
 * @param points        points taken back
 * @param balanceAfter  balance after the debit, negative if the points were already spent
 */
public record PointsReversed(String refundId, String orderId, String entryId, String memberId, Currency currency,
                             BigDecimal reversedSpend, int points, int balanceAfter,
                             Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
