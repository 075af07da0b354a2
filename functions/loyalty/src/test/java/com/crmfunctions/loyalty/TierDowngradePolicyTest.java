package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.DEFAULTS;
import static com.crmfunctions.loyalty.Fixtures.at;
import static com.crmfunctions.loyalty.Fixtures.config;
import static com.crmfunctions.loyalty.Fixtures.gbp;
import static com.crmfunctions.loyalty.TierUpgradePolicyTest.member;
import static com.crmfunctions.loyalty.TierUpgradePolicyTest.spend;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TierDowngradePolicyTest {

    private static final Instant REVIEW = at("2025-02-01T04:00:00Z");

    private final TierDowngradePolicy policy = new TierDowngradePolicy(DEFAULTS);

    @Test
    void aTierHeldAYearWhoseSpendNoLongerQualifiesIsLoweredOneRung() {
        MemberState gold = member("gold", spend("2024-06-20T10:00:00Z", "600.00")); // gold since 2024-01-15

        Fact.TierChanged change = policy.review(gold, REVIEW).orElseThrow();

        assertThat(change.toTier()).isEqualTo("silver");
        assertThat(change.direction()).isEqualTo(Fact.TierChanged.Direction.DOWNGRADE);
        assertThat(change.rollingSpend()).isEqualTo(gbp("600.00"));
        assertThat(change.windowFrom()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(change.windowTo()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(change.at()).isEqualTo(REVIEW);
        assertThat(change.rule()).isEqualTo("held gold since 2024-01-15T00:00:00Z (tiers.downgrade.holdMonths=12), "
                + "below tier.gold.threshold=2000, qualifies for silver, at most tiers.downgrade.maxSteps=1 down");
        assertThat(gold.withTierChange(change).tierSince()).isEqualTo(REVIEW);
    }

    @Test
    void neverBeforeTheTierWasHeldForTheHoldingPeriod() {
        MemberState gold = member("gold", spend("2024-06-20T10:00:00Z", "10.00"));

        assertThat(policy.review(gold, at("2025-01-14T23:00:00Z"))).isEmpty();
        assertThat(policy.review(gold, at("2025-01-15T00:00:00Z"))).isPresent();
    }

    @Test
    void neverWhileTheSpendStillQualifies() {
        assertThat(policy.review(member("gold", spend("2024-02-01T10:00:00Z", "2000.00")), REVIEW)).isEmpty();
    }

    @Test
    void spendInTheMonthOfTheReviewStillCounts() {
        // the 12 complete months before the review hold 1500.00; the 12 months to date hold 2100.00
        MemberState gold = member("gold", spend("2024-03-10T10:00:00Z", "1500.00"), spend("2025-02-01T01:00:00Z", "600.00"));

        assertThat(policy.review(gold, REVIEW)).isEmpty();
        assertThat(policy.review(gold, at("2025-03-01T04:00:00Z"))).isEmpty();
        assertThat(policy.review(gold, at("2025-04-01T04:00:00Z"))).map(Fact.TierChanged::rollingSpend).contains(gbp("600.00"));
    }

    @Test
    void aLargerStepIsConfiguration() {
        MemberState vip = member("vip");

        assertThat(policy.review(vip, REVIEW)).map(Fact.TierChanged::toTier).contains("gold");
        assertThat(new TierDowngradePolicy(config("tiers.downgrade.maxSteps", "3")).review(vip, REVIEW))
                .map(Fact.TierChanged::toTier).contains("member");
        assertThat(new TierDowngradePolicy(config("tiers.downgrade.maxSteps", "3"))
                .review(member("vip", spend("2024-12-01T10:00:00Z", "700.00")), REVIEW))
                .map(Fact.TierChanged::toTier).contains("silver");
    }

    @Test
    void theEntryTierAndATierOfUnknownStartAreNeverLowered() {
        MemberState member = member("member");
        MemberState silverSinceUnknown = new MemberState(member.memberId(), 0, "silver", null, member.statistics());

        assertThat(policy.review(member, REVIEW)).isEmpty();
        assertThat(policy.review(silverSinceUnknown, REVIEW)).isEmpty();
    }
}
