package com.crmfunctions.functions.pointsaccrual;

import static com.crmfunctions.functions.pointsaccrual.Storefront.aRefund;
import static com.crmfunctions.functions.pointsaccrual.Storefront.anOrder;
import static com.crmfunctions.functions.pointsaccrual.Storefront.busEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.dynamodb.LedgerLine;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.loyalty.PointsAccrued;
import com.crmfunctions.events.loyalty.PointsReversed;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.local.events.PublishedEvent;
import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.wiring.CrmWiring;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * points-accrual on the embedded local cloud, running the handler class the wiring declares: events put on the
 * bus with the SDK, read back from DynamoDB Local and from the bus's log.
 */
class PointsAccrualIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalCloud cloud;
    private static EventBridgeClient events;
    private static SqsClient sqs;
    private static DynamoDbClient dynamoDb;
    private static LoyaltyStore store;

    @BeforeAll
    static void startCloud() {
        cloud = LocalCloud.builder().wiring(CrmWiring.declaration())
                .visibilityTimeoutOverride(Duration.ofSeconds(1))
                .start();
        events = AwsClients.newEventBridge();
        sqs = AwsClients.newSqs();
        dynamoDb = AwsClients.newDynamoDb();
        store = new LoyaltyStore(dynamoDb, ProgrammeConfig.defaults());
    }

    @AfterAll
    static void stopCloud() {
        events.close();
        sqs.close();
        dynamoDb.close();
        cloud.close();
    }

    @Test
    void anOrderOnTheBusEndsAsALedgerEntryABalanceAndOnePointsAccrued() throws Exception {
        String member = member();
        OrderPlaced order = anOrder("o-" + member, member).merchandise("books", 2, "12.50").shipping("4.90").build();

        put(busEntry(order));

        assertThat(store.entries(member, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.entryId()).isEqualTo("order#" + order.orderId());
            assertThat(entry.points()).isEqualTo(25);
            assertThat(entry.balanceAfter()).isEqualTo(25);
            assertThat(entry.channel()).isEqualTo("web");
        });
        MemberState state = store.member(member);
        assertThat(state.balance()).isEqualTo(25);
        assertThat(state.statistics().orderCount()).isEqualTo(1);
        assertThat(state.statistics().netSpend().amount()).isEqualByComparingTo("25.00");
        assertThat(ledgerItem(member, "order#" + order.orderId())).doesNotContainKey("outbox");

        assertThat(distinctDetails(published("PointsAccrued", order.orderId()))).hasSize(1);
        PublishedEvent published = published("PointsAccrued", order.orderId()).get(0);
        // Its routing (tier-recalculation, coupon-issuer) is the wiring's, tested there; those consumers are PLANNED, so
        // the local cloud, like a deployment, has no rule for them yet.
        PointsAccrued accrued = EventCodec.fromEventJson(published.envelope(), PointsAccrued.class).detail();
        assertThat(accrued.points()).isEqualTo(25);
        assertThat(accrued.balanceAfter()).isEqualTo(25);
        assertThat(accrued.firstOrder()).isTrue();
        assertThat(accrued.entryId()).isEqualTo("order#" + order.orderId());
        assertThat(accrued.correlationId()).isEqualTo(order.correlationId());
    }

    @Test
    void theSameOrderDeliveredThreeTimesIsCountedOnce() throws Exception {
        String member = member();
        OrderPlaced order = anOrder("o-" + member, member).merchandise("music", 1, "30.00").build();

        put(busEntry(order), busEntry(order), busEntry(order));

        assertThat(cloud.events().published()).filteredOn(e -> e.detailType().equals("OrderPlaced") && e.envelope().contains(order.orderId()))
                .hasSize(3);
        assertThat(store.entries(member, 10)).singleElement().extracting(LedgerLine::points).isEqualTo(30L);
        assertThat(store.member(member).balance()).isEqualTo(30);
        assertThat(store.member(member).statistics().orderCount()).isEqualTo(1);
        assertThat(distinctDetails(published("PointsAccrued", order.orderId()))).hasSize(1);
    }

    @Test
    void aRefundBeforeItsOrderIsParkedThenAppliedOnceWhenTheOrderArrives() throws Exception {
        String member = member();
        OrderPlaced order = anOrder("o-" + member, member).merchandise("books", 2, "50.00").build();
        OrderRefunded refund = aRefund("r-" + member, order.orderId(), member).of("line-1", "25.00").build();

        put(busEntry(refund));

        assertThat(store.refundRecord(order.orderId(), refund.refundId())).hasValueSatisfying(record ->
                assertThat(record.get("status").s()).isEqualTo("parked"));
        assertThat(store.members.find(member)).isEmpty();
        assertThat(store.entries(member, 10)).isEmpty();

        put(busEntry(order), busEntry(order));

        // 100.00 earns 100; a quarter refunded keeps floor(100 × 75 / 100) = 75.
        assertThat(store.entries(member, 10)).extracting(LedgerLine::entryId, LedgerLine::points)
                .containsExactlyInAnyOrder(tuple("order#" + order.orderId(), 100L),
                        tuple("refund#" + refund.refundId(), -25L));
        assertThat(store.member(member).balance()).isEqualTo(75);
        assertThat(store.member(member).statistics().netSpend().amount()).isEqualByComparingTo("75.00");
        assertThat(store.refundRecord(order.orderId(), refund.refundId())).hasValueSatisfying(record -> {
            assertThat(record.get("status").s()).isEqualTo("applied");
            assertThat(record.get("entryId").s()).isEqualTo("refund#" + refund.refundId());
        });
        List<String> reversals = distinctDetails(published("PointsReversed", refund.refundId()));
        assertThat(reversals).hasSize(1);
        PointsReversed reversed = EventCodec.fromDetailJson(PointsReversed.class, reversals.get(0));
        assertThat(reversed.points()).isEqualTo(25);
        assertThat(reversed.balanceAfter()).isEqualTo(75);
        assertThat(reversed.reversedSpend()).isEqualByComparingTo("25.00");
    }

    @Test
    void anInvalidEventGoesToTheDeadLetterQueueAndNeverHoldsUpTheOthers() throws Exception {
        String member = member();
        OrderPlaced good = anOrder("o-" + member, member).merchandise("books", 1, "10.00").build();
        PutEventsRequestEntry invalid = busEntry(anOrder("o-bad-" + member, member).merchandise("books", 1, "10.00").build());
        invalid = invalid.toBuilder().detail(invalid.detail().replace("\"quantity\":1", "\"quantity\":0")).build();

        put(invalid, busEntry(good));

        assertThat(store.member(member).balance()).isEqualTo(10);
        assertThat(store.entries(member, 10)).extracting(LedgerLine::entryId).containsExactly("order#" + good.orderId());
        List<Message> dead = sqs.receiveMessage(r -> r.queueUrl(cloud.queueUrl("points-dlq")).maxNumberOfMessages(10)
                .waitTimeSeconds(2)).messages();
        assertThat(dead).filteredOn(m -> m.body().contains("o-bad-" + member)).singleElement().satisfies(m ->
                sqs.deleteMessage(r -> r.queueUrl(cloud.queueUrl("points-dlq")).receiptHandle(m.receiptHandle())));
    }

    private static String member() {
        return "m-" + UUID.randomUUID();
    }

    private static void put(PutEventsRequestEntry... entries) throws InterruptedException {
        assertThat(events.putEvents(r -> r.entries(entries)).failedEntryCount()).isZero();
        assertThat(cloud.awaitIdle(TIMEOUT)).as("the cloud settles").isTrue();
    }

    /** The events of {@code detailType} this function published whose detail names {@code key}. */
    private static List<PublishedEvent> published(String detailType, String key) throws Exception {
        List<PublishedEvent> matching = new ArrayList<>();
        for (PublishedEvent event : cloud.events().published()) {
            if (event.detailType().equals(detailType)) {
                JsonNode detail = JSON.readTree(event.envelope()).get("detail");
                String businessKey = detailType.equals("PointsAccrued") ? detail.get("orderId").asText() : detail.get("refundId").asText();
                if (businessKey.equals(key)) {
                    matching.add(event);
                }
            }
        }
        return matching;
    }

    /**
     * The different details among {@code events}: there must be one. Deliveries processed at the same moment may both
     * publish an entry's event (README, "Exactly once"), and with the tests' 1 s visibility timeout a slow first
     * attempt can be redelivered while it runs; they always publish the same event, which consumers dedupe.
     */
    private static List<String> distinctDetails(List<PublishedEvent> events) throws Exception {
        List<String> details = new ArrayList<>();
        for (PublishedEvent event : events) {
            details.add(JSON.writeValueAsString(JSON.readTree(event.envelope()).get("detail")));
        }
        assertThat(details).as("published events").isNotEmpty();
        return details.stream().distinct().toList();
    }

    private static Map<String, AttributeValue> ledgerItem(String member, String entryId) {
        return dynamoDb.getItem(r -> r.tableName("ledger").consistentRead(true)
                .key(Map.of("memberId", AttributeValue.fromS(member), "entryId", AttributeValue.fromS(entryId)))).item();
    }
}
