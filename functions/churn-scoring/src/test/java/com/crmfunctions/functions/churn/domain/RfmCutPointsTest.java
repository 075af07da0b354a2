package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.RfmScorer;
import com.crmfunctions.churn.segments.RfmSettings;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RfmCutPointsTest {

    @Test
    void cutPointsReproduceTheChurnModulesQuintilesOnThePopulationTheyCameFrom() {
        Random random = new Random(7);
        int n = 2_000;
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            recency[i] = random.nextInt(400);
            frequency[i] = 1 + (random.nextDouble() < 0.6 ? 0 : random.nextInt(12));   // most members bought once
            monetary[i] = Math.round(random.nextDouble() * 50_000) / 100.0 - 20;       // some net of refunds below 0
        }
        RfmScore[] expected = new RfmScorer(RfmSettings.defaults()).score(recency, frequency, monetary);

        RfmCutPoints cuts = RfmCutPoints.of(recency, frequency, monetary);

        for (int i = 0; i < n; i++) {
            assertThat(cuts.score(recency[i], frequency[i], monetary[i])).as("member %d", i).isEqualTo(expected[i]);
        }
    }

    @Test
    void scoresThatNobodyReachesHaveNoCutPoint() {
        double[] same = {3, 3, 3, 3};

        RfmCutPoints cuts = RfmCutPoints.of(same, same, same);

        // Everyone ties at the middle: mid-rank 0.5, score 3.
        assertThat(cuts.frequency()).containsExactly(3, 3, Double.NaN, Double.NaN);
        assertThat(cuts.recencyDays()).containsExactly(3, 3, Double.NaN, Double.NaN);
        assertThat(cuts.score(3, 3, 3)).isEqualTo(new RfmScore(3, 3, 3));
        assertThat(cuts.score(0, 100, 1e6)).isEqualTo(new RfmScore(3, 3, 3));
        assertThat(cuts.score(10, 1, 0)).isEqualTo(new RfmScore(1, 1, 1));
    }

    @Test
    void aValueBetweenThePopulationsScoresLikeItsNeighbours() {
        double[] recency = {1, 10, 20, 30, 40, 50, 60, 70, 80, 90};
        double[] frequency = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        RfmCutPoints cuts = RfmCutPoints.of(recency, frequency, frequency);

        assertThat(cuts.score(15, 2.5, 2.5).recency()).isEqualTo(cuts.score(20, 3, 3).recency());
        assertThat(cuts.score(15, 2.5, 2.5).frequency()).isEqualTo(cuts.score(2, 2, 2).frequency());
        assertThat(cuts.score(0, 11, 11)).isEqualTo(new RfmScore(5, 5, 5));
    }
}
