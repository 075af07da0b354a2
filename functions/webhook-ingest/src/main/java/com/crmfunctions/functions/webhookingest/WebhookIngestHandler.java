package com.crmfunctions.functions.webhookingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.Clocks;
import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventType;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.crmfunctions.functions.webhookingest.IngestResult.Rejected;
import com.crmfunctions.wiring.CrmWiring;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * The {@code webhook-ingest} function: {@code POST /webhooks/{source}} on the HTTP API. It maps the
 * API Gateway event to a {@link WebhookRequest}, lets {@link WebhookIngest} decide, and maps the
 * {@link IngestResult} to a JSON response:
 * <table>
 *   <caption>Responses</caption>
 *   <tr><th>status</th><th>when</th><th>body</th></tr>
 *   <tr><td>202</td><td>events accepted by the bus</td><td>{@code {"accepted":[{"detailType":"OrderPlaced","key":"5816401559831"}]}}</td></tr>
 *   <tr><td>202</td><td>nothing for the CRM (guest or unpaid order, unused topic)</td><td>{@code {"ignored":"guest order: ..."}}</td></tr>
 *   <tr><td>200</td><td>WooCommerce ping</td><td>{@code {"ignored":"ping"}}</td></tr>
 *   <tr><td>400</td><td>not JSON, or a field breaks the format or the contract</td><td>{@code {"error":"invalid payload","violations":[{"path":"/line_items/0/quantity","message":"..."}]}}</td></tr>
 *   <tr><td>401</td><td>missing or wrong signature</td><td>{@code {"error":"..."}}</td></tr>
 *   <tr><td>404</td><td>unknown source, or one without a signing key</td><td>{@code {"error":"unknown webhook source"}}</td></tr>
 *   <tr><td>413</td><td>body over the limit</td><td>{@code {"error":"...","limitBytes":256000}}</td></tr>
 *   <tr><td>503</td><td>the bus did not take the events, after retries</td><td>{@code {"error":"..."}}, header {@code Retry-After}</td></tr>
 * </table>
 *
 * <p>A plain {@link RequestHandler} rather than a Micronaut function: storefronts wait synchronously
 * for the answer (Shopify gives up after 5 seconds), and the three collaborators are built here in a
 * few lines, so an application context would add only its start-up cost (local/bench: 1.25-1.3 times
 * a plain handler's cold start with micronaut-function-aws, 1.05-1.18 times with a bare context).
 */
public final class WebhookIngestHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** Seconds a storefront is asked to wait before delivering again after a 503. */
    static final int RETRY_AFTER_SECONDS = 30;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_CONTENT = Map.of("content-type", "application/json");

    private final WebhookIngest ingest;
    private final int maxBodyBytes;

    /**
     * Lambda's constructor: reads the configuration and the signing keys, builds the EventBridge
     * client and primes the event codec, all once per execution environment. The client is this
     * handler's own (not the per-JVM one of {@link AwsClients}), so handlers created for different
     * local clouds in one JVM each reach their own.
     */
    public WebhookIngestHandler() {
        this(IngestSettings.fromEnvironment());
    }

    private WebhookIngestHandler(IngestSettings settings) {
        this(settings, settings.secretsFile()
                        .map(file -> WebhookSecrets.fromFile(file, WebhookIngest.SOURCES))
                        .orElseGet(() -> SecretsManagerWebhookSecrets.load(settings.secretId(), WebhookIngest.SOURCES)),
                new EventBridgeSink(new EventPublisher(AwsClients.newEventBridge(), ResourceNames.fromEnvironment().bus(CrmWiring.BUS))),
                JsonLog.standardError());
        EventCodec.prime(EventType.ORDER_PLACED, EventType.ORDER_REFUNDED, EventType.CUSTOMER_PROFILE_CHANGED);
    }

    WebhookIngestHandler(IngestSettings settings, WebhookSecrets secrets, EventSink sink, JsonLog log) {
        this.ingest = new WebhookIngest(settings, secrets, sink, log);
        this.maxBodyBytes = settings.maxBodyBytes();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        Instant receivedAt = Clocks.requestTime(event); // fails clearly for anything but an HTTP API event
        String requestId = event.getRequestContext().getRequestId();
        return response(ingest.handle(new WebhookRequest(source(event), event.getHeaders(), event.getBody(), event.getIsBase64Encoded(),
                requestId == null ? "unknown" : requestId, receivedAt)));
    }

    /** The {@code {source}} path parameter (or, without one, the last path segment). */
    private static String source(APIGatewayV2HTTPEvent event) {
        if (event.getPathParameters() != null && event.getPathParameters().get("source") != null) {
            return event.getPathParameters().get("source");
        }
        String path = event.getRawPath() == null ? "" : event.getRawPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private APIGatewayV2HTTPResponse response(IngestResult result) {
        ObjectNode body = JSON.createObjectNode();
        int status;
        Map<String, String> headers = JSON_CONTENT;
        if (result instanceof IngestResult.Accepted accepted) {
            status = 202;
            ArrayNode events = body.putArray("accepted");
            accepted.events().forEach(e -> events.addObject().put("detailType", e.detailType()).put("key", e.key()));
        } else if (result instanceof IngestResult.Ignored ignored) {
            status = 202;
            body.put("ignored", ignored.reason());
        } else if (result instanceof IngestResult.Ping) {
            status = 200;
            body.put("ignored", "ping");
        } else if (result instanceof IngestResult.Unavailable unavailable) {
            status = 503;
            body.put("error", unavailable.message());
            headers = Map.of("content-type", "application/json", "retry-after", String.valueOf(RETRY_AFTER_SECONDS));
        } else {
            Rejected rejected = (Rejected) result;
            status = status(rejected.rejection());
            body.put("error", rejected.message());
            if (rejected.rejection() == IngestResult.Rejection.TOO_LARGE) body.put("limitBytes", maxBodyBytes);
            if (!rejected.violations().isEmpty()) {
                ArrayNode violations = body.putArray("violations");
                for (Violation violation : rejected.violations()) {
                    violations.addObject().put("path", violation.path()).put("message", violation.message());
                }
            }
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(write(body))
                .withIsBase64Encoded(false).build();
    }

    private static int status(IngestResult.Rejection rejection) {
        return switch (rejection) {
            case UNKNOWN_SOURCE -> 404;
            case UNAUTHORIZED -> 401;
            case TOO_LARGE -> 413;
            case INVALID -> 400;
        };
    }

    private static String write(ObjectNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
