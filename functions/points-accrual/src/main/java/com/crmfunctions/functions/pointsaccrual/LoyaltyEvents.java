package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.events.Channel;
import com.crmfunctions.events.loyalty.PointsAccrued;
import com.crmfunctions.events.loyalty.PointsReversed;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.loyalty.AccrualOutcome;
import com.crmfunctions.loyalty.Fact;
import com.crmfunctions.loyalty.LedgerEntry;
import com.crmfunctions.loyalty.Money;
import com.crmfunctions.loyalty.OrderAccount;
import java.math.BigDecimal;

/**
 * The events that announce a ledger entry. Their content is a function of the entry, the triggering event and
 * its {@link Cause} only, and is fixed when the entry is written (it waits in the entry's outbox), so whatever is
 * published again after a crash is the same event: consumers dedupe on its business key ({@code orderId},
 * {@code refundId}). {@code entryId} is the ledger's own id ({@code order#<orderId>}, {@code refund#<refundId>}), as
 * the member API shows it too.
 */
final class LoyaltyEvents {

    private LoyaltyEvents() {}

    static OutgoingEvent pointsAccrued(AccrualOutcome.Applied applied, OrderPlaced placed, Cause cause) {
        LedgerEntry entry = applied.entry();
        LedgerEntry.Earned earned = (LedgerEntry.Earned) entry.basis();
        BigDecimal basePoints = earned.exactPoints().divide(earned.tierMultiplier(), 0, earned.rounding());
        return OutgoingEvent.from(new PointsAccrued(placed.orderId(), entry.entryId(),
                entry.memberId(), Channel.valueOf(entry.channel().name()), earned.qualifyingSpend().currency(),
                earned.qualifyingSpend().amount(), earned.tierId(), basePoints.intValueExact(), earned.tierMultiplier(),
                Math.toIntExact(entry.points()), Math.toIntExact(applied.member().balance()), entry.expiresAt(),
                applied.facts().stream().anyMatch(Fact.FirstOrder.class::isInstance), cause.time(),
                placed.correlationId(), cause.eventId()));
    }

    /** @param before the order's account as it was before this refund */
    static OutgoingEvent pointsReversed(AccrualOutcome.Applied applied, OrderAccount before, OrderRefunded refunded,
                                        Cause cause) {
        LedgerEntry entry = applied.entry();
        Money reversedSpend = applied.order().qualifyingSpendReversed().minus(before.qualifyingSpendReversed());
        return OutgoingEvent.from(new PointsReversed(refunded.refundId(), refunded.orderId(),
                entry.entryId(), entry.memberId(), reversedSpend.currency(),
                reversedSpend.amount(), Math.toIntExact(-entry.points()), Math.toIntExact(applied.member().balance()),
                cause.time(), refunded.correlationId(), cause.eventId()));
    }
}
