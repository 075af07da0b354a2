package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.DEFAULTS;
import static com.crmfunctions.loyalty.Fixtures.GBP;
import static com.crmfunctions.loyalty.Fixtures.at;
import static com.crmfunctions.loyalty.Fixtures.gbp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierUpgradePolicyTest {

    private final TierUpgradePolicy policy = new TierUpgradePolicy(DEFAULTS);

    @Test
    void crossingAThresholdUpgradesAtOnceAndSaysWhy() {
        MemberState member = member("member", spend("2025-01-10T10:00:00Z", "300.00"), spend("2025-03-05T10:00:00Z", "250.00"));

        Fact.TierChanged change = policy.upgrade(member).orElseThrow();

        assertThat(change.fromTier()).isEqualTo("member");
        assertThat(change.toTier()).isEqualTo("silver");
        assertThat(change.direction()).isEqualTo(Fact.TierChanged.Direction.UPGRADE);
        assertThat(change.rollingSpend()).isEqualTo(gbp("550.00"));
        assertThat(change.windowFrom()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(change.windowTo()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(change.at()).isEqualTo(at("2025-03-05T10:00:00Z"));
        assertThat(change.explanation()).isEqualTo("upgraded from member to silver: qualifying spend 550.00 GBP in "
                + "2024-04..2025-03; reached tier.silver.threshold=500 over tiers.windowMonths=12");
    }

    @Test
    void aBigSpenderSkipsRungs() {
        MemberState member = member("member", spend("2025-03-05T10:00:00Z", "2500.00"));

        assertThat(policy.upgrade(member)).map(Fact.TierChanged::toTier).contains("gold");
    }

    @Test
    void spendOutsideTheRollingWindowDoesNotCount() {
        MemberState member = member("member", spend("2024-03-31T10:00:00Z", "450.00"), spend("2025-03-01T10:00:00Z", "100.00"));

        assertThat(policy.upgrade(member)).isEmpty();
        assertThat(member.statistics().monthlySpend()).containsKey(YearMonth.of(2024, 3));
    }

    @Test
    void refundsCountAgainstTheWindow() {
        MemberState member = member("member", spend("2025-03-05T10:00:00Z", "550.00"));
        MemberState refunded = new MemberState(member.memberId(), 0, "member", null,
                member.statistics().withRefund(YearMonth.of(2025, 3), gbp("60.00")));

        assertThat(policy.upgrade(member)).isPresent();
        assertThat(policy.upgrade(refunded)).isEmpty();
    }

    @Test
    void holdingTheTierReachedIsNoChange() {
        assertThat(policy.upgrade(member("silver", spend("2025-03-05T10:00:00Z", "1999.99")))).isEmpty();
        assertThat(policy.upgrade(member("vip", spend("2025-03-05T10:00:00Z", "2500.00")))).isEmpty();
        assertThat(policy.upgrade(member("member"))).isEmpty();
    }

    record Spend(String at, String amount) {}

    static Spend spend(String at, String amount) {
        return new Spend(at, amount);
    }

    static MemberState member(String tierId, Spend... spends) {
        MemberStatistics statistics = MemberStatistics.empty(GBP);
        for (Spend spend : spends) {
            statistics = statistics.withOrder(at(spend.at()), gbp(spend.amount()), Map.of(), DEFAULTS.zone(), 12);
        }
        return new MemberState(Fixtures.MEMBER, 0, tierId, at("2024-01-15T00:00:00Z"), statistics);
    }
}
