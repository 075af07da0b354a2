package com.crmfunctions.events;

import com.crmfunctions.events.InvalidEventException.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that turns event records into JSON and back, validating against the JSON Schemas on
 * both ways. Thread-safe and static: the {@link ObjectMapper} is configured once, and each schema is
 * compiled once on first use.
 *
 * <p>Wire conventions it enforces: money and other exact decimals are decimal strings
 * ({@code "12.50"}), instants are RFC 3339 strings in UTC, enums are lower-case snake case, absent
 * optional fields are omitted (never {@code null}). The detail's {@code version} is written from
 * {@link EventType#currentVersion()} and read to pick the schema; records do not carry it.
 *
 * <p>Every failure on the way in is an {@link InvalidEventException} that names the offending paths.
 */
public final class EventCodec {

    private static final String EVENT = "EventBridge event";
    private static final String VERSION = "version";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("crm-decimal-strings").addSerializer(BigDecimal.class, new PlainDecimalString()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS) // the schema has already pinned the case
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private EventCodec() {}

    /**
     * The detail JSON of a record, with {@code version} set to the current version of its type.
     *
     * @throws InvalidEventException if the record breaks its schema (e.g. a negative quantity)
     */
    public static String toDetailJson(EventDetail detail) {
        return write(encode(detail));
    }

    /** The entry a producer puts on the bus: source, detail-type and validated detail JSON. */
    public static EventEntry toEntry(EventDetail detail) {
        EventType type = EventType.of(detail);
        return new EventEntry(type.source().value(), type.detailType(), toDetailJson(detail));
    }

    /**
     * Reads a detail of any supported version of a detail-type into its record.
     *
     * @throws InvalidEventException for an unknown detail-type or version, malformed JSON, a schema
     *                               violation or an unmappable value
     */
    public static EventDetail fromDetailJson(String detailType, String json) {
        EventType type = EventType.ofDetailType(detailType).orElseThrow(() -> unknownDetailType("detailType", detailType));
        return decode(type, parse(json, type.detailType() + " detail"), "$");
    }

    /** Typed {@link #fromDetailJson(String, String)}. */
    public static <D extends EventDetail> D fromDetailJson(Class<D> type, String json) {
        EventType eventType = EventType.of(type);
        return type.cast(decode(eventType, parse(json, eventType.detailType() + " detail"), "$"));
    }

    /**
     * Reads a complete EventBridge event (an SQS message body of an EventBridge rule target, or an
     * archived event), checking the envelope, that the source is the detail-type's, and the detail.
     *
     * @throws InvalidEventException naming the offending paths ({@code $.detail.lines[0].quantity})
     */
    public static Envelope<EventDetail> fromEventJson(String json) {
        return readEvent(json, EventDetail.class, null);
    }

    /** Typed {@link #fromEventJson(String)}; the detail-type must be {@code type}'s. */
    public static <D extends EventDetail> Envelope<D> fromEventJson(String json, Class<D> type) {
        return readEvent(json, type, EventType.of(type));
    }

    /** The complete EventBridge event JSON of an envelope, as EventBridge would deliver it. */
    public static String toEventJson(Envelope<?> envelope) {
        ObjectNode event = MAPPER.createObjectNode()
                .put(VERSION, "0")
                .put("id", envelope.id())
                .put("detail-type", envelope.detailType())
                .put("source", envelope.source())
                .put("account", envelope.account())
                .put("time", envelope.time() == null ? null : envelope.time().toString())
                .put("region", envelope.region());
        event.set("resources", MAPPER.valueToTree(envelope.resources()));
        event.set("detail", encode(envelope.detail()));
        requireValid(Schemas.validate(Schemas.envelope(), event, "$"), EVENT);
        return write(event);
    }

    /**
     * Does the one-off work of the given types now rather than on the first message: loads and
     * compiles their schemas and runs their shipped samples (every supported version) through
     * decoding and encoding, which loads the classes and builds Jackson's mappers. Call it when a
     * function initialises, or in a SnapStart {@code beforeCheckpoint} hook, with the types it reads
     * and writes.
     */
    public static void prime(EventType... types) {
        for (EventType type : types) {
            for (int version : type.supportedVersions()) {
                toDetailJson(fromEventJson(EventSamples.json(type, version)).detail());
            }
        }
    }

    private static ObjectNode encode(EventDetail detail) {
        EventType type = EventType.of(detail);
        ObjectNode node = MAPPER.createObjectNode().put(VERSION, type.currentVersion());
        node.setAll((ObjectNode) MAPPER.valueToTree(detail));
        requireValid(Schemas.validate(Schemas.detail(type, type.currentVersion()), node, "$"), subject(type, type.currentVersion()));
        return node;
    }

    private static <D extends EventDetail> Envelope<D> readEvent(String json, Class<D> as, EventType expected) {
        JsonNode event = parse(json, EVENT);
        requireValid(Schemas.validate(Schemas.envelope(), event, "$"), EVENT);
        String detailType = event.get("detail-type").textValue();
        EventType type = EventType.ofDetailType(detailType).orElseThrow(() -> unknownDetailType("$['detail-type']", detailType));
        if (expected != null && type != expected) {
            throw invalid(EVENT, "$['detail-type']", "expected " + expected.detailType() + " but was " + type.detailType());
        }
        String source = event.get("source").textValue();
        if (!type.source().value().equals(source)) {
            throw invalid(EVENT, "$.source", type.detailType() + " is published by " + type.source() + ", not by " + source);
        }
        EventDetail detail = decode(type, event.get("detail"), "$.detail");
        List<String> resources = new ArrayList<>();
        event.get("resources").forEach(r -> resources.add(r.textValue()));
        return new Envelope<>(event.get("id").textValue(), event.get("account").textValue(), event.get("region").textValue(),
                map(event.get("time"), Instant.class, EVENT, "$.time"), resources, as.cast(detail));
    }

    private static EventDetail decode(EventType type, JsonNode detail, String at) {
        if (!(detail instanceof ObjectNode)) {
            throw invalid(type.detailType() + " detail", at, "must be a JSON object");
        }
        ObjectNode node = (ObjectNode) detail;
        int version = version(type, node, at);
        String subject = subject(type, version);
        requireValid(Schemas.validate(Schemas.detail(type, version), node, at), subject);
        node.remove(VERSION); // records hold the content; the version only chose the schema
        return map(node, type.recordType(), subject, at);
    }

    /**
     * The declared version if it is a supported one. A missing or non-integer version is left to the
     * current schema, which reports it together with any other violation.
     */
    private static int version(EventType type, ObjectNode detail, String at) {
        JsonNode version = detail.get(VERSION);
        if (version == null || !version.isIntegralNumber()) {
            return type.currentVersion();
        }
        if (!version.canConvertToInt() || !type.supports(version.intValue())) {
            throw invalid(type.detailType() + " detail", at + "." + VERSION,
                    "unsupported version " + version + ", supported: " + type.supportedVersions());
        }
        return version.intValue();
    }

    private static <T> T map(JsonNode node, Class<T> target, String subject, String at) {
        try {
            return MAPPER.treeToValue(node, target);
        } catch (JsonMappingException e) {
            throw invalid(subject, at + jsonPath(e.getPath()), mappingProblem(e));
        } catch (JsonProcessingException e) {
            throw invalid(subject, at, e.getOriginalMessage());
        }
    }

    /** Names the rule a value broke without quoting the value (it may be personal data). */
    private static String mappingProblem(JsonMappingException e) {
        if (e instanceof InvalidFormatException) {
            return "not a valid " + ((InvalidFormatException) e).getTargetType().getSimpleName();
        }
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static JsonNode parse(String json, String subject) {
        if (json == null) {
            throw invalid(subject, "$", "no JSON (null)");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid(subject, "$", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireValid(List<Violation> violations, String subject) {
        if (!violations.isEmpty()) {
            throw new InvalidEventException(subject, violations);
        }
    }

    private static String subject(EventType type, int version) {
        return type.detailType() + " v" + version + " detail";
    }

    private static InvalidEventException unknownDetailType(String path, String detailType) {
        return invalid("event", path, "unknown detail-type " + detailType);
    }

    private static InvalidEventException invalid(String subject, String path, String message) {
        return new InvalidEventException(subject, List.of(new Violation(path, message)));
    }

    /** Writes a BigDecimal as a plain decimal string ({@code "1000"}, never {@code 1E+3}). */
    private static final class PlainDecimalString extends StdSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        PlainDecimalString() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toPlainString());
        }
    }
}
