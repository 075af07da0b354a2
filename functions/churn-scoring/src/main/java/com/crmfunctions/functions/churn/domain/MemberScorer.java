package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.fit.SummaryTable;
import com.crmfunctions.churn.model.TransactionModel;
import com.crmfunctions.churn.scoring.ScoreColumns;
import com.crmfunctions.churn.scoring.Scorer;
import com.crmfunctions.churn.segments.LifecycleRules;
import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.SegmentRules;
import com.crmfunctions.churn.segments.StageInputs;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores members with one {@link ModelVersion}, the way the churn analysis does (the same {@link Scorer}, segment and
 * lifecycle rules), except that RFM scores and CLV percentiles place each member in the whole population through
 * the version's cut points and CLV distribution rather than among the members at hand. Thread-safe: every call
 * builds its own scorer.
 */
public final class MemberScorer {

    private final ModelVersion version;
    private final TransactionModel model;
    private final SegmentRules segments;
    private final LifecycleRules stages;
    private final PeriodUnit unit;
    private final double warning;
    private final double riskHorizon;

    public MemberScorer(ModelVersion version) {
        this.version = version;
        this.model = version.transactionModel();
        this.segments = SegmentRules.of(version.rfm());
        this.stages = LifecycleRules.of(version.lifecycle());
        this.unit = version.unit();
        this.warning = unit.fromDays(version.lifecycle().earlyWarningDays());
        this.riskHorizon = unit.fromDays(version.terms().riskHorizonDays());
    }

    public ModelVersion version() { return version; }

    /** Scores, in the order of {@code members}. */
    public List<MemberScore> score(List<MemberSummary> members) {
        int n = members.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] bigT = new double[n];
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            MemberSummary member = members.get(i);
            x[i] = member.x();
            tx[i] = member.tx(unit);
            bigT[i] = member.bigT(unit);
            mean[i] = member.meanPurchaseValue();
        }
        ScoreColumns columns = ScoreColumns.allocate(n);
        new Scorer(model, version.spendModel(), version.terms().scoringSettings(), unit.days())
                .score(SummaryTable.ofCustomers(x, tx, bigT), x, mean, columns);
        List<MemberScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            MemberSummary member = members.get(i);
            double pAlive = columns.pAlive()[i];
            double risk = columns.churnRisk()[i];
            double clv = columns.clv()[i];
            double clvPercentile = version.clv().percentile(clv);
            RfmScore rfm = version.rfmCutPoints().score(member.daysSinceLast(), member.purchaseDays(),
                    member.netSpend().doubleValue());
            double later = bigT[i] + warning;
            LifecycleStage stage = stages.classify(new StageInputs(member.purchaseDays(), member.ageDays(), pAlive, risk,
                    model.pAlive(x[i], tx[i], later), Math.exp(-model.conditionalExpected(x[i], tx[i], later, riskHorizon)),
                    clvPercentile));
            scores.add(new MemberScore(member, pAlive, risk, columns.expectedPurchases()[i], clv, clvPercentile, rfm,
                    segments.classify(rfm, member.purchaseDays()), stage));
        }
        return scores;
    }
}
