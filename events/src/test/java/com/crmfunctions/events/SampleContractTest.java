package com.crmfunctions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.events.Fixtures.SampleFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped sample, of every version, is a valid event that today's consumers accept; samples of
 * the current version survive record mapping unchanged.
 */
class SampleContractTest {

    /** JSON numbers are equal by value: {@code 402} and {@code 402.0} are the same number. */
    private static final Comparator<JsonNode> SAME_JSON = (a, b) -> {
        if (a instanceof NumericNode && b instanceof NumericNode) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static Stream<SampleFile> samples() {
        return Fixtures.sampleFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleIsFiledUnderItsDetailTypeAndVersion(SampleFile sample) {
        JsonNode event = Fixtures.parse(EventSamples.json(type(sample), sample.version()));
        assertThat(event.path("detail-type").asText()).isEqualTo(sample.detailType());
        assertThat(event.at("/detail/version").asInt()).isEqualTo(sample.version());
        assertThat(event.path("source").asText()).isEqualTo(type(sample).source().value());
    }

    /** Envelope, source and detail are validated against the schema of the sample's own version. */
    @ParameterizedTest
    @MethodSource("samples")
    void todaysConsumersAcceptSamplesOfEverySupportedVersion(SampleFile sample) {
        EventType type = type(sample);

        Envelope<EventDetail> event = EventCodec.fromEventJson(EventSamples.json(type, sample.version()));

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.detail()).isInstanceOf(type.recordType());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void currentSampleMapsToItsRecordAndBackToEqualJson(EventType type) {
        String sample = EventSamples.json(type, type.currentVersion());

        String again = EventCodec.toEventJson(EventCodec.fromEventJson(sample));

        assertSameJson(again, sample);
    }

    /** Optional fields may be left out, and stay out. Conditionally required ones (if/then) are kept. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void currentSampleWithoutItsOptionalFieldsStillMapsBackToEqualJson(EventType type) {
        ObjectNode detail = Fixtures.sampleDetail(type);
        JsonNode schema = Fixtures.schema(type, type.currentVersion());
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("allOf").forEach(rule -> rule.at("/then/required").forEach(name -> required.add(name.asText())));
        List<String> optional = new ArrayList<>();
        detail.fieldNames().forEachRemaining(name -> {
            if (!required.contains(name)) {
                optional.add(name);
            }
        });
        detail.remove(optional);
        String minimal = Fixtures.text(detail);

        EventDetail record = EventCodec.fromDetailJson(type.detailType(), minimal);

        assertSameJson(EventCodec.toDetailJson(record), minimal);
    }

    private static void assertSameJson(String actual, String expected) {
        JsonNode actualTree = Fixtures.parse(actual);
        JsonNode expectedTree = Fixtures.parse(expected);
        assertThat(actualTree.equals(SAME_JSON, expectedTree))
                .as("round trip of%n%s%ngave%n%s", expected, actual).isTrue();
    }

    private static EventType type(SampleFile sample) {
        return EventType.ofDetailType(sample.detailType()).orElseThrow();
    }
}
