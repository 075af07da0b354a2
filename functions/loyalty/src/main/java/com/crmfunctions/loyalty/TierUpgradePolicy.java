package com.crmfunctions.loyalty;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * <b>tierUpgradePolicy</b>: a member is upgraded at once when their rolling qualifying spend reaches a higher
 * tier's threshold: to the highest tier reached, several rungs at once if need be. The window is the
 * {@code tiers.windowMonths} calendar months ending with the month of the member's latest order (the latest
 * time the orders know of, so a late-arriving old order is judged in today's window).
 *
 * <p>The order that crosses a threshold earns at the tier held before it; the new multiplier applies from the
 * next order.
 */
public final class TierUpgradePolicy {

    private final ProgrammeConfig.Tiers tiers;
    private final ZoneId zone;

    public TierUpgradePolicy(ProgrammeConfig config) {
        this.tiers = config.tiers();
        this.zone = config.zone();
    }

    /** The upgrade {@code member} (statistics already including their latest order) has earned, if any. */
    public Optional<Fact.TierChanged> upgrade(MemberState member) {
        MemberStatistics statistics = member.statistics();
        Optional<YearMonth> windowTo = statistics.latestMonth(zone);
        if (windowTo.isEmpty()) {
            return Optional.empty();
        }
        Money rolling = statistics.rollingSpend(windowTo.get(), tiers.windowMonths());
        Tier current = tiers.byId(member.tierId());
        Tier reached = tiers.qualifyingFor(rolling.amount());
        if (tiers.rank(reached) <= tiers.rank(current)) {
            return Optional.empty();
        }
        String rule = "reached tier." + reached.id() + ".threshold=" + reached.threshold().toPlainString()
                + " over tiers.windowMonths=" + tiers.windowMonths();
        return Optional.of(new Fact.TierChanged(member.memberId(), current.id(), reached.id(),
                Fact.TierChanged.Direction.UPGRADE, rolling, windowTo.get().minusMonths(tiers.windowMonths() - 1L),
                windowTo.get(), rule, statistics.lastOrderAt()));
    }
}
