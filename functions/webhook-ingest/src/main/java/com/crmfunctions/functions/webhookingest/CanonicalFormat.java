package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.InvalidEventException;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.RefundedLine;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's own format: {@code {"type": "OrderPlaced", "detail": {...}}}, where the detail is the
 * event detail exactly as crm-events defines it. The wrapper is checked against
 * {@code webhooks/canonical/v1.schema.json} and the detail against its event schema (by
 * {@link EventCodec}); violations are reported with JSON pointers into the body
 * ({@code /detail/lines/0/quantity}). Beyond the schemas, the function's own bounds apply: line
 * quantities up to the configured maximum, and no date-time in the future.
 */
final class CanonicalFormat implements WebhookFormat {

    static final String SOURCE = "canonical";
    static final String SIGNATURE = "X-Crm-Hmac-Sha256";
    static final String SCHEMA_RESOURCE = "webhooks/canonical/v1.schema.json";

    private static final Set<String> PROPERTY_KEYWORDS = Set.of("required", "additionalProperties");
    private static final Pattern JSON_PATH_STEP = Pattern.compile("\\.([A-Za-z0-9_$-]+)|\\[(\\d+)]|\\['([^']*)']");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:" + SCHEMA_RESOURCE), SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());

    private final IngestSettings settings;

    CanonicalFormat(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String signatureHeader() {
        return SIGNATURE;
    }

    @Override
    public Mapping map(WebhookRequest request, PayloadNode body) {
        List<Violation> wrapper = SCHEMA.validate(body.raw()).stream().map(CanonicalFormat::violation).distinct().toList();
        if (!wrapper.isEmpty()) throw new InvalidPayloadException(wrapper);
        EventDetail detail;
        try {
            detail = EventCodec.fromDetailJson(body.text("type"), body.raw().get("detail").toString());
        } catch (InvalidEventException e) {
            throw new InvalidPayloadException(e.violations().stream().map(v -> new Violation(detailPointer(v.path()), v.message())).toList());
        }
        checkBounds(detail, request);
        return new Mapping.Events(List.of(detail));
    }

    private void checkBounds(EventDetail detail, WebhookRequest request) {
        List<Violation> violations = new ArrayList<>();
        List<Integer> quantities = List.of();
        if (detail instanceof OrderPlaced order) {
            quantities = order.lines().stream().map(OrderLine::quantity).toList();
        } else if (detail instanceof OrderRefunded refund) {
            quantities = refund.lines().stream().map(RefundedLine::quantity).toList();
        }
        for (int i = 0; i < quantities.size(); i++) {
            if (quantities.get(i) > settings.maxLineQuantity()) {
                violations.add(new Violation("/detail/lines/" + i + "/quantity", "must be at most " + settings.maxLineQuantity()));
            }
        }
        if (detail.occurredAt().isAfter(settings.latestOccurredAt(request.receivedAt()))) {
            violations.add(new Violation("/detail/occurredAt", "lies in the future (after the request was received, allowing for clock skew)"));
        }
        if (!violations.isEmpty()) throw new InvalidPayloadException(violations);
    }

    private static Violation violation(ValidationMessage message) {
        String path = message.getInstanceLocation().toString();
        Object[] arguments = message.getArguments();
        if (PROPERTY_KEYWORDS.contains(message.getType()) && arguments != null && arguments.length > 0) {
            path = path + "/" + arguments[0];
        }
        return new Violation(path, message.getError());
    }

    /** {@code $.lines[0].quantity} (a path in the detail, as crm-events reports it) → {@code /detail/lines/0/quantity}. */
    static String detailPointer(String jsonPath) {
        StringBuilder pointer = new StringBuilder("/detail");
        Matcher step = JSON_PATH_STEP.matcher(jsonPath);
        int at = jsonPath.startsWith("$") ? 1 : 0;
        while (at < jsonPath.length() && step.find(at) && step.start() == at) {
            String name = step.group(1) != null ? step.group(1) : step.group(2) != null ? step.group(2) : step.group(3);
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            at = step.end();
        }
        return pointer.toString();
    }
}
