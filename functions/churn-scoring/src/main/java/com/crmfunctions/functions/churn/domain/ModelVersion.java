package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.fit.FitResult;
import com.crmfunctions.churn.model.BgNbdModel;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.model.ParetoNbdModel;
import com.crmfunctions.churn.model.ParetoNbdParameters;
import com.crmfunctions.churn.model.Parameters;
import com.crmfunctions.churn.model.TransactionModel;
import com.crmfunctions.churn.segments.LifecycleSettings;
import com.crmfunctions.churn.segments.RfmSettings;
import java.time.Instant;
import java.util.Objects;

/**
 * One fitted version of the churn models: what the coordinator stores in the models table and every worker of the
 * run scores with, so that all members of a run are scored alike whatever the workers' own settings.
 *
 * @param runId        the scoring run that fitted it
 * @param fittedAt     the run's time ("now" of the scores), the version's sort key
 * @param unit         time unit of the parameters
 * @param purchase     the purchase model fit (BG/NBD, MBG/NBD or Pareto/NBD; its {@code model} names which)
 * @param spend        the Gamma-Gamma fit
 * @param spendFallbackMean mean value per purchase day of the fitted repeat buyers: the order value used where the
 *                     spend model has no finite mean
 * @param terms        horizons and discount rate
 * @param rfm          which RFM scores are high and low
 * @param rfmCutPoints population-wide RFM quintile cut points
 * @param lifecycle    lifecycle thresholds
 * @param clv          population CLV distribution
 * @param data         what the fit was made from
 */
public record ModelVersion(String runId, Instant fittedAt, PeriodUnit unit, FitResult<? extends Parameters> purchase,
                           FitResult<GammaGammaParameters> spend, double spendFallbackMean, ScoringTerms terms,
                           RfmSettings rfm, RfmCutPoints rfmCutPoints, LifecycleSettings lifecycle, ClvDistribution clv,
                           FitData data) {

    public ModelVersion {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(fittedAt, "fittedAt");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(rfmCutPoints, "rfmCutPoints");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(clv, "clv");
        Objects.requireNonNull(data, "data");
        if (!(spendFallbackMean > 0) || !Double.isFinite(spendFallbackMean)) {
            throw new IllegalArgumentException("spendFallbackMean must be positive and finite, was " + spendFallbackMean);
        }
        transactionModel(kindOf(purchase), purchase.parameters());
    }

    /** The purchase model's kind. */
    public ModelKind kind() { return kindOf(purchase); }

    public TransactionModel transactionModel() {
        return transactionModel(kind(), purchase.parameters());
    }

    public GammaGammaModel spendModel() {
        return new GammaGammaModel(spend.parameters(), spendFallbackMean);
    }

    private static ModelKind kindOf(FitResult<? extends Parameters> fit) {
        return ModelKind.fromName(fit.model());
    }

    /** The model of a stored fit: its kind is the fit's model name, so an MBG/NBD fit scores as MBG/NBD. */
    private static TransactionModel transactionModel(ModelKind kind, Parameters parameters) {
        boolean betaGeometric = kind == ModelKind.BG_NBD || kind == ModelKind.MBG_NBD;
        if (betaGeometric && parameters instanceof BgNbdParameters) {
            return new BgNbdModel(kind, (BgNbdParameters) parameters);
        }
        if (kind == ModelKind.PARETO_NBD && parameters instanceof ParetoNbdParameters) {
            return new ParetoNbdModel((ParetoNbdParameters) parameters);
        }
        throw new IllegalArgumentException("purchase model " + kind.cliName() + " with parameters " + parameters
                + ": expected " + (betaGeometric ? "BG/NBD parameters (r, alpha, a, b)"
                        : "Pareto/NBD parameters (r, alpha, s, beta)"));
    }
}
