package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.fit.FitSettings;
import com.crmfunctions.churn.fit.ModelFitting;
import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.model.TransactionModel;
import com.crmfunctions.churn.segments.LifecycleRules;
import com.crmfunctions.churn.segments.LifecycleSettings;
import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.RfmScorer;
import com.crmfunctions.churn.segments.RfmSettings;
import com.crmfunctions.churn.segments.StageInputs;
import com.crmfunctions.churn.simulation.BgNbdSimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's fit and the workers' scoring on a whole (simulated) population: the same parameters as a direct
 * fit, and for every member the scores the churn analysis would give it among that population.
 */
class MemberScorerTest {

    private static final int N = 600;
    private static final Instant FITTED_AT = Instant.parse("2026-11-23T03:00:00Z");
    private static List<MemberSummary> members;
    private static SummaryColumns columns;
    private static ModelVersion version;
    private static List<MemberScore> scores;

    @BeforeAll
    static void fitAndScore() {
        BgNbdSimulator.Customers customers = BgNbdSimulator.simulate(ModelKind.BG_NBD, new BgNbdParameters(0.25, 4, 0.8, 2.4),
                N, 52, 1.0 / 7, 99);
        members = new ArrayList<>();
        columns = new SummaryColumns(16);
        for (int i = 0; i < N; i++) {
            int purchaseDays = customers.x()[i] + 1;
            double mean = 10 + (i * 37 % 90);
            MemberSummary member = new MemberSummary("m-" + i, customers.x()[i], days(customers.tx()[i]),
                    days(customers.bigT()[i]), BigDecimal.valueOf(mean * purchaseDays), mean, null);
            members.add(member);
            columns.add(member);
        }
        version = fit(ChurnSettings.defaults());
        scores = new MemberScorer(version).score(members);
    }

    @Test
    void theStoredFitIsTheChurnModulesFitOfTheSameSummaries() {
        assertThat(version.purchase().parameters()).isEqualTo(ModelFitting.fit(ModelKind.BG_NBD, summaryTable(),
                FitSettings.defaults()).fit().parameters());
        assertThat(version.spend().customers()).isEqualTo((int) members.stream().filter(m -> m.x() > 0).count());
    }

    @Test
    void rfmScoresAndClvPercentilesPlaceEachMemberInTheWholePopulation() {
        double[] recency = new double[N];
        double[] frequency = new double[N];
        double[] monetary = new double[N];
        double[] clv = new double[N];
        for (int i = 0; i < N; i++) {
            recency[i] = members.get(i).daysSinceLast();
            frequency[i] = members.get(i).purchaseDays();
            monetary[i] = members.get(i).netSpend().doubleValue();
            clv[i] = scores.get(i).clv();
        }
        RfmScore[] rfm = new RfmScorer(RfmSettings.defaults()).score(recency, frequency, monetary);
        double[] percentiles = RfmScorer.midRankPercentiles(clv);
        for (int i = 0; i < N; i++) {
            assertThat(scores.get(i).rfm()).isEqualTo(rfm[i]);
            assertThat(scores.get(i).clvPercentile()).isEqualTo(percentiles[i]);
        }
    }

    @Test
    void probabilitiesAndStagesAreTheChurnAnalysisOnes() {
        TransactionModel model = version.transactionModel();
        LifecycleRules rules = LifecycleRules.of(LifecycleSettings.defaults());
        for (int i = 0; i < N; i++) {
            MemberSummary member = members.get(i);
            MemberScore score = scores.get(i);
            double tx = member.tx(PeriodUnit.WEEKS);
            double bigT = member.bigT(PeriodUnit.WEEKS);
            assertThat(score.pAlive()).isCloseTo(model.pAlive(member.x(), tx, bigT), within(1e-12));
            assertThat(score.expectedPurchases()).isCloseTo(model.conditionalExpected(member.x(), tx, bigT, 90 / 7.0),
                    within(1e-9));
            assertThat(score.churnRisk()).isCloseTo(Math.exp(-score.expectedPurchases()), within(1e-9));
            double later = bigT + 30 / 7.0;
            assertThat(score.stage()).isEqualTo(rules.classify(new StageInputs(member.purchaseDays(), member.ageDays(),
                    score.pAlive(), score.churnRisk(), model.pAlive(member.x(), tx, later),
                    Math.exp(-model.conditionalExpected(member.x(), tx, later, 90 / 7.0)), score.clvPercentile())));
        }
    }

    @Test
    void aMemberScoredAloneScoresAsInTheBatch() {
        MemberScorer scorer = new MemberScorer(version);
        for (int i = 0; i < N; i += 41) {
            assertThat(scorer.score(List.of(members.get(i)))).containsExactly(scores.get(i));
        }
    }

    /**
     * MBG/NBD's point: a one-time buyer may have dropped out right after the first purchase, so the longer ago it
     * was, the less likely they are alive; under BG/NBD every one-time buyer is alive for sure.
     */
    @Test
    void anMbgNbdVersionScoresOneTimeBuyersBelowCertainlyAliveAndLowerTheLongerAgo() {
        ModelVersion mbgNbd = fit(ChurnSettings.load(Map.of("CHURN_MODEL", "mbg-nbd"), key -> null));
        List<MemberScore> mbgScores = new MemberScorer(mbgNbd).score(members);
        TransactionModel direct = ModelFitting.fit(ModelKind.MBG_NBD, summaryTable(), FitSettings.defaults()).model();

        assertThat(mbgNbd.kind()).isEqualTo(ModelKind.MBG_NBD);
        assertThat(mbgNbd.purchase().parameters()).isEqualTo(direct.parameters());
        List<Integer> oneTimeBuyers = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            MemberSummary member = members.get(i);
            assertThat(mbgScores.get(i).pAlive()).isCloseTo(
                    direct.pAlive(member.x(), member.tx(PeriodUnit.WEEKS), member.bigT(PeriodUnit.WEEKS)), within(1e-12));
            if (member.x() == 0) {
                oneTimeBuyers.add(i);
            }
        }
        assertThat(oneTimeBuyers).hasSizeGreaterThan(N / 10);
        oneTimeBuyers.sort(Comparator.comparingInt(i -> members.get(i).ageDays()));
        for (int k = 0; k < oneTimeBuyers.size(); k++) {
            int i = oneTimeBuyers.get(k);
            assertThat(scores.get(i).pAlive()).as("BG/NBD, member %d", i).isEqualTo(1.0);
            assertThat(mbgScores.get(i).pAlive()).as("MBG/NBD, member %d", i).isLessThan(1.0);
            if (k > 0) {
                assertThat(mbgScores.get(i).pAlive()).isLessThanOrEqualTo(mbgScores.get(oneTimeBuyers.get(k - 1)).pAlive());
            }
        }
    }

    private static ModelVersion fit(ChurnSettings settings) {
        return ModelFit.fit(columns, settings, "run-1", FITTED_AT, new FitData(N, N, N, N, 0, false));
    }

    private static SummaryTable summaryTable() {
        int[] x = new int[N];
        double[] tx = new double[N];
        double[] bigT = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = members.get(i).x();
            tx[i] = members.get(i).tx(PeriodUnit.WEEKS);
            bigT[i] = members.get(i).bigT(PeriodUnit.WEEKS);
        }
        return SummaryTable.ofCustomers(x, tx, bigT);
    }

    private static int days(double weeks) {
        return (int) Math.round(weeks * 7);
    }
}
