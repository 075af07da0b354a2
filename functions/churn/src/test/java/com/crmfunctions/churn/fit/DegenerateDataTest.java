package com.crmfunctions.churn.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.model.Parameters;
import com.crmfunctions.churn.scoring.ScoreColumns;
import com.crmfunctions.churn.scoring.Scorer;
import com.crmfunctions.churn.scoring.ScoringSettings;
import com.crmfunctions.churn.simulation.BgNbdSimulator;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data that break naive implementations: every fit returns finite parameters, a status and a diagnostic
 * saying what happened, and scoring on the result gives finite numbers for every customer.
 */
class DegenerateDataTest {

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void populationWithoutVisibleDropoutRunsToABoundaryOrSaysItIsNotIdentified(ModelKind kind) {
        // Poisson buyers who never leave: p = 0 for everyone.
        BgNbdSimulator.Customers c = BgNbdSimulator.simulate(ModelKind.BG_NBD,
                new BgNbdParameters(2.0, 8.0, 1e-9, 1e9), 800, 52, 1.0 / 7, 11);
        FitResult<? extends Parameters> fit = fitAndScore(kind, c.x(), c.tx(), c.bigT());
        assertThat(fit.status()).isIn(FitStatus.BOUNDARY, FitStatus.CONVERGED, FitStatus.NOT_CONVERGED);
        if (fit.status() != FitStatus.BOUNDARY) {
            assertThat(fit.has(Diagnostic.Code.WEAKLY_IDENTIFIED) || fit.has(Diagnostic.Code.STANDARD_ERRORS_UNAVAILABLE))
                    .as("diagnostics %s", fit.diagnostics()).isTrue();
        } else {
            assertThat(fit.has(Diagnostic.Code.BOUNDARY)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void noRepeatPurchasesAtAllFallsBackToThePrior(ModelKind kind) {
        int n = 500;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] bigT = new double[n];
        for (int i = 0; i < n; i++) {
            bigT[i] = 1 + i % 40;
        }
        FitResult<? extends Parameters> fit = fitAndScore(kind, x, tx, bigT);
        assertThat(fit.status()).isEqualTo(FitStatus.FALLBACK);
        assertThat(fit.has(Diagnostic.Code.INSUFFICIENT_DATA)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void emptyInputFallsBackAndSaysSo(ModelKind kind) {
        FitResult<? extends Parameters> fit = fitAndScore(kind, new int[0], new double[0], new double[0]);
        assertThat(fit.status()).isEqualTo(FitStatus.FALLBACK);
        assertThat(fit.has(Diagnostic.Code.EMPTY_INPUT)).isTrue();
        FitResult<GammaGammaParameters> spend = ModelFitting.gammaGamma(SpendTable.ofCustomers(new int[0], new double[0]),
                FitSettings.defaults());
        assertThat(spend.status()).isEqualTo(FitStatus.FALLBACK);
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void frequenciesInTheHundredsAndLastPurchaseAtTheEnd(ModelKind kind) {
        int n = 300;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] bigT = new double[n];
        for (int i = 0; i < n; i++) {
            bigT[i] = 20 + i % 30;
            x[i] = i % 3 == 0 ? 0 : 100 + 3 * i;
            tx[i] = x[i] == 0 ? 0 : bigT[i];
        }
        FitResult<? extends Parameters> fit = fitAndScore(kind, x, tx, bigT);
        assertThat(fit.status()).isNotEqualTo(FitStatus.FALLBACK);
    }

    private static FitResult<? extends Parameters> fitAndScore(ModelKind kind, int[] x, double[] tx, double[] bigT) {
        SummaryTable table = SummaryTable.ofCustomers(x, tx, bigT);
        ModelFitting.FittedModel fitted = ModelFitting.fit(kind, table, FitSettings.defaults());
        FitResult<? extends Parameters> fit = fitted.fit();
        assertThat(fit.logLikelihood()).isFinite();
        fit.parameters().asMap().values().forEach(v -> assertThat(v).isFinite().isPositive());
        fit.standardErrors().values().forEach(v -> assertThat(v).isFinite());
        double[] spend = new double[x.length];
        Arrays.fill(spend, 20.0);
        ScoreColumns scores = ScoreColumns.allocate(x.length);
        new Scorer(fitted.model(), new GammaGammaModel(new GammaGammaParameters(6, 4, 15), 20), ScoringSettings.defaults(), 7)
                .score(table, x, spend, scores);
        for (double[] column : new double[][] {scores.pAlive(), scores.expectedPurchases(), scores.clv(), scores.churnRisk()}) {
            for (double v : column) {
                assertThat(v).isFinite().isGreaterThanOrEqualTo(0);
            }
        }
        for (double p : scores.pAlive()) {
            assertThat(p).isLessThanOrEqualTo(1.0);
        }
        return fit;
    }
}
