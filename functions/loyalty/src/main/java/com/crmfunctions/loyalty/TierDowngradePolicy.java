package com.crmfunctions.loyalty;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * <b>tierDowngradePolicy</b>: the periodic review (monthly by schedule) lowers a tier only when both hold:
 * the member has held it at least {@code tiers.downgrade.holdMonths} months, and their rolling qualifying
 * spend no longer reaches its threshold, judged generously on the better of two windows of
 * {@code tiers.windowMonths} calendar months: the complete months before the review, and the months ending
 * with the review's own month (so spend earlier in the month of the review still counts, as it would for an
 * upgrade). The member then goes down to the tier that spend reaches, but at most
 * {@code tiers.downgrade.maxSteps} rungs per review (default 1: never sudden), and holds the new tier from
 * the review.
 *
 * <p>The review must not run before the month of the member's latest order (the statistics keep only the
 * months a review from then on can need).
 */
public final class TierDowngradePolicy {

    private final ProgrammeConfig.Tiers tiers;
    private final ZoneId zone;

    public TierDowngradePolicy(ProgrammeConfig config) {
        this.tiers = config.tiers();
        this.zone = config.zone();
    }

    /** The downgrade the review at {@code reviewAt} decides for {@code member}, if any. */
    public Optional<Fact.TierChanged> review(MemberState member, Instant reviewAt) {
        Tier current = tiers.byId(member.tierId());
        int rank = tiers.rank(current);
        if (rank == 0 || member.tierSince() == null
                || member.tierSince().atZone(zone).plusMonths(tiers.downgradeHoldMonths()).toInstant().isAfter(reviewAt)) {
            return Optional.empty();
        }
        YearMonth reviewMonth = YearMonth.from(reviewAt.atZone(zone));
        Money completeMonths = member.statistics().rollingSpend(reviewMonth.minusMonths(1), tiers.windowMonths());
        Money toDate = member.statistics().rollingSpend(reviewMonth, tiers.windowMonths());
        boolean toDateIsBetter = !completeMonths.isAtLeast(toDate);
        YearMonth windowTo = toDateIsBetter ? reviewMonth : reviewMonth.minusMonths(1);
        Money rolling = toDateIsBetter ? toDate : completeMonths;
        Tier qualifying = tiers.qualifyingFor(rolling.amount());
        if (tiers.rank(qualifying) >= rank) {
            return Optional.empty();
        }
        Tier lowered = tiers.ladder().get(Math.max(tiers.rank(qualifying), rank - tiers.downgradeMaxSteps()));
        String rule = "held " + current.id() + " since " + member.tierSince() + " (tiers.downgrade.holdMonths="
                + tiers.downgradeHoldMonths() + "), below tier." + current.id() + ".threshold="
                + current.threshold().toPlainString() + ", qualifies for " + qualifying.id()
                + ", at most tiers.downgrade.maxSteps=" + tiers.downgradeMaxSteps() + " down";
        return Optional.of(new Fact.TierChanged(member.memberId(), current.id(), lowered.id(),
                Fact.TierChanged.Direction.DOWNGRADE, rolling, windowTo.minusMonths(tiers.windowMonths() - 1L), windowTo,
                rule, reviewAt));
    }
}
