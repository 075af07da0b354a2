package com.crmfunctions.churn.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.crmfunctions.churn.CdnowData;
import com.crmfunctions.churn.fit.Diagnostic;
import com.crmfunctions.churn.fit.FitStatus;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.Segment;
import com.crmfunctions.history.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChurnAnalysisTest {

    private static ChurnReport report;

    @BeforeAll
    static void analyseCdnow() {
        report = ChurnAnalysis.analyse(CdnowData.histories(),
                AnalysisSettings.calibratedTo(CdnowData.CALIBRATION_END).withHoldoutEnd(CdnowData.HOLDOUT_END));
    }

    @Test
    void reportsTheFitAndTheHoldoutCheck() {
        assertThat(report.customers()).isEqualTo(2357);
        assertThat(report.transactionModel().model()).isEqualTo("bg-nbd");
        assertThat(report.transactionModel().status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(report.transactionModel().logLikelihood()).isCloseTo(-9582.429, within(0.01));
        assertThat(report.spendModel().logLikelihood()).isCloseTo(-4055.918, within(0.01));
        HoldoutEvaluation holdout = report.holdout().orElseThrow();
        assertThat(holdout.holdoutLength()).isEqualTo(39.0);
        assertThat(holdout.actualPurchases()).isEqualTo(1882);
        assertThat(holdout.expectedPurchases()).isCloseTo(1653.4, within(0.5));
        assertThat(holdout.byFrequency()).hasSize(8);
        assertThat(holdout.byFrequency().get(0).customers()).isEqualTo(1411);
        assertThat(holdout.byFrequency().get(7).frequency()).isEqualTo("7+");
        assertThat(holdout.meanAbsoluteError()).isBetween(0.5, 1.0);
    }

    /** The product's ranking beats chance, recency and P(alive); BG/NBD's P(alive) is worse than chance. */
    @Test
    void churnRiskRanksHoldoutChurnersWell() {
        HoldoutEvaluation holdout = report.holdout().orElseThrow();
        Map<String, Double> auc = holdout.candidateAuc();
        assertThat(holdout.churnRiskAuc()).isCloseTo(auc.get("bg-nbd expected purchases"), within(1e-12))
                .isGreaterThan(0.77).isGreaterThan(auc.get("days since last purchase"));
        assertThat(auc.get("bg-nbd 1-P(alive)")).isLessThan(0.5);
        assertThat(auc.get("mbg-nbd 1-P(alive)")).isLessThan(holdout.churnRiskAuc());
        assertThat(auc.get("pareto-nbd expected purchases")).isGreaterThan(0.775);
        assertThat(auc).hasSize(10);
    }

    @Test
    void scoresEveryCustomerWithSegmentsStagesAndCsv() throws Exception {
        assertThat(report.scores()).hasSize(2357).allSatisfy(s -> {
            assertThat(s.pAlive()).isBetween(0.0, 1.0);
            assertThat(s.churnRisk()).isBetween(0.0, 1.0);
            assertThat(s.clv()).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(s.expectedPurchases()).isFinite().isGreaterThanOrEqualTo(0);
        });
        assertThat(report.scores()).extracting(CustomerScore::segment).contains(Segment.STRATEGIC, Segment.LOST, Segment.NEW);
        assertThat(report.scores()).extracting(CustomerScore::stage)
                .contains(LifecycleStage.GROWTH, LifecycleStage.MATURITY, LifecycleStage.DECLINE);
        CustomerScore frequent = report.scores().stream().filter(s -> s.customerId().equals("4")).findFirst().orElseThrow();
        assertThat(frequent.x()).isEqualTo(2);
        StringBuilder csv = new StringBuilder();
        report.writeScoresCsv(csv);
        String[] lines = csv.toString().split("\n");
        assertThat(lines).hasSize(2358);
        assertThat(lines[0]).isEqualTo("customerId,x,t_x,T,pAlive,expectedPurchases,expectedOrderValue,clv,churnRisk,"
                + "rfm,segment,stage,topCategory");
        assertThat(lines[1].split(",", -1)).hasSize(13);
    }

    @Test
    void emptyAndTinyInputsGiveAReportWithDiagnostics() {
        AnalysisSettings settings = AnalysisSettings.calibratedTo(LocalDate.of(2024, 6, 30))
                .withHoldoutEnd(LocalDate.of(2024, 9, 30)).withModel(ModelKind.PARETO_NBD).withUnit(PeriodUnit.DAYS);
        ChurnReport empty = ChurnAnalysis.analyse(List.of(), settings);
        assertThat(empty.customers()).isZero();
        assertThat(empty.transactionModel().has(Diagnostic.Code.EMPTY_INPUT)).isTrue();
        assertThat(empty.holdout().orElseThrow().churnRiskAuc()).isEqualTo(0.5);

        List<Transaction> few = List.of(
                purchase("a", "2024-01-05", "10.00", "books"), purchase("a", "2024-03-01", "30.00", "toys"),
                purchase("a", "2024-03-01", "5.00", "toys"), purchase("b", "2024-06-01", "8.00", null),
                purchase("c", "2024-07-15", "9.00", null));
        ChurnReport tiny = ChurnAnalysis.analyse(few, settings);
        assertThat(tiny.customers()).isEqualTo(2);
        assertThat(tiny.lateCustomers()).isEqualTo(1);
        assertThat(tiny.transactionModel().status()).isEqualTo(FitStatus.FALLBACK);
        CustomerScore a = tiny.scores().get(0);
        assertThat(a.x()).isEqualTo(1);
        assertThat(a.topCategory()).contains("toys");
        assertThat(a.bigT()).isEqualTo(177.0);
        assertThat(a.tx()).isEqualTo(56.0);
    }

    private static Transaction purchase(String customer, String day, String amount, String category) {
        Transaction t = Transaction.of(customer, LocalDateTime.parse(day + "T12:00:00"), new BigDecimal(amount))
                .withOrderId(customer + "-" + day);
        return category == null ? t : t.withCategory(category);
    }
}
