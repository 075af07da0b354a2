package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One change of a member's balance and why. The ledger is the truth: a balance is always the sum of its
 * entries. The entry id is derived from the business key ({@code order#<orderId>}, {@code refund#<refundId>}),
 * never from a delivery, so storing entries under a condition on the id makes every effect happen once.
 *
 * @param points     the change of balance (negative for reversals; 0 for an order that earned nothing)
 * @param occurredAt when the business event happened (order placed, refund issued)
 * @param expiresAt  when earned points expire ({@code points.expiry.months} after the order), null for reversals
 * @param basis      the inputs and rules that explain {@code points}
 */
public record LedgerEntry(String entryId, String memberId, long points, Reason reason, Channel channel,
                          Instant occurredAt, Instant expiresAt, Basis basis) {

    public LedgerEntry {
        Require.id(entryId, "entryId");
        Require.id(memberId, "memberId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(basis, "basis");
    }

    public static String orderEntryId(String orderId) {
        return "order#" + orderId;
    }

    public static String refundEntryId(String refundId) {
        return "refund#" + refundId;
    }

    /** Why a balance changed. */
    public enum Reason {
        /** An order earned points. */
        ORDER,
        /** A refund took back (part of) an order's points. */
        REFUND;

        /** The lower-case name stored on the entry, e.g. {@code refund}. */
        public String code() {
            return Codes.code(this);
        }
    }

    /** The inputs and rules behind an entry, and a sentence a support agent can read to a customer. */
    public sealed interface Basis permits Earned, Reversed {

        String explanation();
    }

    /**
     * How an order's points were computed: weighted eligible spend × exchange rate × points per unit × tier
     * multiplier = exact points, rounded.
     */
    public record Earned(String orderId, Money eligibleSpend, Money weightedSpend, BigDecimal exchangeRate,
                         Money qualifyingSpend, BigDecimal pointsPerUnit, String tierId, BigDecimal tierMultiplier,
                         BigDecimal exactPoints, RoundingMode rounding) implements Basis {

        @Override
        public String explanation() {
            String weighted = weightedSpend.equals(eligibleSpend) ? "" : " (" + weightedSpend + " with category multipliers)";
            String converted = exchangeRate.compareTo(BigDecimal.ONE) == 0 ? ""
                    : " × rate " + exchangeRate.toPlainString() + " to " + qualifyingSpend.currency().getCurrencyCode();
            return "order " + orderId + ": eligible spend " + eligibleSpend + weighted + converted + " × "
                    + pointsPerUnit.toPlainString() + " point(s) per unit × tier " + tierId + " "
                    + tierMultiplier.toPlainString() + " = " + exactPoints.stripTrailingZeros().toPlainString() + ", rounded "
                    + rounding.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How a refund's reversal was computed: the member keeps the order's points times its unrefunded
     * (weighted) share; this refund takes back what they kept before minus what they keep now.
     */
    public record Reversed(String orderId, String refundId, Money refundedSpend, Money orderRefundedSpend,
                           Money orderEligibleSpend, long orderPoints, long pointsKept, long reversedBefore,
                           long shortfall) implements Basis {

        @Override
        public String explanation() {
            return "refund " + refundId + " of order " + orderId + ": " + refundedSpend + " eligible refunded, "
                    + orderRefundedSpend + " of " + orderEligibleSpend + " in all; the order earned " + orderPoints
                    + " points, " + pointsKept + " kept, " + reversedBefore + " taken back before"
                    + (shortfall == 0 ? "" : ", " + shortfall + " not taken back (balance may not go negative)");
        }
    }
}
