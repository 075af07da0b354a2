package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.SETTINGS;
import static com.crmfunctions.functions.webhookingest.Webhooks.canonical;
import static com.crmfunctions.functions.webhookingest.Webhooks.events;
import static com.crmfunctions.functions.webhookingest.Webhooks.json;
import static com.crmfunctions.functions.webhookingest.Webhooks.map;
import static com.crmfunctions.functions.webhookingest.Webhooks.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventType;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical wrapper: its schema, its samples, and errors pointing into the body. */
class CanonicalFormatTest {

    private static final CanonicalFormat FORMAT = new CanonicalFormat(SETTINGS);

    @ParameterizedTest
    @ValueSource(strings = {"OrderPlaced", "OrderRefunded", "CustomerProfileChanged"})
    void everySampleMapsToItsDetailUnchanged(String type) {
        String sample = resource("webhooks/canonical/samples/" + type + ".json");

        Mapping mapping = map(FORMAT, canonical(sample));

        assertThat(events(mapping)).singleElement().satisfies(detail -> {
            assertThat(EventType.of(detail).detailType()).isEqualTo(type);
            assertThat(detail).isEqualTo(EventCodec.fromDetailJson(type, json("webhooks/canonical/samples/" + type + ".json").get("detail").toString()));
        });
    }

    @Test
    void theDetailOfEveryShippedEventSampleIsACanonicalBody() {
        for (EventType type : List.of(EventType.ORDER_PLACED, EventType.ORDER_REFUNDED, EventType.CUSTOMER_PROFILE_CHANGED)) {
            ObjectNode body = Webhooks.json("webhooks/canonical/samples/OrderPlaced.json").put("type", type.detailType());
            body.set("detail", json(type.sampleResource(1)).get("detail"));
            assertThat(events(map(FORMAT, canonical(body.toString())))).as(type.detailType()).hasSize(1);
        }
    }

    @Test
    void theWrapperIsStrict() {
        ObjectNode body = json("webhooks/canonical/samples/OrderPlaced.json").put("type", "PointsAccrued").put("extra", 1);
        body.remove("detail");

        assertThatThrownBy(() -> map(FORMAT, canonical(body.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("/type", "/detail", "/extra"));
    }

    @Test
    void detailViolationsArePointersIntoTheBody() {
        ObjectNode body = json("webhooks/canonical/samples/OrderPlaced.json");
        ObjectNode detail = (ObjectNode) body.get("detail");
        ((ObjectNode) detail.get("lines").get(1)).put("quantity", -1);
        detail.remove("storefront");

        assertThatThrownBy(() -> map(FORMAT, canonical(body.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("/detail/lines/1/quantity", "/detail/storefront"));
    }

    @Test
    void theFunctionsOwnBoundsApplyBeyondTheSchema() {
        ObjectNode body = json("webhooks/canonical/samples/OrderPlaced.json");
        ObjectNode detail = (ObjectNode) body.get("detail");
        ((ObjectNode) detail.get("lines").get(0)).put("quantity", 20_000);
        detail.put("occurredAt", "2025-03-22T12:00:00Z");

        assertThatThrownBy(() -> map(FORMAT, canonical(body.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).containsExactly(
                        new Violation("/detail/lines/0/quantity", "must be at most 10000"),
                        new Violation("/detail/occurredAt", "lies in the future (after the request was received, allowing for clock skew)")));
    }

    @Test
    void jsonPathsOfTheEventsModuleBecomePointers() {
        assertThat(CanonicalFormat.detailPointer("$")).isEqualTo("/detail");
        assertThat(CanonicalFormat.detailPointer("$.lines[12].unitPrice")).isEqualTo("/detail/lines/12/unitPrice");
        assertThat(CanonicalFormat.detailPointer("$['odd/name'].x")).isEqualTo("/detail/odd~1name/x");
    }
}
