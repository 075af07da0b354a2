package com.crmfunctions.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.crmfunctions.events.insights.CustomerScored;
import com.crmfunctions.events.insights.PurchaseModel;
import com.crmfunctions.events.insights.Segment;
import com.crmfunctions.events.loyalty.PointsAccrued;
import com.crmfunctions.events.loyalty.TierChanged;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The version 1 contracts carry what the functions emit, unchanged: every segment and purchase model of the churn
 * scoring, ledger entry ids as the ledger stores them ({@code order#<orderId>}) and every tier id the programme
 * accepts. Each value goes through {@link EventCodec} both ways (read, validated, mapped, written, validated); the
 * forms producers wrote before stay readable.
 */
class ContractValuesTest {

    private static final EventType SCORED = EventType.CUSTOMER_SCORED;

    /** Where ledger entry ids travel: detail-type → fields. */
    private static final Map<EventType, List<String>> LEDGER_ENTRY_FIELDS = Map.of(
            EventType.POINTS_ACCRUED, List.of("entryId"),
            EventType.POINTS_REVERSED, List.of("entryId"),
            EventType.POINTS_REDEEMED, List.of("entryId"),
            EventType.POINTS_EXPIRED, List.of("lotId", "entryId"));

    @ParameterizedTest
    @EnumSource(Segment.class)
    void everySegmentTravelsInLowerSnakeCase(Segment segment) {
        String wire = segment.name().toLowerCase(Locale.ROOT);
        ObjectNode detail = Fixtures.sampleDetail(SCORED).put("segment", wire).put("previousSegment", wire)
                .put("segmentChanged", false);

        CustomerScored scored = EventCodec.fromDetailJson(CustomerScored.class, Fixtures.text(detail));
        JsonNode written = roundTrip(SCORED, detail);

        assertThat(scored.segment()).isEqualTo(segment);
        assertThat(scored.previousSegment()).isEqualTo(segment);
        assertThat(written.get("segment").textValue()).isEqualTo(wire);
    }

    @Test
    void theSegmentsTheChurnScoringAddedAreSpelledLikeTheOtherEnums() {
        assertThat(rejected(SCORED, Fixtures.sampleDetail(SCORED).put("segment", "at-risk")).paths())
                .containsExactly("$.segment");
        assertThat(roundTrip(SCORED, Fixtures.sampleDetail(SCORED).put("segment", "at_risk")).get("segment").textValue())
                .isEqualTo("at_risk");
    }

    @ParameterizedTest
    @EnumSource(PurchaseModel.class)
    void everyPurchaseModelTravels(PurchaseModel model) {
        String wire = model.name().toLowerCase(Locale.ROOT);
        ObjectNode detail = Fixtures.sampleDetail(SCORED);
        ((ObjectNode) detail.get("model")).put("purchase", wire);

        CustomerScored scored = EventCodec.fromDetailJson(CustomerScored.class, Fixtures.text(detail));

        assertThat(scored.model().purchase()).isEqualTo(model);
        assertThat(roundTrip(SCORED, detail).at("/model/purchase").textValue()).isEqualTo(wire);
    }

    /** The stored form, with the business id's own ':' kept; then the forms announced before it. */
    @ParameterizedTest
    @ValueSource(strings = {"order#5521809133710", "refund#C456", "refund#r:1", "order:5521809133710", "01JPC4M7ZQ8X2V3K9H6T5R1N0B"})
    void ledgerEntryIdsTravelAsTheLedgerStoresThem(String entryId) {
        LEDGER_ENTRY_FIELDS.forEach((type, fields) -> {
            ObjectNode detail = Fixtures.sampleDetail(type);
            fields.forEach(field -> detail.put(field, entryId));

            JsonNode written = roundTrip(type, detail);

            fields.forEach(field -> assertThat(written.get(field).textValue()).as("%s.%s", type, field).isEqualTo(entryId));
        });
        ObjectNode accrued = Fixtures.sampleDetail(EventType.POINTS_ACCRUED).put("entryId", entryId);
        assertThat(EventCodec.fromDetailJson(PointsAccrued.class, Fixtures.text(accrued)).entryId()).isEqualTo(entryId);
    }

    @Test
    void aLedgerEntryIdIsStillAnIdAndBusinessIdsStillLeaveHashOut() {
        String longest = "redemption#" + "r".repeat(133);
        ObjectNode accrued = Fixtures.sampleDetail(EventType.POINTS_ACCRUED);

        assertThat(roundTrip(EventType.POINTS_ACCRUED, accrued.deepCopy().put("entryId", longest)).get("entryId").textValue())
                .isEqualTo(longest);
        for (String bad : List.of("#5521809133710", "order# 1", "order#1/2", longest + "r")) {
            assertThat(rejected(EventType.POINTS_ACCRUED, accrued.deepCopy().put("entryId", bad)).paths())
                    .as(bad).containsExactly("$.entryId");
        }
        assertThat(rejected(EventType.POINTS_ACCRUED, accrued.deepCopy().put("orderId", "order#1")).paths())
                .containsExactly("$.orderId");
    }

    /**
     * The programme's tier ids ({@code [a-z][a-z0-9-]}, at most 32 characters: {@code ProgrammeConfigLoader}), and
     * {@code _}, which the contract always accepted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gold-plus", "vip", "v", "tier-2-b", "abcdefghijklmnopqrstuvwxyz-12345", "gold_plus"})
    void programmeTierIdsTravelInEveryTierField(String tier) {
        ObjectNode accrued = Fixtures.sampleDetail(EventType.POINTS_ACCRUED).put("tier", tier);
        ObjectNode upgrade = Fixtures.sampleDetail(EventType.TIER_CHANGED).put("from", "member").put("to", tier);
        ObjectNode downgrade = Fixtures.sampleDetail(EventType.TIER_CHANGED).put("from", tier).put("to", "member");

        assertThat(roundTrip(EventType.POINTS_ACCRUED, accrued).get("tier").textValue()).isEqualTo(tier);
        assertThat(roundTrip(EventType.TIER_CHANGED, upgrade).get("to").textValue()).isEqualTo(tier);
        assertThat(EventCodec.fromDetailJson(TierChanged.class, Fixtures.text(downgrade)).from()).isEqualTo(tier);
    }

    @Test
    void tierIdsOutsideTheProgrammesRuleAreRejected() {
        for (String bad : List.of("Gold", "-gold", "2gold", "gold plus", "abcdefghijklmnopqrstuvwxyz-123456")) {
            ObjectNode changed = Fixtures.sampleDetail(EventType.TIER_CHANGED).put("to", bad);
            assertThat(rejected(EventType.TIER_CHANGED, changed).paths()).as(bad).containsExactly("$.to");
        }
    }

    /** Reads the detail, writes its record again and returns what was written (validated both ways). */
    private static JsonNode roundTrip(EventType type, ObjectNode detail) {
        EventDetail record = EventCodec.fromDetailJson(type.detailType(), Fixtures.text(detail));
        JsonNode written = Fixtures.parse(EventCodec.toDetailJson(record));
        assertThat(EventCodec.fromDetailJson(type.detailType(), Fixtures.text(written))).isEqualTo(record);
        return written;
    }

    private static InvalidEventException rejected(EventType type, ObjectNode detail) {
        return catchThrowableOfType(InvalidEventException.class,
                () -> EventCodec.fromDetailJson(type.detailType(), Fixtures.text(detail)));
    }
}
