package com.crmfunctions.churn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.model.BgNbdModel;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.model.ParetoNbdModel;
import com.crmfunctions.churn.model.ParetoNbdParameters;
import com.crmfunctions.churn.model.TransactionModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void groupedScoresEqualTheModelsPerCustomerFormulas() {
        int[] x = {0, 3, 3, 0, 12, 1};
        double[] tx = {0, 20, 20, 0, 37.5, 1};
        double[] bigT = {38, 38, 38, 10, 38, 2};
        double[] spend = {0, 25, 40, 0, 18, 60};
        SummaryTable table = SummaryTable.ofCustomers(x, tx, bigT);
        ScoringSettings settings = new ScoringSettings(90, 365, 0.10, 30);
        // a sound spend fit, and a degenerate one (p + q - 1 < 0 for x = 1: no posterior mean, the own mean stands in)
        for (GammaGammaModel gg : List.of(new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44), 30),
                new GammaGammaModel(new GammaGammaParameters(0.1, 0.5, 10), 25)))
        for (TransactionModel model : List.of(BgNbdModel.bgNbd(new BgNbdParameters(0.24, 4.4, 0.79, 2.4)),
                BgNbdModel.mbgNbd(new BgNbdParameters(0.52, 6.2, 0.89, 1.6)),
                new ParetoNbdModel(new ParetoNbdParameters(0.55, 10.6, 0.61, 11.7)))) {
            ScoreColumns out = ScoreColumns.allocate(x.length);
            new Scorer(model, gg, settings, 7).score(table, x, spend, out);
            double rate = settings.discountRatePerUnit(7);
            for (int i = 0; i < x.length; i++) {
                double alive = model.pAlive(x[i], tx[i], bigT[i]);
                assertThat(out.pAlive()[i]).isCloseTo(alive, within(1e-12));
                assertThat(out.expectedPurchases()[i]).isCloseTo(model.conditionalExpected(x[i], tx[i], bigT[i], 90 / 7.0),
                        within(1e-12));
                assertThat(out.churnRisk()[i]).isCloseTo(Math.exp(-model.conditionalExpected(x[i], tx[i], bigT[i], 30 / 7.0)),
                        within(1e-12));
                assertThat(out.clv()[i]).isCloseTo(alive * model.discountedExpectedIfAlive(x[i], bigT[i], 365 / 7.0, rate)
                        * gg.expectedSpend(x[i], spend[i]), within(1e-9));
            }
            assertThat(out.churnRisk()[3]).as("a young one-time buyer is at less risk than an old one")
                    .isLessThan(out.churnRisk()[0]);
        }
    }
}
