package com.crmfunctions.loyalty;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Something the domain noticed while applying an event, for adapters to publish (a coupon, a message, a
 * {@code TierChanged} event). Facts are decided from the member state and the event alone, so applying the
 * same event to the same state always yields the same facts.
 */
public sealed interface Fact permits Fact.FirstOrder, Fact.SpendThresholdReached, Fact.TierChanged {

    String memberId();

    /** The member's first order (the first applied): earns the welcome coupon. */
    record FirstOrder(String memberId, String orderId, Instant placedAt) implements Fact {}

    /**
     * One order's qualifying spend reached a coupon threshold ({@code coupon.thresholds}); only the highest
     * threshold reached is reported.
     */
    record SpendThresholdReached(String memberId, String orderId, Money threshold, Money qualifyingSpend)
            implements Fact {}

    /**
     * A member changed tier, with what explains it.
     *
     * @param rollingSpend qualifying spend of the window {@code windowFrom..windowTo} (calendar months)
     * @param rule         the rule that decided, naming its configuration keys and values
     * @param at           the tier is held from this instant (the latest order's time, or the review's)
     */
    record TierChanged(String memberId, String fromTier, String toTier, Direction direction, Money rollingSpend,
                       YearMonth windowFrom, YearMonth windowTo, String rule, Instant at) implements Fact {

        public TierChanged {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(at, "at");
        }

        /** Whether the member went up or down the ladder. */
        public enum Direction { UPGRADE, DOWNGRADE }

        /** A sentence for the member's history and for support staff. */
        public String explanation() {
            return (direction == Direction.UPGRADE ? "upgraded" : "lowered") + " from " + fromTier + " to " + toTier
                    + ": qualifying spend " + rollingSpend + " in " + windowFrom + ".." + windowTo + "; " + rule;
        }
    }
}
