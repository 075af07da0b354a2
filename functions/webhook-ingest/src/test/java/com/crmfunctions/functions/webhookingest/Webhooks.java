package com.crmfunctions.functions.webhookingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test fixtures: webhook bodies from src/test/resources/webhooks, signing keys, signed requests. */
final class Webhooks {

    static final String SHOPIFY_KEY = "shpss_test_5b1f0c8e7d2a4f6b9c3e1d0a8f7b6c5d";
    static final String WOO_KEY = "wc_test_7f3a9c1e5b2d8a4f";
    static final String CANONICAL_KEY = "crm_test_canonical_2f9d7b3e";

    /** After every date in the fixtures, by less than a day. */
    static final Instant RECEIVED = Instant.parse("2025-03-22T09:00:00Z");
    static final String SHOPIFY_WEBHOOK_ID = "b54557e4-8a5f-4bf7-8d70-bcd04306a7f2";
    static final String WOO_DELIVERY_ID = "e1c4d1b9f0b3a7c2d5e8f6a4b2c9d7e1";
    static final String REQUEST_ID = "apigw-req-7Y2kQ9";

    static final IngestSettings SETTINGS = IngestSettings.load(
            Map.of("CRM_WEBHOOK_STOREFRONTS", "shopify:acme-shopify,woocommerce:acme-woo")::get, name -> null);

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private Webhooks() {}

    static WebhookSecrets secrets() {
        return WebhookSecrets.of(Map.of(
                ShopifyFormat.SOURCE, SigningKeys.of(List.of(SHOPIFY_KEY)),
                WooCommerceFormat.SOURCE, SigningKeys.of(List.of(WOO_KEY)),
                CanonicalFormat.SOURCE, SigningKeys.of(List.of(CANONICAL_KEY))));
    }

    static String resource(String path) {
        try (InputStream in = Webhooks.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture as a mutable tree, for tests that change one field. */
    static ObjectNode json(String path) {
        try {
            return (ObjectNode) JSON.readTree(resource(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a format maps a request's body to (without the signature check, which WebhookIngest does). */
    static Mapping map(WebhookFormat format, WebhookRequest request) {
        try {
            JsonNode body = JSON.readTree(request.body());
            return format.map(request, PayloadNode.root(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events of a mapping that has some. */
    static List<EventDetail> events(Mapping mapping) {
        assertThat(mapping).isInstanceOf(Mapping.Events.class);
        return ((Mapping.Events) mapping).events();
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static OrderLine line(String id, LineKind kind, String sku, String category, int quantity, String unitPrice, String discount) {
        return new OrderLine(id, kind, sku, category, quantity, money(unitPrice), money(discount));
    }

    /** base64(HMAC-SHA256(body, key)): what the storefronts send. */
    static String sign(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(String key, String body) {
        return sign(key, body.getBytes(StandardCharsets.UTF_8));
    }

    static WebhookRequest shopify(String topic, String body) {
        return request(ShopifyFormat.SOURCE, shopifyHeaders(topic, sign(SHOPIFY_KEY, body)), body);
    }

    static Map<String, String> shopifyHeaders(String topic, String signature) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("x-shopify-topic", topic);
        headers.put("x-shopify-hmac-sha256", signature);
        headers.put("x-shopify-shop-domain", "acme-outfitters.myshopify.com");
        headers.put("x-shopify-api-version", "2025-01");
        headers.put("x-shopify-webhook-id", SHOPIFY_WEBHOOK_ID);
        headers.put("x-shopify-triggered-at", "2025-03-22T08:59:59.123Z");
        return headers;
    }

    static WebhookRequest woo(String topic, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "WooCommerce/8.6.1 Hookshot (WordPress/6.4.3)");
        headers.put("x-wc-webhook-source", "https://shop.example.org/");
        headers.put("x-wc-webhook-topic", topic);
        headers.put("x-wc-webhook-resource", topic.substring(0, topic.indexOf('.')));
        headers.put("x-wc-webhook-event", topic.substring(topic.indexOf('.') + 1));
        headers.put("x-wc-webhook-signature", sign(WOO_KEY, body));
        headers.put("x-wc-webhook-id", "7");
        headers.put("x-wc-webhook-delivery-id", WOO_DELIVERY_ID);
        return request(WooCommerceFormat.SOURCE, headers, body);
    }

    static WebhookRequest canonical(String body) {
        return request(CanonicalFormat.SOURCE, Map.of("content-type", "application/json", "x-crm-hmac-sha256", sign(CANONICAL_KEY, body)), body);
    }

    static WebhookRequest request(String source, Map<String, String> headers, String body) {
        return new WebhookRequest(source, headers, body, false, REQUEST_ID, RECEIVED);
    }
}
