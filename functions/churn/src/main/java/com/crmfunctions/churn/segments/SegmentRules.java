package com.crmfunctions.churn.segments;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The segment rules, each a small named policy, tried in this order (first match wins):
 * <ol>
 *   <li>{@code newCustomerPolicy}: one order so far and high recency;</li>
 *   <li>{@code strategicCustomerPolicy}: high recency, frequency and value;</li>
 *   <li>{@code potentialCustomerPolicy}: high recency, middling frequency and value;</li>
 *   <li>{@code atRiskCustomerPolicy}: low recency but high frequency or high value;</li>
 *   <li>{@code dormantCustomerPolicy}: low recency and frequency, middling value;</li>
 *   <li>{@code lostCustomerPolicy}: low recency, frequency and value;</li>
 * </ol>
 * and {@link Segment#REGULAR} otherwise. "High", "low" and "middling" come from {@link RfmSettings}.
 */
public final class SegmentRules {

    private final List<SegmentPolicy> policies;

    private SegmentRules(List<SegmentPolicy> policies) { this.policies = policies; }

    public static SegmentRules of(RfmSettings s) {
        return new SegmentRules(List.of(
                policy("newCustomerPolicy", Segment.NEW, (score, orders) -> orders == 1 && s.isHigh(score.recency())),
                policy("strategicCustomerPolicy", Segment.STRATEGIC, (score, orders) -> s.isHigh(score.recency())
                        && s.isHigh(score.frequency()) && s.isHigh(score.monetary())),
                policy("potentialCustomerPolicy", Segment.POTENTIAL, (score, orders) -> s.isHigh(score.recency())
                        && s.isMiddling(score.frequency()) && s.isMiddling(score.monetary())),
                policy("atRiskCustomerPolicy", Segment.AT_RISK, (score, orders) -> s.isLow(score.recency())
                        && (s.isHigh(score.frequency()) || s.isHigh(score.monetary()))),
                policy("dormantCustomerPolicy", Segment.DORMANT, (score, orders) -> s.isLow(score.recency())
                        && s.isLow(score.frequency()) && s.isMiddling(score.monetary())),
                policy("lostCustomerPolicy", Segment.LOST, (score, orders) -> s.isLow(score.recency())
                        && s.isLow(score.frequency()) && s.isLow(score.monetary()))));
    }

    public List<SegmentPolicy> policies() { return policies; }

    /** The policy with this name. */
    public Optional<SegmentPolicy> named(String name) {
        return policies.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The first matching segment, {@link Segment#REGULAR} when none matches. */
    public Segment classify(RfmScore score, int orders) {
        for (SegmentPolicy policy : policies) {
            if (policy.applies(score, orders)) {
                return policy.segment();
            }
        }
        return Segment.REGULAR;
    }

    private static SegmentPolicy policy(String name, Segment segment, BiPredicate<RfmScore, Integer> rule) {
        return new SegmentPolicy() {
            @Override
            public String name() { return name; }

            @Override
            public Segment segment() { return segment; }

            @Override
            public boolean applies(RfmScore score, int orders) { return rule.test(score, orders); }

            @Override
            public String toString() { return name; }
        };
    }
}
