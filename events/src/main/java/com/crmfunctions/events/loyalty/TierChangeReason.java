package com.crmfunctions.events.loyalty;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What decided a tier change: the rule, the spend and the threshold it was compared with.
 *
 * @param qualifyingSpend qualifying spend in the window, net of refunds
 * @param threshold       of the new tier for an upgrade, of the tier lost for a downgrade
 * @param windowStart     start of the rolling spend window, inclusive
 * @param windowEnd       end of the rolling spend window, exclusive
 * @param orderId         for an upgrade, the order whose spend crossed the threshold, else null
 * @param heldSince       for a downgrade, since when the tier lost was held, else null
 */
public record TierChangeReason(TierRule rule, BigDecimal qualifyingSpend, BigDecimal threshold,
                               Instant windowStart, Instant windowEnd, String orderId, Instant heldSince) {}
