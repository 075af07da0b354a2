package com.crmfunctions.functions.churn;

import static com.crmfunctions.adapters.dynamodb.Attributes.instant;
import static com.crmfunctions.adapters.dynamodb.Attributes.n;
import static com.crmfunctions.adapters.dynamodb.Attributes.s;
import static com.crmfunctions.functions.churn.Items.n;

import com.crmfunctions.adapters.dynamodb.Attributes;
import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.Segment;
import com.crmfunctions.functions.churn.domain.ContractTerms;
import com.crmfunctions.functions.churn.domain.MemberScore;
import com.crmfunctions.functions.churn.domain.StoredScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The score attributes of a member item ({@code members} table, key {@code memberId}). The churn scoring writes
 * only these, with {@code SET}/{@code REMOVE} on an existing item: the loyalty and profile attributes are other
 * writers', and a member that was deleted is never brought back.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>name</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code scoredRunId}, {@code scoredAt}</td><td>S, S</td><td>the run that wrote the scores and its time</td></tr>
 *   <tr><td>{@code pAlive}, {@code churnRisk}</td><td>N, N</td><td>probabilities</td></tr>
 *   <tr><td>{@code expectedPurchases}</td><td>N</td><td>expected purchase days over the model's purchase horizon</td></tr>
 *   <tr><td>{@code clv}, {@code clvPercentile}</td><td>S, N</td><td>value over the CLV horizon (base-currency decimal string);
 *       percentage of the population with a lower CLV (0-100)</td></tr>
 *   <tr><td>{@code rfmRecency}, {@code rfmFrequency}, {@code rfmMonetary}</td><td>N</td><td>quintile scores 1-5 (5 best), population-wide</td></tr>
 *   <tr><td>{@code preferredCategory}</td><td>S</td><td>category with the most spend; removed when there is none</td></tr>
 *   <tr><td>{@code segment}, {@code stage}</td><td>S, S</td><td>RFM segment ({@code strategic}, {@code potential}, {@code new},
 *       {@code at-risk}, {@code dormant}, {@code lost}, {@code regular}) and lifecycle stage ({@code introduction} ...
 *       {@code churned})</td></tr>
 *   <tr><td>{@code previousSegment}, {@code previousStage}</td><td>S, S</td><td>the values before the run that wrote
 *       these (absent after the first scoring): a redelivered segment decides its events from them</td></tr>
 *   <tr><td>{@code scoreEmittedRunId}</td><td>S</td><td>the last run whose CustomerScored for the member was published</td></tr>
 * </table>
 */
final class ScoreItems {

    static final String MEMBER_ID = "memberId";
    static final String SCORED_RUN_ID = "scoredRunId";
    static final String SCORED_AT = "scoredAt";
    static final String P_ALIVE = "pAlive";
    static final String CHURN_RISK = "churnRisk";
    static final String EXPECTED_PURCHASES = "expectedPurchases";
    static final String CLV = "clv";
    static final String CLV_PERCENTILE = "clvPercentile";
    static final String RFM_RECENCY = "rfmRecency";
    static final String RFM_FREQUENCY = "rfmFrequency";
    static final String RFM_MONETARY = "rfmMonetary";
    static final String PREFERRED_CATEGORY = "preferredCategory";
    static final String SEGMENT = "segment";
    static final String STAGE = "stage";
    static final String PREVIOUS_SEGMENT = "previousSegment";
    static final String PREVIOUS_STAGE = "previousStage";
    static final String EMITTED_RUN_ID = "scoreEmittedRunId";

    private ScoreItems() {}

    /** The member's last scoring as its item records it; {@link StoredScores#NONE} for a member never scored. */
    static StoredScores stored(Map<String, AttributeValue> item) {
        Attributes.Reader read = Attributes.of(item, "member " + item.getOrDefault(MEMBER_ID, s("?")).s());
        if (!read.has(SCORED_RUN_ID)) {
            return StoredScores.NONE;
        }
        return new StoredScores(read.string(SCORED_RUN_ID), read.instant(SCORED_AT),
                read.optional(STAGE, ScoreItems::stage, "a lifecycle stage").orElse(null),
                read.optional(SEGMENT, ScoreItems::segment, "a segment").orElse(null),
                read.optional(PREVIOUS_STAGE, ScoreItems::stage, "a lifecycle stage").orElse(null),
                read.optional(PREVIOUS_SEGMENT, ScoreItems::segment, "a segment").orElse(null),
                read.optionalString(EMITTED_RUN_ID).orElse(null));
    }

    /**
     * The update that writes a run's scores, on condition that the item exists and was last scored by the run
     * {@code seenRunId} (none when null): a member whose item changed since it was read is read again.
     */
    static Update scores(MemberScore score, StoredScores.Previous previous, String runId, Instant now, Currency currency,
                         String seenRunId) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        set(sets, names, values, SCORED_RUN_ID, s(runId));
        set(sets, names, values, SCORED_AT, instant(now));
        set(sets, names, values, P_ALIVE, n(score.pAlive()));
        set(sets, names, values, CHURN_RISK, n(score.churnRisk()));
        set(sets, names, values, EXPECTED_PURCHASES, n(score.expectedPurchases()));
        set(sets, names, values, CLV, s(ContractTerms.money(score.clv(), currency).toPlainString()));
        set(sets, names, values, CLV_PERCENTILE, n(100 * score.clvPercentile()));
        set(sets, names, values, RFM_RECENCY, n(score.rfm().recency()));
        set(sets, names, values, RFM_FREQUENCY, n(score.rfm().frequency()));
        set(sets, names, values, RFM_MONETARY, n(score.rfm().monetary()));
        setOrRemove(sets, removes, names, values, PREFERRED_CATEGORY, score.summary().preferredCategory());
        set(sets, names, values, SEGMENT, s(score.segment().label()));
        set(sets, names, values, STAGE, s(score.stage().label()));
        setOrRemove(sets, removes, names, values, PREVIOUS_SEGMENT, previous.segment() == null ? null : previous.segment().label());
        setOrRemove(sets, removes, names, values, PREVIOUS_STAGE, previous.stage() == null ? null : previous.stage().label());
        names.put("#memberId", MEMBER_ID);
        String condition;
        if (seenRunId == null) {
            condition = "attribute_exists(#memberId) AND attribute_not_exists(#scoredRunId)";
        } else {
            values.put(":seenRunId", s(seenRunId));
            condition = "attribute_exists(#memberId) AND #scoredRunId = :seenRunId";
        }
        String expression = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        return new Update(expression, condition, names, values);
    }

    /** Records that the run published the member's CustomerScored, if the member still exists and has its scores. */
    static Update emitted(String runId) {
        return new Update("SET #emitted = :runId", "attribute_exists(#memberId) AND #scoredRunId = :runId",
                Map.of("#emitted", EMITTED_RUN_ID, "#memberId", MEMBER_ID, "#scoredRunId", SCORED_RUN_ID),
                Map.of(":runId", s(runId)));
    }

    /** An UpdateItem's expressions. */
    record Update(String expression, String condition, Map<String, String> names, Map<String, AttributeValue> values) {}

    static LifecycleStage stage(String label) {
        return LifecycleStage.valueOf(label.toUpperCase(Locale.ROOT));
    }

    static Segment segment(String label) {
        return Segment.valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static void set(List<String> sets, Map<String, String> names, Map<String, AttributeValue> values, String name,
                            AttributeValue value) {
        names.put("#" + name, name);
        values.put(":" + name, value);
        sets.add("#" + name + " = :" + name);
    }

    private static void setOrRemove(List<String> sets, List<String> removes, Map<String, String> names,
                                    Map<String, AttributeValue> values, String name, String value) {
        if (value == null) {
            names.put("#" + name, name);
            removes.add("#" + name);
        } else {
            set(sets, names, values, name, s(value));
        }
    }
}
