package com.crmfunctions.churn.segments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    private final SegmentRules rules = SegmentRules.of(RfmSettings.defaults());

    private boolean applies(String policy, int r, int f, int m, int orders) {
        return rules.named(policy).orElseThrow().applies(new RfmScore(r, f, m), orders);
    }

    @Test
    void eachPolicyAlone() {
        assertThat(applies("newCustomerPolicy", 5, 1, 3, 1)).isTrue();
        assertThat(applies("newCustomerPolicy", 5, 2, 3, 2)).isFalse();
        assertThat(applies("strategicCustomerPolicy", 5, 4, 4, 9)).isTrue();
        assertThat(applies("strategicCustomerPolicy", 5, 4, 3, 9)).isFalse();
        assertThat(applies("potentialCustomerPolicy", 4, 3, 3, 3)).isTrue();
        assertThat(applies("potentialCustomerPolicy", 3, 3, 3, 3)).isFalse();
        assertThat(applies("atRiskCustomerPolicy", 1, 5, 2, 8)).isTrue();
        assertThat(applies("atRiskCustomerPolicy", 1, 2, 5, 2)).isTrue();
        assertThat(applies("atRiskCustomerPolicy", 3, 5, 5, 8)).isFalse();
        assertThat(applies("dormantCustomerPolicy", 2, 1, 3, 1)).isTrue();
        assertThat(applies("dormantCustomerPolicy", 2, 1, 1, 1)).isFalse();
        assertThat(applies("lostCustomerPolicy", 1, 1, 1, 1)).isTrue();
    }

    @Test
    void firstMatchWinsAndTheRestIsRegular() {
        assertThat(rules.classify(new RfmScore(5, 1, 5), 1)).isEqualTo(Segment.NEW);
        assertThat(rules.classify(new RfmScore(5, 5, 5), 7)).isEqualTo(Segment.STRATEGIC);
        assertThat(rules.classify(new RfmScore(3, 3, 3), 3)).isEqualTo(Segment.REGULAR);
        assertThat(Segment.AT_RISK.label()).isEqualTo("at-risk");
        assertThat(rules.policies()).extracting(SegmentPolicy::name).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void quantileScoresGiveEqualValuesEqualScores() {
        RfmScorer scorer = new RfmScorer(RfmSettings.defaults());
        double[] orders = {1, 1, 1, 1, 1, 1, 2, 3, 5, 8};
        double[] recency = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        RfmScore[] scores = scorer.score(recency, orders, orders);
        for (int i = 1; i < 6; i++) {
            assertThat(scores[i].frequency()).isEqualTo(scores[0].frequency());
        }
        assertThat(scores[9].frequency()).isEqualTo(5);
        assertThat(scores[0].recency()).as("most recent scores best").isEqualTo(5);
        assertThat(scores[9].recency()).isEqualTo(1);
        assertThat(scores[9].code()).isEqualTo("155");
    }
}
