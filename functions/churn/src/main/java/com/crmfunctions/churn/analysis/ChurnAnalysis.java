package com.crmfunctions.churn.analysis;

import com.crmfunctions.churn.fit.FitResult;
import com.crmfunctions.churn.fit.ModelFitting;
import com.crmfunctions.churn.fit.SpendTable;
import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.model.TransactionModel;
import com.crmfunctions.churn.scoring.ScoreColumns;
import com.crmfunctions.churn.scoring.Scorer;
import com.crmfunctions.churn.segments.LifecycleRules;
import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.RfmScorer;
import com.crmfunctions.churn.segments.SegmentRules;
import com.crmfunctions.churn.segments.StageInputs;
import com.crmfunctions.history.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The churn analysis as one library call: summarise the purchase histories at the calibration end, fit
 * the transaction model and the Gamma-Gamma spend model, score every customer (P(alive), expected
 * purchases, CLV, churn risk, RFM segment, lifecycle stage) and, with a holdout end, check the
 * predictions against what customers actually did.
 *
 * <p>Churn risk: customers are ranked by expected purchases over the risk horizon, reported as
 * {@code e^(-expected)}. ROC AUC at predicting "no purchase in the holdout" (90-day risk horizon):
 * <pre>
 *                                 CDNOW (to 1997-09-30 / 1998-06-30)   Online Retail II (to 2010-09-09 / 2010-12-09)
 *   expected purchases            BG 0.773  MBG 0.773  Pareto 0.779     BG 0.710  MBG 0.711  Pareto 0.711
 *   P(no purchase in horizon)     BG 0.767  MBG 0.769  Pareto 0.774     BG 0.717  MBG 0.717  Pareto 0.717
 *   1 - P(alive)                  BG 0.316  MBG 0.687  Pareto 0.726     BG 0.399  MBG 0.635  Pareto 0.635
 *   days since last purchase      0.771                                 0.653
 * </pre>
 * BG/NBD's P(alive) is worse than chance because every one-time buyer is "alive". Expected purchases
 * rank best on CDNOW and within 0.007 of the best on Online Retail, under every model, so they are the
 * product's churn risk. Every analysis with a holdout recomputes these candidates
 * ({@link HoldoutEvaluation#candidateAuc()}).
 */
public final class ChurnAnalysis {

    private ChurnAnalysis() {}

    public static ChurnReport analyse(Iterable<Transaction> transactions, AnalysisSettings settings) {
        CustomerHistories histories = new CustomerHistories();
        transactions.forEach(histories);
        return analyse(histories, settings);
    }

    public static ChurnReport analyse(CustomerHistories histories, AnalysisSettings settings) {
        CalibrationSummary summary = histories.summarise(settings.calibrationEnd(), settings.holdoutEnd().orElse(null),
                settings.unit());
        SummaryTable table = summary.summaryTable();
        SpendTable spendTable = summary.spendTable();
        ModelFitting.FittedModel fitted = ModelFitting.fit(settings.model(), table, settings.fit());
        FitResult<GammaGammaParameters> spendFit = ModelFitting.gammaGamma(spendTable, settings.fit());
        GammaGammaModel spend = ModelFitting.spendModel(spendFit, spendTable);

        int n = summary.customers();
        int[] x = summary.xColumn();
        double[] meanSpend = new double[n];
        for (int i = 0; i < n; i++) {
            meanSpend[i] = summary.meanRepeatSpend(i);
        }
        ScoreColumns columns = ScoreColumns.allocate(n);
        double unitDays = settings.unit().days();
        new Scorer(fitted.model(), spend, settings.scoring(), unitDays).score(table, x, meanSpend, columns);

        List<CustomerScore> scores = score(summary, fitted.model(), spend, columns, settings);
        Optional<HoldoutEvaluation> holdout = settings.holdoutEnd().isPresent()
                ? Optional.of(evaluate(summary, table, fitted.model(), columns, settings))
                : Optional.empty();
        return new ChurnReport(settings, n, summary.lateCustomers(), fitted.fit(), spendFit, holdout, scores);
    }

    private static List<CustomerScore> score(CalibrationSummary summary, TransactionModel model, GammaGammaModel spend,
                                             ScoreColumns columns, AnalysisSettings settings) {
        int n = summary.customers();
        double[] recency = new double[n];
        double[] orders = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            recency[i] = summary.daysSinceLast(i);
            orders[i] = summary.x(i) + 1;
            monetary[i] = summary.totalSpend(i);
        }
        RfmScore[] rfm = new RfmScorer(settings.rfm()).score(recency, orders, monetary);
        SegmentRules segments = SegmentRules.of(settings.rfm());
        LifecycleRules stages = LifecycleRules.of(settings.lifecycle());
        double unitDays = settings.unit().days();
        double warning = settings.lifecycle().earlyWarningDays() / unitDays;
        double riskHorizon = settings.scoring().riskHorizonDays() / unitDays;
        double[] clvPercentile = RfmScorer.midRankPercentiles(columns.clv());
        List<CustomerScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int xi = summary.x(i);
            double tx = summary.tx(i);
            double later = summary.bigT(i) + warning;
            int daysSinceFirst = (int) (settings.calibrationEnd().toEpochDay() - summary.firstPurchase(i).toEpochDay());
            StageInputs inputs = new StageInputs(xi + 1, daysSinceFirst, columns.pAlive()[i], columns.churnRisk()[i],
                    model.pAlive(xi, tx, later), Math.exp(-model.conditionalExpected(xi, tx, later, riskHorizon)),
                    clvPercentile[i]);
            LifecycleStage stage = stages.classify(inputs);
            scores.add(new CustomerScore(summary.id(i), xi, tx, summary.bigT(i), columns.pAlive()[i],
                    columns.expectedPurchases()[i], spend.expectedSpend(xi, summary.meanRepeatSpend(i)),
                    columns.clv()[i], columns.churnRisk()[i], rfm[i], segments.classify(rfm[i], xi + 1), stage,
                    summary.topCategory(i)));
        }
        return scores;
    }

    private static HoldoutEvaluation evaluate(CalibrationSummary summary, SummaryTable table, TransactionModel model,
                                              ScoreColumns columns, AnalysisSettings settings) {
        int n = summary.customers();
        double length = summary.holdoutLength();
        double[] count = new double[8];
        double[] actualSum = new double[8];
        double[] expectedSum = new double[8];
        double actualTotal = 0;
        double expectedTotal = 0;
        double absoluteError = 0;
        boolean[] noPurchase = new boolean[n];
        for (int i = 0; i < n; i++) {
            int bin = Math.min(summary.x(i), 7);
            double expected = model.conditionalExpected(summary.x(i), summary.tx(i), summary.bigT(i), length);
            double actual = summary.holdoutPurchases(i);
            count[bin]++;
            actualSum[bin] += actual;
            expectedSum[bin] += expected;
            actualTotal += actual;
            expectedTotal += expected;
            absoluteError += Math.abs(actual - expected);
            noPurchase[i] = actual == 0;
        }
        List<HoldoutEvaluation.FrequencyBin> bins = new ArrayList<>();
        for (int bin = 0; bin < 8; bin++) {
            bins.add(new HoldoutEvaluation.FrequencyBin(bin == 7 ? "7+" : Integer.toString(bin), (int) count[bin],
                    count[bin] > 0 ? actualSum[bin] / count[bin] : 0, count[bin] > 0 ? expectedSum[bin] / count[bin] : 0));
        }
        double productAuc = RocAuc.of(columns.churnRisk(), noPurchase);
        Map<String, Double> candidates = candidates(summary, table, settings, model, noPurchase);
        return new HoldoutEvaluation(length, bins, actualTotal, expectedTotal, n > 0 ? absoluteError / n : 0, productAuc,
                candidates);
    }

    /**
     * Every candidate churn ranking of every model (the models not chosen fitted from one start: this is
     * a comparison, not a fit to report), and the recency baseline.
     */
    private static Map<String, Double> candidates(CalibrationSummary summary, SummaryTable table,
                                                  AnalysisSettings settings, TransactionModel chosen,
                                                  boolean[] noPurchase) {
        int n = summary.customers();
        double horizon = settings.scoring().riskHorizonDays() / settings.unit().days();
        Map<String, Double> auc = new LinkedHashMap<>();
        for (ModelKind kind : ModelKind.values()) {
            TransactionModel model = kind == chosen.kind() ? chosen
                    : ModelFitting.fit(kind, table, settings.fit().withStarts(1)).model();
            double[] dead = new double[n];
            double[] fewerPurchases = new double[n];
            double[] none = new double[n];
            for (int i = 0; i < n; i++) {
                int x = summary.x(i);
                double tx = summary.tx(i);
                double bigT = summary.bigT(i);
                dead[i] = 1 - model.pAlive(x, tx, bigT);
                fewerPurchases[i] = -model.conditionalExpected(x, tx, bigT, horizon);
                none[i] = model.probabilityOfNoPurchase(x, tx, bigT, horizon);
            }
            auc.put(kind.cliName() + " expected purchases", RocAuc.of(fewerPurchases, noPurchase));
            auc.put(kind.cliName() + " P(no purchase)", RocAuc.of(none, noPurchase));
            auc.put(kind.cliName() + " 1-P(alive)", RocAuc.of(dead, noPurchase));
        }
        double[] recency = new double[n];
        for (int i = 0; i < n; i++) {
            recency[i] = summary.daysSinceLast(i);
        }
        auc.put("days since last purchase", RocAuc.of(recency, noPurchase));
        return auc;
    }
}
