package com.crmfunctions.functions.memberapi;

import static com.crmfunctions.functions.memberapi.Requests.ledger;
import static com.crmfunctions.functions.memberapi.Requests.member;
import static com.crmfunctions.functions.memberapi.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.local.dynamodb.TableProvisioner;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The routes and their answers, on DynamoDB Local in process (no network). */
class MemberApiHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProgrammeConfig PROGRAMME = ProgrammeConfig.defaults();

    private static AmazonDynamoDBLocal dynamoDbLocal;
    private static DynamoDbClient dynamoDb;
    private static Books books;
    private static final ByteArrayOutputStream LOGGED = new ByteArrayOutputStream();
    private static MemberApiHandler handler;

    @BeforeAll
    static void startDynamoDb() {
        dynamoDbLocal = DynamoDBEmbedded.create(true); // telemetry off: nothing sent, no metadata file in the working tree
        dynamoDb = dynamoDbLocal.dynamoDbClient();
        new TableProvisioner(dynamoDb).provision(CrmWiring.declaration().tables());
        books = new Books(dynamoDb, PROGRAMME);
        handler = new MemberApiHandler(new MemberApi(PROGRAMME, new MemberRepository(dynamoDb, Books.TABLES, PROGRAMME),
                new LedgerRepository(dynamoDb, Books.TABLES)), new JsonLog(new PrintStream(LOGGED, true, StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stopDynamoDb() {
        dynamoDbLocal.shutdown();
    }

    @Test
    void aMemberShowsBalanceTierWithBenefitsTheNextTierStatisticsAndNoCouponsYet() throws Exception {
        String member = newMemberId();
        books.order(member, "o-1-" + member, Instant.parse("2025-01-10T10:00:00Z"), "books", "300.00");
        books.order(member, "o-2-" + member, Instant.parse("2025-03-02T10:00:00Z"), "music", "250.00");

        APIGatewayV2HTTPResponse response = handler.handleRequest(member(member), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/json").containsEntry("cache-control", "no-store");
        JsonNode body = JSON.readTree(response.getBody());
        // Both orders earn at 1 point per pound: the one crossing silver's 500 earns at the tier held before it.
        assertThat(body.get("balance").asLong()).isEqualTo(550);
        assertThat(body.get("currency").asText()).isEqualTo("GBP");
        assertThat(body.at("/redeemable/amountOff").asText()).isEqualTo("5.00");
        assertThat(body.at("/tier/id").asText()).isEqualTo("silver");
        assertThat(body.at("/tier/since").asText()).isEqualTo("2025-03-02T10:00:00Z");
        assertThat(body.at("/tier/benefits")).isEqualTo(JSON.readTree("""
                {"pointsMultiplier":"1.25","freeShipping":false,"priorityService":false,"earlyAccess":false,"birthdayCouponAmountOff":"10"}"""));
        assertThat(body.get("qualifyingSpend")).isEqualTo(JSON.readTree("""
                {"amount":"550.00","from":"2024-04","to":"2025-03"}"""));
        assertThat(body.get("nextTier")).isEqualTo(JSON.readTree("""
                {"id":"gold","threshold":"2000","remaining":"1450.00"}"""));
        assertThat(body.at("/statistics/orderCount").asInt()).isEqualTo(2);
        assertThat(body.at("/statistics/distinctOrderDays").asInt()).isEqualTo(2);
        assertThat(body.at("/statistics/netSpend").asText()).isEqualTo("550.00");
        assertThat(body.at("/statistics/firstOrderAt").asText()).isEqualTo("2025-01-10T10:00:00Z");
        assertThat(body.at("/statistics/categorySpend")).isEqualTo(JSON.readTree("{\"books\":\"300.00\",\"music\":\"250.00\"}"));
        assertThat(body.get("coupons").isArray()).isTrue();
        assertThat(body.get("coupons")).isEmpty();
    }

    @Test
    void theLedgerComesPageByPageWithAnOpaqueCursorUntilTheLastPage() throws Exception {
        String member = newMemberId();
        for (int i = 1; i <= 7; i++) {
            books.order(member, "o-" + i + "-" + member, Instant.parse("2025-02-01T10:00:00Z").plusSeconds(i * 3600L), "books", "10.00");
        }

        List<Integer> pageSizes = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        Map<String, String> query = new HashMap<>(Map.of("limit", "3"));
        JsonNode page;
        do {
            APIGatewayV2HTTPResponse response = handler.handleRequest(ledger(member, query), null);
            assertThat(response.getStatusCode()).isEqualTo(200);
            page = JSON.readTree(response.getBody());
            pageSizes.add(page.get("entries").size());
            page.get("entries").forEach(entry -> entries.add(entry.get("entryId").asText()));
            query.put("cursor", page.path("next").asText());
        } while (page.has("next"));

        assertThat(pageSizes).containsExactly(3, 3, 1);
        assertThat(entries).doesNotHaveDuplicates().hasSize(7).allMatch(id -> id.startsWith("order#o-"));
        JsonNode first = JSON.readTree(handler.handleRequest(ledger(member, Map.of("limit", "1")), null).getBody()).get("entries").get(0);
        assertThat(first.get("points").asLong()).isEqualTo(10);
        assertThat(first.get("balanceAfter").asLong()).isEqualTo(10);
        assertThat(first.get("reason").asText()).isEqualTo("order");
        assertThat(first.get("expiresAt").asText()).isEqualTo("2026-02-01T11:00:00Z");
        assertThat(first.get("explanation").asText()).startsWith("order o-1-" + member + ": eligible spend 10.00 GBP");
    }

    @Test
    void anUnknownMemberIsNotFoundOnBothRoutes() throws Exception {
        for (APIGatewayV2HTTPResponse response : List.of(handler.handleRequest(member("nobody"), null),
                handler.handleRequest(ledger("nobody", Map.of()), null))) {
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(JSON.readTree(response.getBody())).isEqualTo(JSON.readTree("{\"error\":\"member not found\",\"memberId\":\"nobody\"}"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "ten", "-1", ""})
    void aLimitOutsideOneToAHundredIsABadRequest(String limit) throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(ledger("m-1", Map.of("limit", limit)), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.getBody()).get("parameter").asText()).isEqualTo("limit");
    }

    @Test
    void aCursorNotWrittenByTheServiceOrAMalformedMemberIdIsABadRequest() throws Exception {
        APIGatewayV2HTTPResponse cursor = handler.handleRequest(ledger("m-1", Map.of("cursor", "b3JkZXIjbzE")), null);
        APIGatewayV2HTTPResponse id = handler.handleRequest(member("m#1"), null);

        assertThat(cursor.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(cursor.getBody()).get("parameter").asText()).isEqualTo("cursor");
        assertThat(id.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(id.getBody()).get("parameter").asText()).isEqualTo("id");
    }

    @Test
    void theDeclaredRoutesNotBuiltYetAnswerNotImplementedNamingTheRoute() throws Exception {
        Trigger.Http http = (Trigger.Http) CrmWiring.declaration().function("member-api").orElseThrow().trigger();
        List<String> unbuilt = http.routes().stream().map(Trigger.Route::routeKey)
                .filter(route -> !route.equals("GET /members/{id}") && !route.equals("GET /members/{id}/ledger")).toList();
        assertThat(unbuilt).containsExactlyInAnyOrder("POST /members/{id}/points/redeem", "POST /coupons/{code}/redeem",
                "PUT /members/{id}/profile", "DELETE /members/{id}");

        for (String route : unbuilt) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(request(route, Map.of("id", "m-1"), Map.of()), null);
            assertThat(response.getStatusCode()).as(route).isEqualTo(501);
            assertThat(JSON.readTree(response.getBody())).isEqualTo(JSON.readTree(
                    "{\"error\":\"not implemented yet\",\"route\":\"" + route + "\"}"));
        }
        assertThat(handler.handleRequest(request("GET /admin", Map.of(), Map.of()), null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void aFailureIsLoggedAndAnsweredWithAnInternalErrorNamingTheRequest() throws Exception {
        String member = newMemberId();
        dynamoDb.putItem(r -> r.tableName(Books.TABLES.members()).item(Map.of("memberId", AttributeValue.fromS(member),
                "loyaltyVersion", AttributeValue.fromN("1"), "currency", AttributeValue.fromS("GBP"))));

        APIGatewayV2HTTPResponse response = handler.handleRequest(member(member), null);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(JSON.readTree(response.getBody())).isEqualTo(JSON.readTree("{\"error\":\"internal error\",\"requestId\":\"req-1\"}"));
        assertThat(LOGGED.toString(StandardCharsets.UTF_8)).contains("\"route\":\"GET /members/{id}\"", "\"requestId\":\"req-1\"",
                "member " + member + ": attribute orderCount is missing");
    }

    private static String newMemberId() {
        return "m-" + UUID.randomUUID();
    }
}
