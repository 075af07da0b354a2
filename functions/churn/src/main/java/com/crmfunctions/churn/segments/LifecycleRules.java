package com.crmfunctions.churn.segments;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The lifecycle rules, each a small named policy, tried in this order (first match wins):
 * <ol>
 *   <li>{@code churnedPolicy}: P(alive) below {@code churnedBelowPAlive}, or churn risk above
 *       {@code churnedAboveRisk};</li>
 *   <li>{@code declinePolicy}: P(alive) below {@code declineBelowPAlive}, or the churned test would pass
 *       after {@code earlyWarningDays} more days without a purchase. P(alive) only falls and churn risk only
 *       rises while a member does not buy, so every member passes through decline at least
 *       {@code earlyWarningDays} before churned;</li>
 *   <li>{@code introductionPolicy}: only the first order so far, at most {@code introductionDays} ago;</li>
 *   <li>{@code noSecondOrderPolicy}: only the first order, longer ago: in decline (the second-order nudge
 *       comes before the model calls the member churned, so decline still precedes churn);</li>
 *   <li>{@code maturityPolicy}: at least {@code maturityMinOrders} orders and CLV in the top
 *       {@code maturityTopClvShare};</li>
 *   <li>{@code growthPolicy}: everyone else (repeat buyers).</li>
 * </ol>
 */
public final class LifecycleRules {

    private final List<StagePolicy> policies;

    private LifecycleRules(List<StagePolicy> policies) { this.policies = policies; }

    public static LifecycleRules of(LifecycleSettings s) {
        Predicate<StageInputs> churnedNow = m -> m.pAlive() < s.churnedBelowPAlive()
                || m.churnRisk() > s.churnedAboveRisk();
        return new LifecycleRules(List.of(
                policy("churnedPolicy", LifecycleStage.CHURNED, churnedNow),
                policy("declinePolicy", LifecycleStage.DECLINE, m -> m.pAlive() < s.declineBelowPAlive()
                        || m.pAliveAfterWarning() < s.churnedBelowPAlive()
                        || m.churnRiskAfterWarning() > s.churnedAboveRisk()),
                policy("introductionPolicy", LifecycleStage.INTRODUCTION, m -> m.orders() <= 1
                        && m.daysSinceFirst() <= s.introductionDays()),
                policy("noSecondOrderPolicy", LifecycleStage.DECLINE, m -> m.orders() <= 1),
                policy("maturityPolicy", LifecycleStage.MATURITY, m -> m.orders() >= s.maturityMinOrders()
                        && m.clvPercentile() >= 1 - s.maturityTopClvShare()),
                policy("growthPolicy", LifecycleStage.GROWTH, m -> true)));
    }

    public List<StagePolicy> policies() { return policies; }

    public Optional<StagePolicy> named(String name) {
        return policies.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public LifecycleStage classify(StageInputs member) {
        for (StagePolicy policy : policies) {
            if (policy.applies(member)) {
                return policy.stage();
            }
        }
        throw new IllegalStateException("growthPolicy matches everyone");
    }

    private static StagePolicy policy(String name, LifecycleStage stage, Predicate<StageInputs> rule) {
        return new StagePolicy() {
            @Override
            public String name() { return name; }

            @Override
            public LifecycleStage stage() { return stage; }

            @Override
            public boolean applies(StageInputs member) { return rule.test(member); }

            @Override
            public String toString() { return name; }
        };
    }
}
