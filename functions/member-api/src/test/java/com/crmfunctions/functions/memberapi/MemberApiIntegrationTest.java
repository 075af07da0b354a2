package com.crmfunctions.functions.memberapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.events.Channel;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventEntry;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderTotals;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.wiring.CrmWiring;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * The whole read path on the embedded local cloud, both functions running the handler classes the wiring
 * declares: orders put on the bus become points (points-accrual), read back over the local HTTP API (member-api).
 */
class MemberApiIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalCloud cloud;
    private static EventBridgeClient events;

    @BeforeAll
    static void startCloud() {
        cloud = LocalCloud.builder().wiring(CrmWiring.declaration()).start();
        events = AwsClients.newEventBridge();
    }

    @AfterAll
    static void stopCloud() {
        events.close();
        cloud.close();
    }

    @Test
    void ordersOnTheBusAreReadBackAsAMemberAndAPagedLedger() throws Exception {
        String member = "m-" + UUID.randomUUID();
        List<PutEventsRequestEntry> orders = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            orders.add(order("o-" + i + "-" + member, member, Instant.parse("2025-03-01T10:00:00Z").plusSeconds(i * 60L), "15.00"));
        }
        assertThat(events.putEvents(r -> r.entries(orders)).failedEntryCount()).isZero();
        assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();

        HttpResponse<String> memberResponse = get("/members/" + member);
        assertThat(memberResponse.statusCode()).isEqualTo(200);
        assertThat(memberResponse.headers().firstValue("content-type")).contains("application/json");
        JsonNode body = JSON.readTree(memberResponse.body());
        assertThat(body.get("balance").asLong()).isEqualTo(7 * 15);
        assertThat(body.at("/tier/id").asText()).isEqualTo("member");
        assertThat(body.at("/statistics/orderCount").asInt()).isEqualTo(7);
        assertThat(body.get("coupons")).isEmpty();

        List<String> entries = new ArrayList<>();
        int pages = 0;
        String next = null;
        do {
            String query = "?limit=3" + (next == null ? "" : "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            HttpResponse<String> page = get("/members/" + member + "/ledger" + query);
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode json = JSON.readTree(page.body());
            json.get("entries").forEach(entry -> entries.add(entry.get("entryId").asText()));
            next = json.has("next") ? json.get("next").asText() : null;
            pages++;
        } while (next != null);
        assertThat(pages).isEqualTo(3);
        assertThat(entries).hasSize(7).doesNotHaveDuplicates().allMatch(id -> id.startsWith("order#o-"));
    }

    @Test
    void anUnknownMemberIsNotFoundAndAnUnbuiltRouteIsNotImplemented() throws Exception {
        HttpResponse<String> unknown = get("/members/nobody-" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).isEqualTo("member not found");

        HttpResponse<String> redeem = HTTP.send(HttpRequest.newBuilder(uri("/coupons/ABC-DEF/redeem"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("content-type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redeem.statusCode()).isEqualTo(501);
        assertThat(JSON.readTree(redeem.body()).get("route").asText()).isEqualTo("POST /coupons/{code}/redeem");
    }

    private static PutEventsRequestEntry order(String orderId, String memberId, Instant placedAt, String price) {
        BigDecimal amount = new BigDecimal(price);
        EventEntry entry = EventCodec.toEntry(new OrderPlaced(orderId, memberId, "acme-web", Channel.WEB, Currency.getInstance("GBP"),
                List.of(new OrderLine("line-1", LineKind.MERCHANDISE, "SKU-1", "books", 1, amount, BigDecimal.ZERO)),
                new OrderTotals(amount, BigDecimal.ZERO, amount), List.of(), placedAt, "corr-" + orderId, "hook-" + orderId));
        return PutEventsRequestEntry.builder().eventBusName(CrmWiring.BUS).source(entry.source()).detailType(entry.detailType())
                .detail(entry.detail()).build();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return cloud.endpoints().http().resolve(path);
    }
}
