package com.crmfunctions.events.engagement;

import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.insights.LifecycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * {@code crm.engagement / WinBackTriggered}: a win-back attempt started for a member entering decline
 * or churn. Keyed by {@code winBackId}.
 *
 * @param stage         {@link LifecycleStage#DECLINE} or {@link LifecycleStage#CHURNED}
 * @param attempt       number of this attempt for the member, from 1
 * @param currency      currency of {@code clv}
 * @param clv           predicted 12-month lifetime value that chose the offer
 * @param couponCodes   coupons issued for this attempt, empty without an offer
 * @param messageKey    the message requested for this attempt
 * @param cooldownUntil no further attempt before this instant
 */
public record WinBackTriggered(String winBackId, String memberId, LifecycleStage stage, WinBackOffer offer, int attempt,
                               Currency currency, BigDecimal clv, List<String> couponCodes, String messageKey,
                               Instant cooldownUntil,
                               Instant occurredAt, String correlationId, String causationId) implements EventDetail {

    public WinBackTriggered {
        couponCodes = List.copyOf(couponCodes);
    }
}
