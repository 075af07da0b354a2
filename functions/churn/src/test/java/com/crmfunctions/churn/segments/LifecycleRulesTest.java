package com.crmfunctions.churn.segments;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.model.BgNbdModel;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ParetoNbdModel;
import com.crmfunctions.churn.model.ParetoNbdParameters;
import com.crmfunctions.churn.model.TransactionModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

    private final LifecycleSettings settings = LifecycleSettings.defaults();
    private final LifecycleRules rules = LifecycleRules.of(settings);

    private boolean applies(String policy, StageInputs member) {
        return rules.named(policy).orElseThrow().applies(member);
    }

    private static StageInputs member(int orders, int days, double pAlive, double risk, double pAliveLater, double riskLater,
                                      double clvPercentile) {
        return new StageInputs(orders, days, pAlive, risk, pAliveLater, riskLater, clvPercentile);
    }

    @Test
    void eachPolicyAlone() {
        assertThat(applies("churnedPolicy", member(5, 300, 0.1, 0.5, 0.1, 0.5, 0.9))).isTrue();
        assertThat(applies("churnedPolicy", member(1, 300, 1.0, 0.97, 1.0, 0.98, 0.1))).isTrue();
        assertThat(applies("churnedPolicy", member(5, 300, 0.6, 0.5, 0.5, 0.6, 0.9))).isFalse();
        assertThat(applies("declinePolicy", member(5, 300, 0.45, 0.5, 0.4, 0.6, 0.9))).isTrue();
        assertThat(applies("declinePolicy", member(5, 300, 0.7, 0.5, 0.15, 0.6, 0.9))).isTrue();
        assertThat(applies("declinePolicy", member(5, 300, 0.7, 0.9, 0.6, 0.96, 0.9))).isTrue();
        assertThat(applies("declinePolicy", member(5, 300, 0.7, 0.5, 0.6, 0.6, 0.9))).isFalse();
        assertThat(applies("introductionPolicy", member(1, 20, 1, 0.5, 1, 0.6, 0.1))).isTrue();
        assertThat(applies("introductionPolicy", member(1, 120, 1, 0.5, 1, 0.6, 0.1))).isFalse();
        assertThat(applies("noSecondOrderPolicy", member(1, 120, 1, 0.5, 1, 0.6, 0.1))).isTrue();
        assertThat(applies("maturityPolicy", member(3, 200, 0.9, 0.3, 0.9, 0.4, 0.85))).isTrue();
        assertThat(applies("maturityPolicy", member(2, 200, 0.9, 0.3, 0.9, 0.4, 0.95))).isFalse();
        assertThat(applies("growthPolicy", member(2, 200, 0.9, 0.3, 0.9, 0.4, 0.1))).isTrue();
        assertThat(rules.classify(member(2, 200, 0.9, 0.3, 0.9, 0.4, 0.1))).isEqualTo(LifecycleStage.GROWTH);
        assertThat(LifecycleStage.DECLINE.label()).isEqualTo("decline");
    }

    /**
     * A member who stops buying is in decline at least the early-warning period before churned, under
     * every model: walk the calendar day by day without purchases.
     */
    @Test
    void declineIsVisibleBeforeChurn() {
        for (TransactionModel model : List.of(BgNbdModel.bgNbd(new BgNbdParameters(0.24, 4.4, 0.79, 2.4)),
                BgNbdModel.mbgNbd(new BgNbdParameters(0.52, 6.2, 0.89, 1.6)),
                new ParetoNbdModel(new ParetoNbdParameters(0.55, 10.6, 0.61, 11.7)))) {
            for (int x : new int[] {0, 4}) {
                List<LifecycleStage> path = new ArrayList<>();
                int firstDecline = -1;
                int firstChurned = -1;
                for (int day = 30; day <= 3000; day++) {
                    double bigT = day / 7.0;
                    double tx = x == 0 ? 0 : 4;
                    double warning = bigT + settings.earlyWarningDays() / 7.0;
                    StageInputs m = new StageInputs(x + 1, day, model.pAlive(x, tx, bigT),
                            Math.exp(-model.conditionalExpected(x, tx, bigT, 90 / 7.0)), model.pAlive(x, tx, warning),
                            Math.exp(-model.conditionalExpected(x, tx, warning, 90 / 7.0)), 0.5);
                    LifecycleStage stage = rules.classify(m);
                    path.add(stage);
                    if (stage == LifecycleStage.DECLINE && firstDecline < 0) {
                        firstDecline = day;
                    }
                    if (stage == LifecycleStage.CHURNED && firstChurned < 0) {
                        firstChurned = day;
                    }
                }
                assertThat(firstChurned).as("%s x=%d churns eventually", model.kind(), x).isPositive();
                assertThat(firstDecline).as("%s x=%d declines first", model.kind(), x).isPositive()
                        .isLessThanOrEqualTo(firstChurned - settings.earlyWarningDays());
                assertThat(path.subList(path.indexOf(LifecycleStage.CHURNED), path.size()))
                        .containsOnly(LifecycleStage.CHURNED);
            }
        }
    }
}
