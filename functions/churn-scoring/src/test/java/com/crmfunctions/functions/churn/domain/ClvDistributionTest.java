package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.crmfunctions.churn.segments.RfmScorer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClvDistributionTest {

    @Test
    void upToAThousandAndOneValuesThePercentileIsTheExactMidRank() {
        Random random = new Random(11);
        double[] clv = new double[800];
        for (int i = 0; i < clv.length; i++) {
            clv[i] = Math.round(random.nextDouble() * 200) / 4.0;    // with ties
        }
        double[] expected = RfmScorer.midRankPercentiles(clv);

        ClvDistribution distribution = ClvDistribution.of(clv);

        assertThat(distribution.values()).hasSize(800);
        for (int i = 0; i < clv.length; i++) {
            assertThat(distribution.percentile(clv[i])).isEqualTo(expected[i]);
        }
    }

    @Test
    void largerPopulationsKeepQuantilesWithinATenthOfAPercentagePoint() {
        Random random = new Random(12);
        double[] clv = new double[100_000];
        for (int i = 0; i < clv.length; i++) {
            clv[i] = Math.exp(random.nextGaussian() * 1.5 + 3);
        }
        double[] expected = RfmScorer.midRankPercentiles(clv);

        ClvDistribution distribution = ClvDistribution.of(clv);

        assertThat(distribution.values()).hasSize(ClvDistribution.MAX_VALUES);
        for (int i = 0; i < clv.length; i += 97) {
            assertThat(distribution.percentile(clv[i])).isCloseTo(expected[i], within(0.0011));
        }
    }

    @Test
    void valuesOutsideThePopulationAreAtItsEnds() {
        ClvDistribution distribution = ClvDistribution.of(new double[] {1, 2, 3, 4});

        assertThat(distribution.percentile(0)).isZero();
        assertThat(distribution.percentile(10)).isEqualTo(1.0);
        assertThat(distribution.percentile(2.5)).isEqualTo(0.5);
        assertThat(ClvDistribution.of(new double[0]).percentile(7)).isEqualTo(0.5);
    }

    @Test
    void unsortedOrNonFiniteStoredValuesAreRefused() {
        assertThatThrownBy(() -> new ClvDistribution(new double[] {2, 1})).hasMessageContaining("sorted");
        assertThatThrownBy(() -> new ClvDistribution(new double[] {1, Double.NaN})).hasMessageContaining("finite");
    }
}
