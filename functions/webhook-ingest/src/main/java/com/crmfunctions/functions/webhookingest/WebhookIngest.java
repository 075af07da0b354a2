package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.EventType;
import com.crmfunctions.events.InvalidEventException;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.crmfunctions.events.storefront.CustomerProfileChanged;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.functions.webhookingest.IngestResult.AcceptedEvent;
import com.crmfunctions.functions.webhookingest.IngestResult.Rejected;
import com.crmfunctions.functions.webhookingest.IngestResult.Rejection;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Webhook ingestion, without HTTP or AWS: a {@link WebhookRequest} in, an {@link IngestResult} out.
 * In this order, stopping at the first refusal: the source must be known and have a signing key
 * (404); the body must fit the limit (413); it must carry a valid signature of its raw bytes (401),
 * except WooCommerce's unsigned ping (acknowledged); it must be JSON that maps to valid events (400).
 * Every event is encoded and checked against its contract before the first one is put, so a refused
 * request publishes nothing; the bus taking none or only some of them gives {@code Unavailable}
 * (503), and the storefront's retry is harmless because consumers de-duplicate on business keys.
 */
final class WebhookIngest {

    /** The sources served, one per format. */
    static final Set<String> SOURCES = Set.of(CanonicalFormat.SOURCE, ShopifyFormat.SOURCE, WooCommerceFormat.SOURCE);

    private static final String LOGGER = "WebhookIngest";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // amounts given as JSON numbers stay exact
            .build();

    private final IngestSettings settings;
    private final Map<String, WebhookFormat> formats;
    private final WebhookSecrets secrets;
    private final EventSink sink;
    private final JsonLog log;

    WebhookIngest(IngestSettings settings, WebhookSecrets secrets, EventSink sink, JsonLog log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.log = Objects.requireNonNull(log, "log");
        this.formats = Stream.of(new CanonicalFormat(settings), new ShopifyFormat(settings), new WooCommerceFormat(settings))
                .collect(Collectors.toUnmodifiableMap(WebhookFormat::source, Function.identity()));
        if (!formats.keySet().equals(SOURCES)) throw new IllegalStateException("SOURCES must name every format");
    }

    IngestResult handle(WebhookRequest request) {
        try {
            return ingest(request);
        } catch (Refusal refusal) {
            return rejected(request, refusal.rejected);
        } catch (InvalidPayloadException e) {
            return rejected(request, new Rejected(Rejection.INVALID, "invalid payload", e.violations()));
        }
    }

    private IngestResult ingest(WebhookRequest request) {
        WebhookFormat format = formats.get(request.source());
        Optional<SigningKeys> keys = format == null ? Optional.empty() : secrets.keys(format.source());
        if (keys.isEmpty()) throw new Refusal(Rejection.UNKNOWN_SOURCE, "unknown webhook source");
        byte[] body = rawBody(request);
        if (format.isUnsignedPing(request, body)) return new IngestResult.Ping();
        String signature = request.header(format.signatureHeader())
                .orElseThrow(() -> new Refusal(Rejection.UNAUTHORIZED, "missing signature header " + format.signatureHeader()));
        if (!keys.get().verify(body, signature)) throw new Refusal(Rejection.UNAUTHORIZED, "signature does not match the body");

        Mapping mapping = format.map(request, PayloadNode.root(parse(body)));
        if (mapping instanceof Mapping.Ignored ignored) return new IngestResult.Ignored(ignored.reason());
        List<EventDetail> events = ((Mapping.Events) mapping).events();
        List<OutgoingEvent> outgoing = events.stream().map(WebhookIngest::encode).toList();
        try {
            sink.publish(outgoing);
        } catch (BusUnavailableException e) {
            log.error(LOGGER, "events not accepted by the bus", fields(request, Map.of("events", outgoing.size(), "error", e.getMessage())));
            return new IngestResult.Unavailable("the event bus did not accept the events; deliver the webhook again later");
        }
        return new IngestResult.Accepted(events.stream().map(e -> new AcceptedEvent(EventType.of(e).detailType(), key(e))).toList());
    }

    /**
     * The body's raw bytes: what the signature covers. API Gateway base64-encodes bodies of non-text
     * content types; the limit is checked on the encoded length first, so an oversized body is never
     * decoded.
     */
    private byte[] rawBody(WebhookRequest request) {
        int limit = settings.maxBodyBytes();
        byte[] bytes;
        if (request.base64Encoded()) {
            if ((long) request.body().length() / 4 * 3 > limit + 2L) throw tooLarge(limit);
            try {
                bytes = Base64.getDecoder().decode(request.body());
            } catch (IllegalArgumentException e) {
                throw InvalidPayloadException.at("", "body is marked base64-encoded but is not valid base64");
            }
        } else {
            bytes = request.body().getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > limit) throw tooLarge(limit);
        return bytes;
    }

    private static Refusal tooLarge(int limit) {
        return new Refusal(Rejection.TOO_LARGE, "body larger than " + limit + " bytes");
    }

    /** Strict JSON: no duplicate keys, nothing after the value; a syntax error is reported where it stops. */
    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) throw InvalidPayloadException.at("", "body is empty");
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw InvalidPayloadException.at(pointerOf(e), syntaxProblem(e) + where);
        } catch (IOException e) {
            throw InvalidPayloadException.at("", "not valid JSON");
        }
    }

    /** What is wrong, in our words: Jackson's own messages quote the offending text. */
    private static String syntaxProblem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException) return "JSON ends early (truncated)";
        if (message.startsWith("Duplicate field")) return "a field appears twice";
        if (message.startsWith("Trailing token")) return "something follows the JSON value";
        return "not valid JSON";
    }

    private static String pointerOf(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null
                ? parser.getParsingContext().pathAsPointer().toString() : "";
    }

    /** The event as it will be put, checked against its contract and EventBridge's size limit. */
    private static OutgoingEvent encode(EventDetail detail) {
        String type = EventType.of(detail).detailType();
        OutgoingEvent event;
        try {
            event = OutgoingEvent.from(detail);
        } catch (InvalidEventException e) {
            throw new InvalidPayloadException(e.violations().stream()
                    .map(v -> new Violation(v.path(), "in the mapped " + type + " event: " + v.message())).toList());
        }
        if (event.entrySize() > IngestSettings.EVENTBRIDGE_ENTRY_LIMIT) {
            throw new Refusal(Rejection.TOO_LARGE, "the " + type + " event would exceed EventBridge's entry limit");
        }
        return event;
    }

    private static String key(EventDetail detail) {
        if (detail instanceof OrderPlaced order) return order.orderId();
        if (detail instanceof OrderRefunded refund) return refund.refundId();
        if (detail instanceof CustomerProfileChanged profile) return profile.memberId();
        throw new IllegalArgumentException("not a storefront event: " + detail.getClass().getName());
    }

    /** Logs a refusal by rule and field paths; never values or bodies (personal data). */
    private Rejected rejected(WebhookRequest request, Rejected rejected) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rejection", rejected.rejection());
        details.put("reason", rejected.message());
        if (!rejected.violations().isEmpty()) {
            details.put("paths", rejected.violations().stream().map(Violation::path).distinct().collect(Collectors.joining(",")));
        }
        log.warn(LOGGER, "webhook rejected", fields(request, details));
        return rejected;
    }

    private static Map<String, Object> fields(WebhookRequest request, Map<String, ?> details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", request.source().length() > 32 ? request.source().substring(0, 32) : request.source());
        fields.put("requestId", request.requestId());
        fields.putAll(details);
        return fields;
    }

    /** A refusal that ends the pipeline early; turned into the {@link Rejected} result it carries. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rejected rejected;

        Refusal(Rejection rejection, String message) {
            super(message, null, false, false);
            this.rejected = Rejected.of(rejection, message);
        }
    }
}
