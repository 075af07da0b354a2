package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.simulation.BgNbdSimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Model versions fitted on a small simulated population, for tests that need a real one. */
public final class Versions {

    private Versions() {}

    /** A BG/NBD version, the default model. */
    public static ModelVersion fitted(String runId, Instant fittedAt) {
        return fitted(runId, fittedAt, ModelKind.BG_NBD);
    }

    /** A version of the purchase model {@code kind}, configured as {@code churn.model} would. */
    public static ModelVersion fitted(String runId, Instant fittedAt, ModelKind kind) {
        BgNbdSimulator.Customers customers = BgNbdSimulator.simulate(ModelKind.BG_NBD, new BgNbdParameters(0.25, 4, 0.8, 2.4),
                300, 52, 1.0 / 7, 5);
        SummaryColumns columns = new SummaryColumns();
        for (int i = 0; i < customers.size(); i++) {
            double mean = 15 + i % 40;
            columns.add(new MemberSummary("m-" + i, customers.x()[i], (int) Math.round(customers.tx()[i] * 7),
                    (int) Math.round(customers.bigT()[i] * 7), BigDecimal.valueOf(mean * (customers.x()[i] + 1)), mean, null));
        }
        ChurnSettings settings = ChurnSettings.load(Map.of("CHURN_MODEL", kind.cliName()), key -> null);
        return ModelFit.fit(columns, settings, runId, fittedAt, new FitData(301, 301, 301, 300, 1, false));
    }
}
