package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.Segment;
import java.util.Objects;

/**
 * One member's scores in one run.
 *
 * @param expectedPurchases expected purchase days over the purchase horizon
 * @param clv               discounted value over the CLV horizon, in the base currency
 * @param clvPercentile     share of the population with a lower CLV (plus half the share with an equal one), 0 to 1
 */
public record MemberScore(MemberSummary summary, double pAlive, double churnRisk, double expectedPurchases, double clv,
                          double clvPercentile, RfmScore rfm, Segment segment, LifecycleStage stage) {

    public MemberScore {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(stage, "stage");
        if (!probability(pAlive) || !probability(churnRisk) || !probability(clvPercentile)
                || !(expectedPurchases >= 0) || !(clv >= 0) || !Double.isFinite(expectedPurchases + clv)) {
            throw new IllegalArgumentException("member " + summary.memberId() + ": scores out of range: pAlive=" + pAlive
                    + ", churnRisk=" + churnRisk + ", expectedPurchases=" + expectedPurchases + ", clv=" + clv
                    + ", clvPercentile=" + clvPercentile);
        }
    }

    public String memberId() { return summary.memberId(); }

    private static boolean probability(double value) {
        return value >= 0 && value <= 1;
    }
}
