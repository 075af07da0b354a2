package com.crmfunctions.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GammaGammaModelTest {

    @Test
    void expectedSpendShrinksTheCustomersMeanTowardsThePopulation() {
        GammaGammaModel model = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44), 30);
        double population = 6.25 * 15.44 / 2.74;
        assertThat(model.populationMean()).isCloseTo(population, within(1e-9));
        assertThat(model.expectedSpend(0, 0)).isEqualTo(model.populationMean());
        double one = model.expectedSpend(1, 100);
        double many = model.expectedSpend(50, 100);
        assertThat(one).isBetween(population, 100.0);
        assertThat(many).isBetween(one, 100.0);
    }

    @Test
    void withoutAFiniteMeanTheFallbackAndOwnMeansStandIn() {
        GammaGammaModel model = new GammaGammaModel(new GammaGammaParameters(0.1, 0.5, 10), 25);
        assertThat(model.hasFiniteMean()).isFalse();
        assertThat(model.populationMean()).isEqualTo(25);
        assertThat(model.expectedSpend(1, 40)).isEqualTo(40);
        assertThat(model.expectedSpend(10, 40)).isFinite().isPositive();
    }

    @Test
    void expectedSpendIsALineInTheMeanExceptWhereTheFitLeavesNoPosteriorMean() {
        GammaGammaModel model = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44), 30);
        for (int x : new int[] {0, 1, 7, 300}) {
            assertThat(model.linearInMean(x)).isTrue();
            double intercept = model.expectedSpend(x, 0);
            double slope = model.expectedSpend(x, 1) - intercept;
            assertThat(intercept + slope * 83.5).isCloseTo(model.expectedSpend(x, 83.5), within(1e-9));
        }
        GammaGammaModel degenerate = new GammaGammaModel(new GammaGammaParameters(0.1, 0.5, 10), 25);
        assertThat(degenerate.linearInMean(0)).isTrue();
        assertThat(degenerate.linearInMean(1)).isFalse(); // p + q - 1 < 0: the customer's own mean stands in
        assertThat(degenerate.linearInMean(10)).isTrue();
    }
}
