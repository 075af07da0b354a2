package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.SHOPIFY_KEY;
import static com.crmfunctions.functions.webhookingest.Webhooks.json;
import static com.crmfunctions.functions.webhookingest.Webhooks.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.wiring.CrmWiring;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The function as Lambda builds it (no-argument constructor: settings and signing keys from the
 * environment, the default EventBridge client) behind the local HTTP API, with the real wiring: a
 * signed Shopify order becomes an OrderPlaced message on the points queue; a badly signed one puts
 * nothing on the bus.
 */
class WebhookIngestIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path directory;

    private static LocalCloud cloud;
    private static final BlockingQueue<String> POINTS_QUEUE = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() throws Exception {
        Path secrets = Files.writeString(directory.resolve("webhook-secrets.json"), "{\"shopify\":\"" + SHOPIFY_KEY + "\"}");
        System.setProperty(Setting.SECRETS_FILE.property(), secrets.toString());
        System.setProperty(Setting.STOREFRONTS.property(), "shopify:acme-shopify");
        // points-accrual's module is not on this class path: a recorder takes its place, so its rule is on the bus and
        // what it is given is exactly the SQS event Lambda would give it.
        cloud = LocalCloud.builder().wiring(CrmWiring.declaration()).handler("webhook-ingest", WebhookIngestHandler::new)
                .handler("points-accrual", () -> (RequestHandler<SQSEvent, SQSBatchResponse>) (event, context) -> {
                    event.getRecords().forEach(record -> POINTS_QUEUE.add(record.getBody()));
                    return new SQSBatchResponse(List.of());
                }).start();
    }

    @AfterAll
    static void stop() {
        if (cloud != null) cloud.close();
        System.clearProperty(Setting.SECRETS_FILE.property());
        System.clearProperty(Setting.STOREFRONTS.property());
    }

    @Test
    void aSignedShopifyOrderBecomesAnOrderPlacedMessageOnThePointsQueue() throws Exception {
        String order = json("webhooks/shopify/orders-paid.json").put("id", 5816401559001L).toString();
        // API Gateway base64-encodes non-text bodies: the signature still covers the raw bytes.
        String binary = json("webhooks/shopify/orders-paid.json").put("id", 5816401559002L).toString();

        HttpResponse<String> response = post(order, sign(SHOPIFY_KEY, order), "application/json");
        HttpResponse<String> binaryResponse = post(binary, sign(SHOPIFY_KEY, binary), "application/octet-stream");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"accepted\":[{\"detailType\":\"OrderPlaced\",\"key\":\"5816401559001\"}]}");
        assertThat(binaryResponse.statusCode()).as(binaryResponse.body()).isEqualTo(202);
        List<OrderPlaced> orders = receiveOrders(2);
        assertThat(orders).extracting(OrderPlaced::orderId).containsExactlyInAnyOrder("5816401559001", "5816401559002");
        assertThat(orders).allSatisfy(placed -> {
            assertThat(placed.storefront()).isEqualTo("acme-shopify");
            assertThat(placed.memberId()).isEqualTo("7310428135703");
        });
    }

    @Test
    void aBadSignaturePutsNothingOnTheBus() throws Exception {
        String order = json("webhooks/shopify/orders-paid.json").put("id", 5816401559003L).toString();
        int published = cloud.events().published().size();

        HttpResponse<String> response = post(order, sign("shpss_not_the_shops_key", order), "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"signature does not match the body\"}");
        assertThat(cloud.events().published()).hasSize(published);
        assertThat(cloud.events().published()).noneSatisfy(event -> assertThat(event.toString()).contains("5816401559003"));
    }

    private static HttpResponse<String> post(String body, String signature, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.endpoints().http() + "/webhooks/shopify"))
                .header("content-type", contentType)
                .header("x-shopify-topic", "orders/paid")
                .header("x-shopify-hmac-sha256", signature)
                .header("x-shopify-webhook-id", "it-" + System.nanoTime())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The OrderPlaced events points-accrual was given through its queue. */
    private static List<OrderPlaced> receiveOrders(int expected) throws InterruptedException {
        List<OrderPlaced> orders = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (orders.size() < expected && System.nanoTime() < deadline) {
            String body = POINTS_QUEUE.poll(1, TimeUnit.SECONDS);
            if (body != null) orders.add(EventCodec.fromEventJson(body, OrderPlaced.class).detail());
        }
        return orders;
    }
}
