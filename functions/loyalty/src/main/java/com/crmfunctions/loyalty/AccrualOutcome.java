package com.crmfunctions.loyalty;

import java.util.List;
import java.util.Objects;

/** What applying an order or a refund decided. Adapters branch on the three cases with {@code instanceof}. */
public sealed interface AccrualOutcome
        permits AccrualOutcome.Applied, AccrualOutcome.RefundWithoutOrder, AccrualOutcome.Rejected {

    /** The ledger entry id of the event ({@code order#...} or {@code refund#...}): the idempotency key. */
    String entryId();

    /**
     * The event changes the books: write {@code entry} (on condition that its id is new), {@code member} and
     * {@code order} in one transaction, then publish {@code facts}.
     */
    record Applied(LedgerEntry entry, MemberState member, OrderAccount order, List<Fact> facts)
            implements AccrualOutcome {

        public Applied {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(order, "order");
            facts = List.copyOf(facts);
        }

        @Override
        public String entryId() {
            return entry.entryId();
        }
    }

    /**
     * The refund's order has not been applied yet: park the refund, and apply it again once the order has
     * been applied. Nothing changes meanwhile.
     */
    record RefundWithoutOrder(Refund refund) implements AccrualOutcome {

        @Override
        public String entryId() {
            return refund.entryId();
        }
    }

    /** The event can never be applied as it is; nothing changes. {@code message} says why, naming the values. */
    record Rejected(String entryId, Reason reason, String message) implements AccrualOutcome {

        /** Why an event was rejected. */
        public enum Reason {
            /** The currency is not accepted by the programme ({@code currency.base}, {@code currency.rates}). */
            UNKNOWN_CURRENCY,
            /** A refund is not in its order's currency. */
            CURRENCY_MISMATCH,
            /** A refund names another member than its order. */
            MEMBER_MISMATCH
        }
    }
}
