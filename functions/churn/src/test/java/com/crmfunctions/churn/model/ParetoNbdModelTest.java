package com.crmfunctions.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ParetoNbdModelTest {

    /**
     * The likelihood against brute-force integration of its definition, in every regime the model
     * switches between: series (alpha close to beta), binomial expansion (beta far above alpha), both
     * split at a point, and quadrature (alpha far above beta), for small and large frequencies.
     */
    @ParameterizedTest(name = "r={0} alpha={1} s={2} beta={3} x={4} tx={5} T={6}")
    @CsvSource({
        "0.55, 10.6, 0.61, 11.7, 2, 30.4, 38.9",
        "0.55, 10.6, 0.61, 11.7, 0, 0, 38.9",
        "0.55, 10.6, 0.61, 11.7, 150, 30, 38.9",
        "0.8, 9.7, 0.0003, 115000, 0, 0, 40",
        "0.8, 9.7, 0.0003, 115000, 5, 12, 40",
        "0.8, 1.0, 0.5, 300, 3, 2, 400",
        "0.8, 1.0, 0.5, 300, 40, 0.5, 400",
        "1.5, 500, 0.7, 0.2, 3, 1, 30",
        "1.5, 5000, 0.7, 0.2, 60, 0.1, 30",
        "2.0, 3.0, 1.0, 3.0, 4, 10, 20"})
    void likelihoodMatchesDirectIntegration(double r, double alpha, double s, double beta, int x, double tx, double T) {
        ParetoNbdModel model = new ParetoNbdModel(new ParetoNbdParameters(r, alpha, s, beta));
        double logScale = -(r + x) * Math.log(alpha + tx) - (s + 1) * Math.log(beta + tx);
        double scaledIntegral = tx >= T ? 0 : new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-300, 2, 40).integrate(
                10_000_000, u -> Math.exp(-(r + x) * Math.log(alpha + u) - (s + 1) * Math.log(beta + u) - logScale), tx, T);
        double logAlive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
        double bracket = logScale + Math.log(Math.exp(logAlive - logScale) + s * scaledIntegral);
        double expected = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta) + bracket;
        assertThat(model.logLikelihood(x, tx, T)).isCloseTo(expected, within(1e-8 * Math.max(1, Math.abs(expected))));
        assertThat(model.pAlive(x, tx, T)).isBetween(0.0, 1.0);
    }

    @Test
    void expectationsAndProbabilitiesAreConsistent() {
        ParetoNbdModel model = new ParetoNbdModel(new ParetoNbdParameters(0.55, 10.6, 0.61, 11.7));
        double total = 0;
        double mean = 0;
        for (int k = 0; k < 60; k++) {
            double p = model.probabilityOfPurchases(k, 39);
            total += p;
            mean += k * p;
        }
        assertThat(total).isCloseTo(1.0, within(1e-6));
        assertThat(mean).isCloseTo(model.expected(39), within(1e-4));
        double conditionalTotal = 0;
        for (int k = 0; k < 80; k++) {
            conditionalTotal += model.conditionalProbabilityOfPurchases(k, 20, 4, 30, 38);
        }
        assertThat(conditionalTotal).isCloseTo(1.0, within(1e-6));
        assertThat(1 - model.conditionalProbabilityOfPurchases(0, 20, 4, 30, 38))
                .isCloseTo(model.pAlive(4, 30, 38) * model.purchaseIfAlive(4, 38, 20), within(1e-8));
        assertThat(model.expectedIfAlive(4, 38, 20)).isPositive();
        assertThat(new ParetoNbdModel(new ParetoNbdParameters(0.5, 10, 1.0, 12)).expected(10))
                .isCloseTo(0.5 / 10 * 12 * Math.log1p(10 / 12.0), within(1e-12));
    }
}
