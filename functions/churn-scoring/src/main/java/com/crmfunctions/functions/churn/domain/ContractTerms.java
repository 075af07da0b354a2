package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.Segment;
import com.crmfunctions.events.insights.CustomerScored;
import com.crmfunctions.events.insights.PurchaseModel;
import com.crmfunctions.events.insights.PurchaseSummary;
import com.crmfunctions.events.insights.RfmScore;
import com.crmfunctions.events.insights.ScoringModel;
import com.crmfunctions.events.insights.SpendModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The churn model's words in the CustomerScored contract's, and the event itself. */
public final class ContractTerms {

    private ContractTerms() {}

    public static com.crmfunctions.events.insights.LifecycleStage stage(LifecycleStage stage) {
        return com.crmfunctions.events.insights.LifecycleStage.valueOf(stage.name());
    }

    /** The contract names every segment of the churn scoring: one to one, by name. */
    public static com.crmfunctions.events.insights.Segment segment(Segment segment) {
        return com.crmfunctions.events.insights.Segment.valueOf(segment.name());
    }

    /** The contract names every purchase model of the churn module: one to one, by name. */
    public static PurchaseModel purchaseModel(ModelKind kind) {
        return PurchaseModel.valueOf(kind.name());
    }

    /** An amount in the currency's minor unit (at most the contract's 4 decimals), rounded half up, at least 0. */
    public static BigDecimal money(double amount, Currency currency) {
        int digits = currency.getDefaultFractionDigits() < 0 ? 2 : Math.min(4, currency.getDefaultFractionDigits());
        return BigDecimal.valueOf(Math.max(0, amount)).setScale(digits, RoundingMode.HALF_UP);
    }

    /**
     * The member's CustomerScored of a run.
     *
     * @param segmentNumber the worker segment that scored the member (its part of the causation id)
     */
    public static CustomerScored customerScored(MemberScore score, ScoreChange change, ModelVersion version,
                                                Currency currency, int segmentNumber) {
        MemberSummary summary = score.summary();
        String runId = version.runId();
        return new CustomerScored(runId, score.memberId(),
                new ScoringModel(purchaseModel(version.kind()), SpendModel.GAMMA_GAMMA, version.fittedAt()),
                new PurchaseSummary(summary.x(), summary.spanDays(), summary.ageDays(),
                        money(summary.meanPurchaseValue(), currency)),
                score.pAlive(), score.churnRisk(), score.expectedPurchases(), version.terms().purchaseHorizonDays(),
                currency, money(score.clv(), currency), version.terms().clvHorizonMonths(), 100 * score.clvPercentile(),
                new RfmScore(score.rfm().recency(), score.rfm().frequency(), score.rfm().monetary(),
                        summary.preferredCategory()),
                change.segment(), change.previousSegment(), change.segmentChanged(),
                change.stage(), change.previousStage(), change.stageChanged(),
                version.fittedAt(), runId, causationId(runId, segmentNumber));
    }

    /** {@code <runId>-segment-<n>}: the segment message that caused the event. */
    public static String causationId(String runId, int segmentNumber) {
        return runId + "-segment-" + segmentNumber;
    }
}
