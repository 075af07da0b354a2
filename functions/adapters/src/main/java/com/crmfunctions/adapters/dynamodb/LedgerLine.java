package com.crmfunctions.adapters.dynamodb;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ledger entry as readers (the member API, support tools) see it.
 *
 * @param points       the change of balance (negative for a reversal)
 * @param balanceAfter the member's balance once this entry was applied
 * @param reason       {@code order} or {@code refund}
 * @param channel      the order's channel code ({@code web}, {@code app}, {@code marketplace}, {@code pos})
 * @param occurredAt   when the business event happened
 * @param expiresAt    when earned points expire; empty for reversals
 * @param refundId     the refund of a reversal; empty for orders
 * @param explanation  the inputs and rules behind {@code points}, in one sentence
 */
public record LedgerLine(String entryId, long points, long balanceAfter, String reason, String channel,
                         Instant occurredAt, Optional<Instant> expiresAt, String orderId, Optional<String> refundId,
                         String explanation) {

    public LedgerLine {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(refundId, "refundId");
    }
}
