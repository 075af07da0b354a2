package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.CANONICAL_KEY;
import static com.crmfunctions.functions.webhookingest.Webhooks.SETTINGS;
import static com.crmfunctions.functions.webhookingest.Webhooks.SHOPIFY_KEY;
import static com.crmfunctions.functions.webhookingest.Webhooks.WOO_KEY;
import static com.crmfunctions.functions.webhookingest.Webhooks.json;
import static com.crmfunctions.functions.webhookingest.Webhooks.resource;
import static com.crmfunctions.functions.webhookingest.Webhooks.shopify;
import static com.crmfunctions.functions.webhookingest.Webhooks.shopifyHeaders;
import static com.crmfunctions.functions.webhookingest.Webhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.functions.webhookingest.IngestResult.AcceptedEvent;
import com.crmfunctions.functions.webhookingest.IngestResult.Rejected;
import com.crmfunctions.functions.webhookingest.IngestResult.Rejection;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * The whole pipeline with the real {@link EventPublisher} over an in-memory EventBridge: what is
 * accepted reaches the bus, and no refused request puts anything on it.
 */
class WebhookIngestTest {

    private static final String ORDERS_PAID = resource("webhooks/shopify/orders-paid.json");

    private final FakeEventBridge bus = new FakeEventBridge();
    private final List<Duration> waits = new ArrayList<>();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private final JsonLog log = new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8));

    private WebhookIngest ingest(WebhookSecrets secrets) {
        EventPublisher publisher = new EventPublisher(bus, "crm-bus",
                new EventPublisher.Retry(4, Duration.ofMillis(100), Duration.ofSeconds(1)), waits::add, log);
        return new WebhookIngest(SETTINGS, secrets, new EventBridgeSink(publisher), log);
    }

    private IngestResult handle(WebhookRequest request) {
        return ingest(Webhooks.secrets()).handle(request);
    }

    @Test
    void aSignedPaidOrderIsPutOnTheBusAndAnsweredWithItsKey() {
        IngestResult result = handle(shopify("orders/paid", ORDERS_PAID));

        assertThat(result).isEqualTo(new IngestResult.Accepted(List.of(new AcceptedEvent("OrderPlaced", "5816401559831"))));
        PutEventsRequestEntry entry = bus.accepted().get(0);
        assertThat(entry.eventBusName()).isEqualTo("crm-bus");
        assertThat(entry.source()).isEqualTo("crm.storefront");
        assertThat(entry.detailType()).isEqualTo("OrderPlaced");
        assertThat(entry.time()).isEqualTo(Instant.parse("2025-03-14T14:21:37Z"));
        OrderPlaced order = EventCodec.fromDetailJson(OrderPlaced.class, entry.detail());
        assertThat(order.orderId()).isEqualTo("5816401559831");
        assertThat(order.totals().total()).isEqualByComparingTo("279.12");
    }

    @Test
    void anOrderWithRefundsPutsAllItsEventsInOneCall() {
        IngestResult result = handle(shopify("orders/updated", resource("webhooks/shopify/orders-updated-with-refunds.json")));

        assertThat(result).isEqualTo(new IngestResult.Accepted(List.of(new AcceptedEvent("OrderPlaced", "5816401559831"),
                new AcceptedEvent("OrderRefunded", "981235712023"), new AcceptedEvent("OrderRefunded", "981235744791"))));
        assertThat(bus.calls()).hasSize(1);
        assertThat(bus.accepted()).extracting(PutEventsRequestEntry::detailType).containsExactly("OrderPlaced", "OrderRefunded", "OrderRefunded");
    }

    @Test
    void aBase64EncodedBodyIsVerifiedOnItsDecodedBytes() {
        String encoded = Base64.getEncoder().encodeToString(ORDERS_PAID.getBytes(StandardCharsets.UTF_8));
        WebhookRequest request = new WebhookRequest("shopify", shopifyHeaders("orders/paid", sign(SHOPIFY_KEY, ORDERS_PAID)), encoded, true,
                Webhooks.REQUEST_ID, Webhooks.RECEIVED);
        WebhookRequest signedOverTheEncoding = new WebhookRequest("shopify", shopifyHeaders("orders/paid", sign(SHOPIFY_KEY, encoded)),
                encoded, true, Webhooks.REQUEST_ID, Webhooks.RECEIVED);

        assertThat(handle(request)).isInstanceOf(IngestResult.Accepted.class);
        assertThat(handle(signedOverTheEncoding)).isEqualTo(Rejected.of(Rejection.UNAUTHORIZED, "signature does not match the body"));
        assertThat(bus.accepted()).hasSize(1);
    }

    static Stream<Arguments> badSignatures() {
        String tampered = ORDERS_PAID.replace("\"price\": \"129.00\"", "\"price\": \"12.90\"");
        return Stream.of(
                Arguments.of("signed with another key", shopifyHeaders("orders/paid", sign("shpss_someone_else", ORDERS_PAID)), ORDERS_PAID,
                        "signature does not match the body"),
                Arguments.of("signed with WooCommerce's key", shopifyHeaders("orders/paid", sign(WOO_KEY, ORDERS_PAID)), ORDERS_PAID,
                        "signature does not match the body"),
                Arguments.of("body changed after signing", shopifyHeaders("orders/paid", sign(SHOPIFY_KEY, ORDERS_PAID)), tampered,
                        "signature does not match the body"),
                Arguments.of("signature not base64", shopifyHeaders("orders/paid", "not*base64!"), ORDERS_PAID,
                        "signature does not match the body"),
                Arguments.of("signature header missing", Map.of("x-shopify-topic", "orders/paid"), ORDERS_PAID,
                        "missing signature header X-Shopify-Hmac-Sha256"),
                Arguments.of("signature header blank", shopifyHeaders("orders/paid", " "), ORDERS_PAID,
                        "missing signature header X-Shopify-Hmac-Sha256"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignatures")
    void aBadOrMissingSignatureIs401AndPublishesNothing(String name, Map<String, String> headers, String body, String message) {
        IngestResult result = handle(Webhooks.request("shopify", headers, body));

        assertThat(result).isEqualTo(Rejected.of(Rejection.UNAUTHORIZED, message));
        assertThat(bus.calls()).isEmpty();
    }

    @Test
    void anUnknownSourceOrOneWithoutAKeyIs404() {
        WebhookSecrets shopifyOnly = WebhookSecrets.of(Map.of("shopify", SigningKeys.of(List.of(SHOPIFY_KEY))));

        assertThat(handle(Webhooks.request("magento", Map.of(), "{}"))).isEqualTo(Rejected.of(Rejection.UNKNOWN_SOURCE, "unknown webhook source"));
        assertThat(ingest(shopifyOnly).handle(Webhooks.woo("order.created", resource("webhooks/woocommerce/order-created.json"))))
                .isEqualTo(Rejected.of(Rejection.UNKNOWN_SOURCE, "unknown webhook source"));
        assertThat(bus.calls()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnythingElse() {
        String huge = "{\"id\":1,\"note\":\"" + "x".repeat(SETTINGS.maxBodyBytes()) + "\"}";
        String hugeEncoded = Base64.getEncoder().encodeToString(huge.getBytes(StandardCharsets.UTF_8));
        Rejected tooLarge = Rejected.of(Rejection.TOO_LARGE, "body larger than 256000 bytes");

        assertThat(handle(shopify("orders/paid", huge))).isEqualTo(tooLarge);
        assertThat(handle(new WebhookRequest("shopify", shopifyHeaders("orders/paid", "x"), hugeEncoded, true, "r", Webhooks.RECEIVED)))
                .isEqualTo(tooLarge);
        assertThat(handle(shopify("orders/paid", ORDERS_PAID.replace("\"note\": null", "\"note\": \"" + "x".repeat(256_000 - ORDERS_PAID.length() + 2) + "\""))))
                .as("exactly at the limit").isInstanceOf(IngestResult.Accepted.class);
        assertThat(bus.accepted()).hasSize(1);
    }

    static Stream<Arguments> invalidShopifyOrders() {
        return Stream.of(
                shopifyCase("quantity as a string", o -> line(o, 0).put("quantity", "2"), "/line_items/0/quantity", "must be an integer"),
                shopifyCase("negative price", o -> line(o, 0).put("price", "-45.00"), "/line_items/0/price", "must not be negative"),
                shopifyCase("absurd price", o -> line(o, 1).put("price", "1000000000000000.00"), "/line_items/1/price",
                        "exceeds the largest amount accepted (15 integer digits)"),
                shopifyCase("price in exponent notation", o -> line(o, 1).put("price", "1.29E2"), "/line_items/1/price",
                        "must be a decimal amount such as \"12.50\""),
                shopifyCase("sub-cent price", o -> line(o, 1).put("price", "129.00001"), "/line_items/1/price", "has more than 4 decimal places"),
                shopifyCase("absurd quantity", o -> line(o, 0).put("quantity", 10_001), "/line_items/0/quantity", "must be at most 10000"),
                shopifyCase("zero quantity", o -> line(o, 0).put("quantity", 0), "/line_items/0/quantity", "must be at least 1"),
                shopifyCase("unknown currency", o -> o.put("currency", "XYZ"), "/currency", "is not an ISO 4217 currency code"),
                shopifyCase("currency not a code", o -> o.put("currency", "dollar"), "/currency",
                        "must be an ISO 4217 currency code (three upper-case letters)"),
                shopifyCase("order id an object", o -> o.putObject("id"), "/id", "must be an id (a string or an integer)"),
                shopifyCase("no line items", o -> o.putArray("line_items"), "/line_items", "must list at least one line"),
                shopifyCase("processed in the future", o -> o.put("processed_at", "2025-03-22T10:30:00Z"), "/processed_at",
                        "lies in the future (after the request was received, allowing for clock skew)"),
                shopifyCase("processed_at not a date", o -> o.put("processed_at", "14/03/2025"), "/processed_at",
                        "must be an RFC 3339 date-time with an offset"));
    }

    private static Arguments shopifyCase(String name, Consumer<ObjectNode> change, String path, String message) {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        change.accept(order);
        return Arguments.of(name, shopify("orders/paid", order.toString()), path, message);
    }

    private static ObjectNode line(ObjectNode order, int index) {
        return (ObjectNode) order.get("line_items").get(index);
    }

    static Stream<Arguments> invalidBodies() {
        String truncated = ORDERS_PAID.substring(0, ORDERS_PAID.indexOf("\"sku\": \"SHO-TR2-42\"") + 10);
        return Stream.of(
                Arguments.of("truncated JSON", shopify("orders/paid", truncated), "/line_items/1/sku", "JSON ends early (truncated)"),
                Arguments.of("not an object", shopify("orders/paid", "[1,2]"), "", "must be a JSON object"),
                Arguments.of("empty", shopify("orders/paid", ""), "", "body is empty"),
                Arguments.of("a key twice", shopify("orders/paid", "{\"id\":1,\"id\":2}"), "/id", "a field appears twice"),
                Arguments.of("something after the JSON", shopify("orders/paid", ORDERS_PAID + " {}"), "", "something follows the JSON value"),
                Arguments.of("not JSON at all", shopify("orders/paid", "id=1&total=2"), "", "not valid JSON"),
                Arguments.of("guest id of the wrong type", Webhooks.woo("order.created",
                        json("webhooks/woocommerce/order-created.json").put("customer_id", true).toString()), "/customer_id",
                        "must be an id (a string or an integer)"),
                Arguments.of("canonical money as a number", Webhooks.canonical(canonicalOrder(o -> o.put("unitPrice", 168.0))),
                        "/detail/lines/0/unitPrice", "string"),
                Arguments.of("canonical unknown currency", Webhooks.canonical(resource("webhooks/canonical/samples/OrderPlaced.json")
                        .replace("\"CNY\"", "\"ABC\"")), "/detail/currency", "Currency"));
    }

    private static String canonicalOrder(Consumer<ObjectNode> changeFirstLine) {
        ObjectNode body = json("webhooks/canonical/samples/OrderPlaced.json");
        changeFirstLine.accept((ObjectNode) body.get("detail").get("lines").get(0));
        return body.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"invalidShopifyOrders", "invalidBodies"})
    void invalidInputIs400NamingTheFieldAndPublishesNothing(String name, WebhookRequest request, String path, String message) {
        IngestResult result = handle(request);

        assertThat(result).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.rejection()).isEqualTo(Rejection.INVALID);
            assertThat(rejected.violations()).extracting(Violation::path).contains(path);
            assertThat(rejected.violations()).filteredOn(v -> v.path().equals(path)).extracting(Violation::message)
                    .anySatisfy(m -> assertThat(m).contains(message));
        });
        assertThat(bus.calls()).isEmpty();
    }

    @Test
    void rejectionsAreLoggedByPathWithoutValues() {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        line(order, 0).put("price", "-45.00");

        handle(shopify("orders/paid", order.toString()));

        String logged = logs.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("\"level\":\"WARN\"", "\"rejection\":\"INVALID\"", "\"paths\":\"/line_items/0/price\"", Webhooks.REQUEST_ID);
        assertThat(logged).doesNotContain("li.wei@example.com", "-45.00", SHOPIFY_KEY);
    }

    @Test
    void theWooCommercePingIsAcknowledgedAndPublishesNothing() {
        WebhookRequest ping = Webhooks.request("woocommerce", Map.of("content-type", "application/x-www-form-urlencoded"), "webhook_id=7");

        assertThat(handle(ping)).isEqualTo(new IngestResult.Ping());
        assertThat(bus.calls()).isEmpty();
    }

    @Test
    void anUnsignedBodyThatIsNotAPingIs401() {
        WebhookRequest unsigned = Webhooks.request("woocommerce", Map.of("x-wc-webhook-topic", "order.created"),
                resource("webhooks/woocommerce/order-created.json"));

        assertThat(handle(unsigned)).isEqualTo(Rejected.of(Rejection.UNAUTHORIZED, "missing signature header X-WC-Webhook-Signature"));
    }

    @Test
    void aGuestOrderIsIgnoredAndPublishesNothing() {
        String guest = json("webhooks/woocommerce/order-created.json").put("customer_id", 0).toString();

        assertThat(handle(Webhooks.woo("order.created", guest))).isEqualTo(new IngestResult.Ignored(WooCommerceFormat.GUEST_ORDER));
        assertThat(bus.calls()).isEmpty();
    }

    @Test
    void aCanonicalEventIsPutAsSent() {
        String sample = resource("webhooks/canonical/samples/OrderPlaced.json");

        assertThat(handle(Webhooks.canonical(sample)))
                .isEqualTo(new IngestResult.Accepted(List.of(new AcceptedEvent("OrderPlaced", "POS-0042-20250314-0117"))));
        assertThat(bus.accepted().get(0).detail()).isEqualTo(EventCodec.toDetailJson(
                EventCodec.fromDetailJson("OrderPlaced", json("webhooks/canonical/samples/OrderPlaced.json").get("detail").toString())));
        assertThat(handle(Webhooks.request("canonical", Map.of("x-crm-hmac-sha256", sign(SHOPIFY_KEY, sample)), sample)))
                .isEqualTo(Rejected.of(Rejection.UNAUTHORIZED, "signature does not match the body"));
        assertThat(sign(CANONICAL_KEY, sample)).isNotEqualTo(sign(SHOPIFY_KEY, sample));
    }

    @Test
    void entriesEventBridgeRefusesAreRetriedUntilTaken() {
        bus.refuseFirstEntry(2, "ThrottlingException");

        IngestResult result = handle(shopify("orders/updated", resource("webhooks/shopify/orders-updated-with-refunds.json")));

        assertThat(result).isInstanceOf(IngestResult.Accepted.class);
        assertThat(bus.calls()).hasSize(3);
        assertThat(waits).hasSize(2);
        assertThat(bus.accepted()).extracting(PutEventsRequestEntry::detailType)
                .containsExactlyInAnyOrder("OrderPlaced", "OrderRefunded", "OrderRefunded");
    }

    @Test
    void entriesStillRefusedAfterTheRetriesGive503() {
        bus.refuseFirstEntry(4, "ThrottlingException");

        IngestResult result = handle(shopify("orders/paid", ORDERS_PAID));

        assertThat(result).isEqualTo(new IngestResult.Unavailable("the event bus did not accept the events; deliver the webhook again later"));
        assertThat(bus.calls()).hasSize(4);
        assertThat(bus.accepted()).isEmpty();
        assertThat(logs.toString(StandardCharsets.UTF_8)).contains("\"level\":\"ERROR\"", "events not accepted by the bus");
    }

    @Test
    void aBusThatCannotBeReachedGives503() {
        bus.unreachable();

        assertThat(handle(shopify("orders/paid", ORDERS_PAID))).isInstanceOf(IngestResult.Unavailable.class);
    }

    @Test
    void thePermanentRefusalOfAnEntryGives503Too() {
        bus.refuseFirstEntry(1, "InvalidArgument");

        assertThat(handle(shopify("orders/paid", ORDERS_PAID))).isInstanceOf(IngestResult.Unavailable.class);
        assertThat(bus.calls()).as("not retried").hasSize(1);
    }
}
