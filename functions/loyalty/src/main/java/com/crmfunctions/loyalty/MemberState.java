package com.crmfunctions.loyalty;

import java.time.Instant;
import java.util.Objects;

/**
 * A member as the points write path sees it: what the member item stores besides the profile.
 *
 * @param balance    points; always the sum of the member's ledger entries (may be negative after refunds)
 * @param tierId     the tier held ({@link Tier#id()})
 * @param tierSince  when that tier was reached; null while the member is still in the entry tier they
 *                   enrolled in (a downgrade review never lowers a tier whose start is unknown)
 * @param statistics running purchase statistics
 */
public record MemberState(String memberId, long balance, String tierId, Instant tierSince,
                          MemberStatistics statistics) {

    public MemberState {
        Require.id(memberId, "memberId");
        Require.id(tierId, "tierId");
        Objects.requireNonNull(statistics, "statistics");
    }

    /** A member who has no points and no orders yet, in the programme's entry tier. */
    public static MemberState newMember(String memberId, ProgrammeConfig config) {
        return new MemberState(memberId, 0, config.tiers().entry().id(), null,
                MemberStatistics.empty(config.currencies().base()));
    }

    /** This member in the tier {@code change} moved them to, from {@code change.at()}. */
    public MemberState withTierChange(Fact.TierChanged change) {
        if (!change.memberId().equals(memberId) || !change.fromTier().equals(tierId)) {
            throw new IllegalArgumentException("tier change " + change + " does not apply to " + memberId + " in " + tierId);
        }
        return new MemberState(memberId, balance, change.toTier(), change.at(), statistics);
    }

    MemberState withEntry(long points, MemberStatistics updated) {
        return new MemberState(memberId, Math.addExact(balance, points), tierId, tierSince, updated);
    }
}
