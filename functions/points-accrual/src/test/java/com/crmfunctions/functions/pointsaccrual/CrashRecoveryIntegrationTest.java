package com.crmfunctions.functions.pointsaccrual;

import static com.crmfunctions.functions.pointsaccrual.Storefront.aRefund;
import static com.crmfunctions.functions.pointsaccrual.Storefront.anOrder;
import static com.crmfunctions.functions.pointsaccrual.Storefront.busEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.dynamodb.LedgerLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.local.events.PublishedEvent;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.wiring.CrmWiring;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * A worker killed at any point of its work on the local cloud: its message is not acknowledged, SQS delivers it
 * again after the (1 s) visibility timeout, and the books end as if nothing had happened: one entry, the right
 * balance, and the event published.
 */
class CrashRecoveryIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Crashes CRASHES = new Crashes();

    private static LocalCloud cloud;
    private static EventBridgeClient events;
    private static DynamoDbClient dynamoDb;
    private static LoyaltyStore store;

    @BeforeAll
    static void startCloud() {
        cloud = LocalCloud.builder().wiring(CrmWiring.declaration())
                .handler("points-accrual", CrashRecoveryIntegrationTest::crashingHandler)
                .visibilityTimeoutOverride(Duration.ofSeconds(1))
                .start();
        events = AwsClients.newEventBridge();
        dynamoDb = AwsClients.newDynamoDb();
        store = new LoyaltyStore(dynamoDb, ProgrammeConfig.defaults());
    }

    /** A handler like the declared one, over clients that crash as planned (built once the cloud's endpoints are set). */
    private static PointsAccrualHandler crashingHandler() {
        LoyaltyStore crashing = new LoyaltyStore(CRASHES.dynamoDb(AwsClients.newDynamoDb()), ProgrammeConfig.defaults());
        return new PointsAccrualHandler(crashing.service(CRASHES.eventBridge(AwsClients.newEventBridge()), JsonLog.standardError()),
                JsonLog.standardError());
    }

    @AfterAll
    static void stopCloud() {
        events.close();
        dynamoDb.close();
        cloud.close();
    }

    @ParameterizedTest
    @EnumSource(Crashes.Point.class)
    void anOrderWhoseWorkerDiedIsAppliedOnceWhenDeliveredAgain(Crashes.Point point) throws Exception {
        String member = "m-" + UUID.randomUUID();
        OrderPlaced order = anOrder("o-" + member, member).merchandise("books", 3, "20.00").build();
        int before = CRASHES.happened();
        CRASHES.plan(point, "order#" + order.orderId());

        put(busEntry(order));

        assertThat(CRASHES.happened()).as("the worker died once").isEqualTo(before + 1);
        assertThat(store.entries(member, 10)).singleElement().extracting(LedgerLine::points).isEqualTo(60L);
        assertThat(store.member(member).balance()).isEqualTo(60);
        assertThat(store.member(member).statistics().orderCount()).isEqualTo(1);
        assertThat(details("PointsAccrued", order.orderId())).as("one event, however often published").hasSize(1);
        if (point == Crashes.Point.BEFORE_OUTBOX_CLEARED) {
            // Dying after the event went out but before the outbox was emptied publishes it again on redelivery:
            // the same event, which consumers dedupe on orderId.
            assertThat(published("PointsAccrued", order.orderId())).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Crashes.Point.class, names = {"BEFORE_COMMIT", "AFTER_COMMIT", "BEFORE_PUBLISH"})
    void aParkedRefundWhoseWorkerDiedIsAppliedOnceWhenItsOrderIsDeliveredAgain(Crashes.Point point) throws Exception {
        String member = "m-" + UUID.randomUUID();
        OrderPlaced order = anOrder("o-" + member, member).merchandise("books", 1, "80.00").build();
        OrderRefunded refund = aRefund("r-" + member, order.orderId(), member).of("line-1", "80.00").build();
        put(busEntry(refund));
        CRASHES.plan(point, "refund#" + refund.refundId());

        put(busEntry(order));

        assertThat(store.entries(member, 10)).extracting(LedgerLine::points).containsExactlyInAnyOrder(80L, -80L);
        assertThat(store.member(member).balance()).isZero();
        assertThat(details("PointsReversed", refund.refundId())).hasSize(1);
        assertThat(details("PointsAccrued", order.orderId())).hasSize(1);
    }

    private static void put(PutEventsRequestEntry entry) throws InterruptedException {
        assertThat(events.putEvents(r -> r.entries(entry)).failedEntryCount()).isZero();
        assertThat(cloud.awaitIdle(TIMEOUT)).as("the cloud settles").isTrue();
    }

    private static List<PublishedEvent> published(String detailType, String key) {
        return cloud.events().published().stream()
                .filter(e -> e.detailType().equals(detailType) && e.envelope().contains("\"" + key + "\"")).toList();
    }

    /**
     * The different details published for {@code key}: at least one, and never two different ones. (With a 1 s
     * visibility timeout a slow first attempt may also be redelivered while it runs, so the number of copies is not
     * asserted except where a second one is certain.)
     */
    private static List<String> details(String detailType, String key) {
        List<String> details = published(detailType, key).stream()
                .map(e -> e.envelope().substring(e.envelope().indexOf("\"detail\""))).distinct().toList();
        assertThat(details).as("%s for %s published", detailType, key).isNotEmpty();
        return details;
    }
}
