package com.crmfunctions.churn.analysis;

import com.crmfunctions.churn.fit.FitResult;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.model.Parameters;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The result of a churn analysis.
 *
 * @param customers        customers in the calibrated cohort (first purchase on or before the calibration end)
 * @param lateCustomers    customers left out because their first purchase came after the calibration end
 * @param transactionModel fit of the chosen transaction model
 * @param spendModel       fit of the Gamma-Gamma spend model
 * @param holdout          the holdout check, when a holdout end was given
 * @param scores           one row per customer, in order of first appearance in the input
 */
public record ChurnReport(AnalysisSettings settings, int customers, int lateCustomers,
                          FitResult<? extends Parameters> transactionModel, FitResult<GammaGammaParameters> spendModel,
                          Optional<HoldoutEvaluation> holdout, List<CustomerScore> scores) {

    public ChurnReport {
        scores = List.copyOf(scores);
    }

    /** Writes the per-customer scores as CSV with a header row. */
    public void writeScoresCsv(Appendable out) throws IOException {
        out.append(CustomerScore.CSV_HEADER).append('\n');
        for (CustomerScore score : scores) {
            out.append(score.csvRow()).append('\n');
        }
    }
}
