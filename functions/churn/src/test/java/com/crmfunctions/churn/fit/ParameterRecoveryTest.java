package com.crmfunctions.churn.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.simulation.BgNbdSimulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParameterRecoveryTest {

    /**
     * Simulated from known parameters in continuous time, the fit lands within three standard errors of
     * them (purchase times rounded to days bias the estimates slightly, so the grid is fine here).
     */
    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"BG_NBD", "MBG_NBD"})
    void recoversSimulatedParameters(ModelKind kind) {
        BgNbdParameters truth = new BgNbdParameters(0.5, 6.0, 0.9, 3.0);
        BgNbdSimulator.Customers c = BgNbdSimulator.simulate(kind, truth, 20_000, 78, 1e-6, 7);
        SummaryTable table = SummaryTable.ofCustomers(c.x(), c.tx(), c.bigT());
        FitResult<BgNbdParameters> fit = ModelFitting.bgNbd(kind, table, FitSettings.defaults());
        assertThat(fit.status()).isEqualTo(FitStatus.CONVERGED);
        truth.asMap().forEach((name, value) -> assertThat(fit.parameters().asMap().get(name)).as(name)
                .isCloseTo(value, org.assertj.core.api.Assertions.within(3 * fit.standardErrors().get(name))));
    }
}
