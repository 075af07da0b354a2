package com.crmfunctions.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.crmfunctions.churn.math.GaussLegendre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BgNbdModelTest {

    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.2426, 4.4136, 0.7929, 2.4259);

    private static BgNbdModel model(ModelKind kind, BgNbdParameters p) {
        return new BgNbdModel(kind, p);
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"BG_NBD", "MBG_NBD"})
    void probabilitiesSumToOneAndAverageToTheExpectation(ModelKind kind) {
        BgNbdModel m = model(kind, CDNOW);
        double total = 0;
        double mean = 0;
        for (int k = 0; k < 400; k++) {
            double p = m.probabilityOfPurchases(k, 52);
            total += p;
            mean += k * p;
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(mean).isCloseTo(m.expected(52), within(1e-7));

        double conditionalTotal = 0;
        double conditionalMean = 0;
        for (int k = 0; k < 400; k++) {
            double p = m.conditionalProbabilityOfPurchases(k, 39, 3, 20, 38);
            conditionalTotal += p;
            conditionalMean += k * p;
        }
        assertThat(conditionalTotal).isCloseTo(1.0, within(1e-9));
        assertThat(conditionalMean).isCloseTo(m.conditionalExpected(3, 20, 38, 39), within(1e-7));
        assertThat(m.probabilityOfNoPurchase(3, 20, 38, 39))
                .isCloseTo(m.conditionalProbabilityOfPurchases(0, 39, 3, 20, 38), within(1e-12));
    }

    @Test
    void mbgNbdLetsOneTimeBuyersDieAndBgNbdDoesNot() {
        assertThat(model(ModelKind.BG_NBD, CDNOW).pAlive(0, 0, 38)).isEqualTo(1.0);
        double young = model(ModelKind.MBG_NBD, CDNOW).pAlive(0, 0, 2);
        double old = model(ModelKind.MBG_NBD, CDNOW).pAlive(0, 0, 38);
        assertThat(old).isLessThan(young).isLessThan(1.0).isPositive();
    }

    @Test
    void expectationIsContinuousThroughAEqualsOne() {
        double below = model(ModelKind.BG_NBD, new BgNbdParameters(0.5, 5, 1 - 1e-9, 2)).conditionalExpected(4, 20, 30, 26);
        double at = model(ModelKind.BG_NBD, new BgNbdParameters(0.5, 5, 1, 2)).conditionalExpected(4, 20, 30, 26);
        double above = model(ModelKind.BG_NBD, new BgNbdParameters(0.5, 5, 1 + 1e-9, 2)).conditionalExpected(4, 20, 30, 26);
        assertThat(at).isFinite().isPositive();
        assertThat(below).isCloseTo(at, within(1e-7));
        assertThat(above).isCloseTo(at, within(1e-7));
    }

    @Test
    void hundredsOfPurchasesStayFiniteAndSensible() {
        BgNbdModel m = model(ModelKind.BG_NBD, CDNOW);
        assertThat(m.pAlive(1000, 10, 100)).isEqualTo(0.0);
        assertThat(m.conditionalExpected(1000, 10, 100, 52)).isFinite().isGreaterThanOrEqualTo(0);
        for (int x : new int[] {2, 40, 500}) {
            assertThat(m.expectedIfAlive(x, 100, 52)).as("x=%d", x)
                    .isCloseTo(expectedIfAliveByIntegration(CDNOW, x, 100, 52), within(1e-6 * m.expectedIfAlive(x, 100, 52)));
        }
        assertThat(m.logLikelihood(500, 99, 100)).isFinite();
        assertThat(m.conditionalProbabilityOfPurchases(250, 52, 500, 99, 100)).isFinite().isBetween(0.0, 1.0);
        assertThat(m.conditionalExpected(0, 0, 0, 1e6)).isFinite();
    }

    /**
     * {@code E[X | alive] = E over p ~ Beta(a, b+x) of (1 - ((alpha+T)/(alpha+T+p t))^(r+x)) / p}, integrated
     * directly in {@code u = p^a} (which removes the density's singularity at 0).
     */
    private static double expectedIfAliveByIntegration(BgNbdParameters p, int x, double bigT, double t) {
        double b = p.b() + x;
        double k = p.r() + x;
        double base = p.alpha() + bigT;
        double norm = p.a() * Math.exp(org.hipparchus.special.Beta.logBeta(p.a(), b));
        double upper = Math.min(1.0, Math.pow(80.0 / b, p.a())); // (1-q)^(b-1) < e^-79 beyond
        java.util.function.DoubleUnaryOperator integrand = u -> {
            double q = Math.pow(u, 1 / p.a());
            double ifDead = q == 0 ? k * t / base : -Math.expm1(-k * Math.log1p(q * t / base)) / q;
            return Math.exp((b - 1) * Math.log1p(-q)) * ifDead / norm;
        };
        // panels halving towards 0, where the integrand is not smooth in u
        GaussLegendre rule = new GaussLegendre(32);
        double sum = 0;
        for (int panel = 0; panel < 80; panel++) {
            sum += rule.integrate(integrand, upper * Math.pow(0.5, panel + 1), upper * Math.pow(0.5, panel));
        }
        return sum;
    }

    @Test
    void discountingLowersValueAndMatchesAFineIntegral() {
        BgNbdModel m = model(ModelKind.BG_NBD, CDNOW);
        double rate = Math.log1p(0.10) / 52;
        double discounted = m.discountedExpectedIfAlive(2, 30, 52, rate);
        assertThat(discounted).isLessThan(m.expectedIfAlive(2, 30, 52));
        assertThat(m.discountedExpectedIfAlive(2, 30, 52, 0)).isEqualTo(m.expectedIfAlive(2, 30, 52));
        // integration by parts with a 64-node rule: the 8 nodes the model uses are enough
        GaussLegendre fine = new GaussLegendre(64);
        double reference = Math.exp(-rate * 52) * m.expectedIfAlive(2, 30, 52)
                + rate * fine.integrate(u -> Math.exp(-rate * u) * m.expectedIfAlive(2, 30, u), 0, 52);
        assertThat(discounted).isCloseTo(reference, within(1e-9 * reference));

        // the steepest the settings allow: 120 months at 1000 % a year
        double steep = 10.0 / 52;
        double horizon = 120 * 52 / 12.0;
        double steepIntegral = 0;
        for (int panel = 0; panel < 200; panel++) { // 64 nodes on each of 200 panels
            steepIntegral += fine.integrate(u -> Math.exp(-steep * u) * m.expectedIfAlive(2, 30, u),
                    horizon * panel / 200, horizon * (panel + 1) / 200);
        }
        double steepReference = Math.exp(-steep * horizon) * m.expectedIfAlive(2, 30, horizon) + steep * steepIntegral;
        assertThat(m.discountedExpectedIfAlive(2, 30, horizon, steep)).isCloseTo(steepReference, within(1e-6 * steepReference));
    }
}
