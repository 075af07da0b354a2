package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.SETTINGS;
import static com.crmfunctions.functions.webhookingest.Webhooks.SHOPIFY_KEY;
import static com.crmfunctions.functions.webhookingest.Webhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP side: API Gateway events (payload format 2.0) in, JSON responses out. */
class WebhookIngestHandlerTest {

    private static final String EVENT = "events/http-api-shopify-orders-paid.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeEventBridge bus = new FakeEventBridge();
    private final JsonLog log = new JsonLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    private final WebhookIngestHandler handler = new WebhookIngestHandler(SETTINGS, Webhooks.secrets(), new EventBridgeSink(
            new EventPublisher(bus, "crm-bus", new EventPublisher.Retry(2, Duration.ZERO, Duration.ZERO), wait -> { }, log)), log);

    @Test
    void aSignedOrderIsAcceptedWith202AndItsEventKey() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(EVENT), null);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
        assertThat(body(response)).isEqualTo(JSON.readTree("{\"accepted\":[{\"detailType\":\"OrderPlaced\",\"key\":\"5816401559831\"}]}"));
        assertThat(bus.accepted()).hasSize(1);
    }

    @Test
    void aBase64EncodedBodyIsDecodedBeforeTheSignatureIsChecked() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(EVENT);
        event.setBody(Base64.getEncoder().encodeToString(event.getBody().getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(202);
    }

    @Test
    void aWrongSignatureIs401WithAJsonError() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(EVENT);
        event.setBody(event.getBody().replace("\"quantity\":2", "\"quantity\":20"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(JSON.readTree("{\"error\":\"signature does not match the body\"}"));
        assertThat(bus.calls()).isEmpty();
    }

    @Test
    void anInvalidFieldIs400NamingIt() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(signed(EventLoader.loadApiGatewayHttpEvent(EVENT),
                body -> body.replace("\"currency\":\"USD\"", "\"currency\":\"USX\"")), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(JSON.readTree("{\"error\":\"invalid payload\",\"violations\":"
                + "[{\"path\":\"/currency\",\"message\":\"is not an ISO 4217 currency code\"}]}"));
        assertThat(bus.calls()).isEmpty();
    }

    @Test
    void anUnknownSourceIs404() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(EVENT);
        event.setPathParameters(Map.of("source", "magento"));

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void withoutPathParametersTheSourceIsTheLastPathSegment() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(EVENT);
        event.setPathParameters(null);

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(202);
    }

    @Test
    void aBodyOverTheLimitIs413AndSaysTheLimit() throws Exception {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(EVENT);
        event.setBody(event.getBody().replace("\"note\":null", "\"note\":\"" + "x".repeat(260_000) + "\""));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(body(response)).isEqualTo(JSON.readTree("{\"error\":\"body larger than 256000 bytes\",\"limitBytes\":256000}"));
    }

    @Test
    void aBusThatKeepsRefusingIs503WithRetryAfter() throws Exception {
        bus.refuseFirstEntry(2, "InternalFailure");

        APIGatewayV2HTTPResponse response = handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(EVENT), null);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("retry-after", "30").containsEntry("content-type", "application/json");
        assertThat(body(response).get("error").textValue()).contains("deliver the webhook again later");
    }

    @Test
    void theWooCommercePingIs200() throws Exception {
        APIGatewayV2HTTPEvent ping = EventLoader.loadApiGatewayHttpEvent(EVENT);
        ping.setPathParameters(Map.of("source", "woocommerce"));
        ping.setHeaders(Map.of("content-type", "application/x-www-form-urlencoded", "user-agent", "WooCommerce/8.6.1 Hookshot (WordPress/6.4.3)"));
        ping.setBody("webhook_id=7");

        APIGatewayV2HTTPResponse response = handler.handleRequest(ping, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(JSON.readTree("{\"ignored\":\"ping\"}"));
    }

    @Test
    void aDeliveryWithNothingForTheCrmIs202Ignored() throws Exception {
        APIGatewayV2HTTPEvent event = signed(EventLoader.loadApiGatewayHttpEvent(EVENT), body -> body);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("x-shopify-topic", "refunds/create");
        event.setHeaders(headers);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(body(response)).isEqualTo(JSON.createObjectNode().put("ignored", ShopifyFormat.REFUNDS_CREATE));
    }

    private static APIGatewayV2HTTPEvent signed(APIGatewayV2HTTPEvent event, java.util.function.UnaryOperator<String> change) {
        String body = change.apply(event.getBody());
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("x-shopify-hmac-sha256", sign(SHOPIFY_KEY, body));
        event.setHeaders(headers);
        event.setBody(body);
        return event;
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
        return JSON.readTree(response.getBody());
    }
}
