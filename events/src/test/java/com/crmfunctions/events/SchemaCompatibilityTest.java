package com.crmfunctions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.events.Fixtures.SampleFile;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Proves that {@link SchemaCompatibility} tells additive schema changes from breaking ones. */
class SchemaCompatibilityTest {

    private static final EventType ORDER = EventType.ORDER_PLACED;

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theShippedSchemaOfEveryVersionAcceptsItsPublishedSamples(EventType type) {
        for (int version : type.supportedVersions()) {
            assertThat(SchemaCompatibility.samplesRejectedBy(Fixtures.schema(type, version), type, version)).isEmpty();
        }
    }

    @Test
    void anExtraRequiredFieldBreaksTheOlderSample() {
        ObjectNode candidate = v1Copy();
        ((ObjectNode) candidate.get("properties")).putObject("loyaltyCardNumber").put("type", "string");
        ((ArrayNode) candidate.get("required")).add("loyaltyCardNumber");

        Map<SampleFile, List<Violation>> rejected = SchemaCompatibility.samplesRejectedBy(candidate, ORDER, 1);

        assertThat(rejected).hasSize(1);
        assertThat(rejected.values().iterator().next()).extracting(Violation::path).containsExactly("$.loyaltyCardNumber");
    }

    @Test
    void anExtraOptionalFieldIsCompatible() {
        ObjectNode candidate = v1Copy();
        ((ObjectNode) candidate.get("properties")).putObject("giftMessage").put("type", "string").put("maxLength", 200);

        assertThat(SchemaCompatibility.samplesRejectedBy(candidate, ORDER, 1)).isEmpty();
    }

    @Test
    void wideningAnEnumOrAPatternIsCompatible() {
        ObjectNode candidate = v1Copy();
        ((ObjectNode) candidate.get("properties")).putObject("channel").putArray("enum")
                .add("web").add("app").add("marketplace").add("pos").add("kiosk");
        ((ObjectNode) candidate.get("properties")).putObject("orderId").put("type", "string").put("pattern", "^[A-Za-z0-9][A-Za-z0-9._:#-]{0,143}$");

        assertThat(SchemaCompatibility.samplesRejectedBy(candidate, ORDER, 1)).isEmpty();
    }

    @Test
    void removingAFieldBreaksTheOlderSampleBecauseUnknownFieldsAreRejected() {
        ObjectNode candidate = v1Copy();
        ((ObjectNode) candidate.get("properties")).remove("couponCodes");
        ArrayNode required = (ArrayNode) candidate.get("required");
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).asText().equals("couponCodes")) {
                required.remove(i);
            }
        }

        assertThat(paths(SchemaCompatibility.samplesRejectedBy(candidate, ORDER, 1))).containsExactly("$.couponCodes");
    }

    @Test
    void narrowingAnEnumOrABoundBreaksTheOlderSample() {
        ObjectNode narrowerEnum = v1Copy();
        ((ObjectNode) narrowerEnum.get("properties")).putObject("channel").putArray("enum").add("app").add("pos");
        ObjectNode tighterBound = v1Copy();
        ((ObjectNode) tighterBound.get("properties").get("lines")).put("maxItems", 2);

        assertThat(paths(SchemaCompatibility.samplesRejectedBy(narrowerEnum, ORDER, 1))).containsExactly("$.channel");
        assertThat(paths(SchemaCompatibility.samplesRejectedBy(tighterBound, ORDER, 1))).containsExactly("$.lines");
    }

    private static ObjectNode v1Copy() {
        return (ObjectNode) Fixtures.schema(ORDER, 1).deepCopy();
    }

    private static List<String> paths(Map<SampleFile, List<Violation>> rejected) {
        return rejected.values().stream().flatMap(List::stream).map(Violation::path).toList();
    }
}
