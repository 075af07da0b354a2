package com.crmfunctions.events.insights;

import com.crmfunctions.events.EventDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * {@code crm.insights / CustomerScored}: a member's churn, value and segment scores from one scoring
 * run. Keyed by ({@code runId}, {@code memberId}). Model estimates are doubles; money is exact.
 *
 * @param pAlive              probability that the member is still active
 * @param churnRisk           churn risk in [0, 1]
 * @param expectedPurchases   expected purchases in the next {@code purchaseHorizonDays}
 * @param clv                 predicted lifetime value over the next {@code clvHorizonMonths}
 * @param clvPercentile       percentage of scored members with a lower clv
 * @param previousSegment     segment in the previous run, null at the first scoring
 * @param segmentChanged      segment differs from the previous one, or there is none
 * @param previousStage       stage in the previous run, null at the first scoring
 * @param stageChanged        stage differs from the previous one, or there is none
 */
public record CustomerScored(String runId, String memberId, ScoringModel model, PurchaseSummary summary,
                             double pAlive, double churnRisk, double expectedPurchases, int purchaseHorizonDays,
                             Currency currency, BigDecimal clv, int clvHorizonMonths, double clvPercentile,
                             RfmScore rfm, Segment segment, Segment previousSegment, boolean segmentChanged,
                             LifecycleStage stage, LifecycleStage previousStage, boolean stageChanged,
                             Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
