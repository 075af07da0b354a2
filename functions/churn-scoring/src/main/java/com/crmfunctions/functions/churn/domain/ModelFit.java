package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.fit.FitResult;
import com.crmfunctions.churn.fit.ModelFitting;
import com.crmfunctions.churn.fit.SpendTable;
import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.scoring.ScoreColumns;
import com.crmfunctions.churn.scoring.Scorer;
import java.time.Instant;

/**
 * The coordinator's model work on the members it read: fit the purchase and spend models, then score those same
 * members to learn the population's CLV distribution, and cut the RFM quintiles.
 */
public final class ModelFit {

    private ModelFit() {}

    public static ModelVersion fit(SummaryColumns members, ChurnSettings settings, String runId, Instant fittedAt,
                                   FitData data) {
        SummaryTable table = members.summaryTable(settings.unit());
        SpendTable spendTable = members.spendTable();
        ModelFitting.FittedModel purchase = ModelFitting.fit(settings.model(), table, settings.fit());
        FitResult<GammaGammaParameters> spend = ModelFitting.gammaGamma(spendTable, settings.fit());
        double fallbackMean = spendTable.meanOrderValue() > 0 ? spendTable.meanOrderValue() : 1.0;

        ScoreColumns scores = ScoreColumns.allocate(members.size());
        new Scorer(purchase.model(), new GammaGammaModel(spend.parameters(), fallbackMean),
                settings.terms().scoringSettings(), settings.unit().days())
                .score(table, members.x(), members.meanValues(), scores);

        return new ModelVersion(runId, fittedAt, settings.unit(), purchase.fit(), spend, fallbackMean, settings.terms(),
                settings.rfm(), RfmCutPoints.of(members.recencyDays(), members.purchaseDays(), members.netSpend()),
                settings.lifecycle(), ClvDistribution.of(scores.clv()), data);
    }
}
