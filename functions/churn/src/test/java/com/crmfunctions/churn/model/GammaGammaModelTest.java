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
}
