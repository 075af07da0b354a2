package com.crmfunctions.events.loyalty;

import com.crmfunctions.events.EventDetail;
import java.time.Instant;

/**
 * {@code crm.loyalty / PointsExpired}: the unspent points of one lot expired. Keyed by {@code lotId}.
 *
 * @param lotId    the ledger entry that credited the lot ({@link PointsAccrued#entryId()})
 * @param entryId  the ledger entry that debited the expired points
 * @param points   points of the lot still unspent, now expired
 * @param earnedAt when the lot was earned
 */
public record PointsExpired(String lotId, String entryId, String memberId, int points, Instant earnedAt,
                            int balanceAfter,
                            Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
