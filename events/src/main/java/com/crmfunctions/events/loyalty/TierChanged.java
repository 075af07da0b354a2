package com.crmfunctions.events.loyalty;

import com.crmfunctions.events.EventDetail;
import java.time.Instant;
import java.util.Currency;

/**
 * {@code crm.loyalty / TierChanged}: a member moved to another tier. Keyed by {@code tierChangeId}.
 *
 * @param from     tier id before the change (an id of the programme configuration, e.g. {@code gold-plus})
 * @param to       tier id after the change
 * @param currency the programme's base currency, of the amounts in {@code reason}
 */
public record TierChanged(String tierChangeId, String memberId, String from, String to, TierDirection direction,
                          Currency currency, TierChangeReason reason,
                          Instant occurredAt, String correlationId, String causationId) implements EventDetail {}
