package com.crmfunctions.functions.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.insights.CustomerScored;
import com.crmfunctions.events.insights.PurchaseModel;
import com.crmfunctions.functions.churn.domain.ModelVersion;
import com.crmfunctions.functions.churn.domain.SegmentTask;
import com.crmfunctions.functions.churn.domain.Versions;
import com.crmfunctions.local.dynamodb.TableProvisioner;
import com.crmfunctions.wiring.CrmWiring;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The worker on DynamoDB Local in-process (no network), with a bus and a queue that record what they are given:
 * redelivery, a failed publish, deleted, superseded and unreadable members, and continuations.
 */
class WorkerServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final String RUN = "churn-2026-11-23T03:00:00Z";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int MEMBERS = 20;

    private static AmazonDynamoDBLocal local;
    private static ModelVersion version;
    private DynamoDbClient dynamoDb;
    private final RecordingBus bus = new RecordingBus();
    private final RecordingQueue queue = new RecordingQueue();
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final ExecutorService writers = Executors.newFixedThreadPool(4);
    private final List<String> deleteAfterScan = new ArrayList<>();

    @BeforeAll
    static void startDynamoDbAndFitAModel() {
        local = DynamoDBEmbedded.create();
        version = Versions.fitted(RUN, NOW);
    }

    @AfterAll
    static void stopDynamoDb() {
        local.shutdown();
    }

    @BeforeEach
    void createTablesModelAndMembers() {
        DynamoDbClient tables = local.dynamoDbClient();
        tables.listTables().tableNames().forEach(name -> tables.deleteTable(r -> r.tableName(name)));
        new TableProvisioner(tables).provision(CrmWiring.declaration().tables());
        dynamoDb = new DeletingAfterScan(tables, deleteAfterScan);
        new ModelStore(dynamoDb, CrmWiring.MODELS).save(version, new ModelItems.RunFacts(1, 1));
        for (int i = 0; i < MEMBERS; i++) {
            put(Members.summary(TODAY, i % 4, i % 4 == 0 ? 0 : 20 + i, 40 + 3 * i, "12.50").item(memberId(i)));
        }
    }

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void everyMemberIsScoredAndAnnouncedOnceHoweverOftenTheSegmentIsDelivered() {
        WorkerService.SegmentResult first = worker().score(task(), () -> 600_000);
        Map<String, Map<String, AttributeValue>> afterFirst = members();
        WorkerService.SegmentResult second = worker().score(task(), () -> 600_000);

        assertThat(first.scored()).isEqualTo(MEMBERS);
        assertThat(first.published()).isEqualTo(MEMBERS);
        assertThat(second.scored()).isEqualTo(MEMBERS);
        assertThat(second.published()).isZero();
        assertThat(bus.memberIds()).hasSize(MEMBERS).doesNotHaveDuplicates();
        assertThat(members()).isEqualTo(afterFirst);
        assertThat(afterFirst.values()).allSatisfy(item -> assertThat(item.get(ScoreItems.EMITTED_RUN_ID).s()).isEqualTo(RUN));
    }

    @Test
    void eventsThatCouldNotBePublishedArePublishedWhenTheSegmentIsRetried() {
        bus.failNextCall = true;

        assertThatThrownBy(() -> worker().score(task(), () -> 600_000)).isInstanceOf(SdkClientException.class);
        assertThat(members().values()).allSatisfy(item -> assertThat(item).doesNotContainKey(ScoreItems.EMITTED_RUN_ID));

        worker().score(task(), () -> 600_000);

        assertThat(bus.memberIds()).hasSize(MEMBERS).doesNotHaveDuplicates();
    }

    @Test
    void aMemberDeletedWhileItsSegmentIsScoredIsNotBroughtBack() {
        deleteAfterScan.add(memberId(3));

        WorkerService.SegmentResult result = worker().score(task(), () -> 600_000);

        assertThat(result.gone()).isEqualTo(1);
        assertThat(result.scored()).isEqualTo(MEMBERS - 1);
        assertThat(members()).doesNotContainKey(memberId(3));
        assertThat(bus.memberIds()).doesNotContain(memberId(3));
    }

    @Test
    void aMemberAlreadyScoredByALaterRunIsLeftAlone() {
        worker().score(task(), () -> 600_000);
        dynamoDb.updateItem(r -> r.tableName(CrmWiring.MEMBERS).key(Map.of(ScoreItems.MEMBER_ID, AttributeValue.fromS(memberId(5))))
                .updateExpression("SET scoredRunId = :run, scoredAt = :at")
                .expressionAttributeValues(Map.of(":run", AttributeValue.fromS("churn-2026-11-30T03:00:00Z"),
                        ":at", AttributeValue.fromS("2026-11-30T03:00:00Z"))));

        WorkerService.SegmentResult redelivered = worker().score(task(), () -> 600_000);

        assertThat(redelivered.superseded()).isEqualTo(1);
        assertThat(members().get(memberId(5)).get(ScoreItems.SCORED_RUN_ID).s()).isEqualTo("churn-2026-11-30T03:00:00Z");
    }

    @Test
    void anUnreadableMemberFailsTheSegmentAfterTheOthersAreScored() {
        put(Map.of(ScoreItems.MEMBER_ID, AttributeValue.fromS("m-broken"), "loyaltyVersion", AttributeValue.fromN("3")));

        assertThatThrownBy(() -> worker().score(task(), () -> 600_000))
                .isInstanceOf(WorkerService.SegmentIncompleteException.class)
                .hasMessageContaining("1 of " + (MEMBERS + 1) + " members could not be scored")
                .hasMessageContaining("member m-broken");

        assertThat(bus.memberIds()).hasSize(MEMBERS);
        assertThat(members().get("m-broken")).doesNotContainKey(ScoreItems.SCORED_RUN_ID);
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("\"memberId\":\"m-broken\"").contains("member not scored");
    }

    @Test
    void aWorkerOutOfTimeHandsTheRestOfItsSegmentOnAndTheContinuationFinishesIt() {
        WorkerService.SegmentResult first = worker().score(task(), () -> 1_000);

        assertThat(first.itemsRead()).isEqualTo(6);
        assertThat(first.continuedAfter()).isPresent();
        assertThat(queue.sent).hasSize(1);
        SegmentTask continuation = SegmentMessages.parse(queue.sent.get(0));
        assertThat(continuation.startAfter()).isEqualTo(first.continuedAfter().orElseThrow());
        assertThat(continuation.segment()).isEqualTo(0);

        WorkerService.SegmentResult rest = worker().score(continuation, () -> 600_000);

        assertThat(first.scored() + rest.scored()).isEqualTo(MEMBERS);
        assertThat(bus.memberIds()).hasSize(MEMBERS).doesNotHaveDuplicates();
        assertThat(queue.sent).hasSize(1);
    }

    /** A retried coordinator run fits again, but keeps what its first attempt stored: workers may be scoring with it. */
    @Test
    void aRetriedRunKeepsTheVersionAndFanOutItsFirstAttemptStored() {
        ModelStore.Saved retry = new ModelStore(dynamoDb, CrmWiring.MODELS).save(Versions.fitted(RUN, NOW, ModelKind.MBG_NBD),
                new ModelItems.RunFacts(7, 1));

        assertThat(retry.version()).isEqualTo(version);
        assertThat(retry.workerSegments()).isEqualTo(1);
        assertThat(retry.latest()).isTrue();
        assertThat(new ModelStore(dynamoDb, CrmWiring.MODELS).version(NOW)).isEqualTo(version);
    }

    /** A run configured with MBG/NBD: the worker rebuilds it from the stored version and says so in the events. */
    @Test
    void anMbgNbdVersionScoresOneTimeBuyersAsPossiblyGone() {
        // a run of its own at the same time: the BG/NBD version every test starts with would be kept otherwise
        local.dynamoDbClient().deleteItem(r -> r.tableName(CrmWiring.MODELS).key(ModelItems.key(NOW)));
        new ModelStore(dynamoDb, CrmWiring.MODELS).save(Versions.fitted(RUN, NOW, ModelKind.MBG_NBD),
                new ModelItems.RunFacts(1, 1));

        WorkerService.SegmentResult result = worker().score(task(), () -> 600_000);

        assertThat(result.scored()).isEqualTo(MEMBERS);
        Map<String, Map<String, AttributeValue>> scored = members();
        for (int i = 0; i < MEMBERS; i += 4) {
            assertThat(Double.parseDouble(scored.get(memberId(i)).get(ScoreItems.P_ALIVE).n()))
                    .as("one-time buyer %s", memberId(i)).isLessThan(1.0);
        }
        assertThat(bus.details).hasSize(MEMBERS).allSatisfy(detail -> assertThat(
                EventCodec.fromDetailJson(CustomerScored.class, detail).model().purchase()).isEqualTo(PurchaseModel.MBG_NBD));
    }

    private WorkerService worker() {
        JsonLog log = new JsonLog(new PrintStream(logged, true, StandardCharsets.UTF_8));
        return new WorkerService(new MemberScan(dynamoDb, CrmWiring.MEMBERS, 6), new ModelStore(dynamoDb, CrmWiring.MODELS),
                new MemberWrites(dynamoDb, CrmWiring.MEMBERS),
                new EventPublisher(bus, CrmWiring.BUS, EventPublisher.Retry.DEFAULT, d -> { }, log),
                new SegmentMessages(queue, () -> "http://queue"), Members.PROGRAMME, writers, 60_000, log);
    }

    private static SegmentTask task() {
        return new SegmentTask(RUN, ModelItems.CHURN_SCORING, NOW, 0, 1, NOW, null);
    }

    private void put(Map<String, AttributeValue> item) {
        dynamoDb.putItem(r -> r.tableName(CrmWiring.MEMBERS).item(item));
    }

    private Map<String, Map<String, AttributeValue>> members() {
        Map<String, Map<String, AttributeValue>> members = new HashMap<>();
        local.dynamoDbClient().scanPaginator(r -> r.tableName(CrmWiring.MEMBERS)).items()
                .forEach(item -> members.put(item.get(ScoreItems.MEMBER_ID).s(), item));
        return members;
    }

    private static String memberId(int i) {
        return String.format("m-%02d", i);
    }

    /** A bus that accepts every entry (or fails one call on demand) and keeps the details. */
    private static final class RecordingBus implements EventBridgeClient {
        final List<String> details = new ArrayList<>();
        volatile boolean failNextCall;

        @Override
        public synchronized PutEventsResponse putEvents(PutEventsRequest request) {
            if (failNextCall) {
                failNextCall = false;
                throw SdkClientException.create("bus unavailable");
            }
            request.entries().forEach(entry -> details.add(entry.detail()));
            return PutEventsResponse.builder().failedEntryCount(0).entries(request.entries().stream()
                    .map(entry -> PutEventsResultEntry.builder().eventId("e").build()).collect(Collectors.toList())).build();
        }

        synchronized List<String> memberIds() {
            return details.stream().map(detail -> EventCodec.fromDetailJson(CustomerScored.class, detail).memberId())
                    .collect(Collectors.toList());
        }

        @Override
        public String serviceName() { return "events"; }

        @Override
        public void close() { }
    }

    /** A queue that keeps the bodies sent to it. */
    private static final class RecordingQueue implements SqsClient {
        final List<String> sent = new ArrayList<>();

        @Override
        public synchronized SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
            request.entries().forEach(entry -> sent.add(entry.messageBody()));
            return SendMessageBatchResponse.builder().build();
        }

        @Override
        public String serviceName() { return "sqs"; }

        @Override
        public void close() { }
    }

    /** DynamoDB that deletes the named members right after the scan page that holds them was read. */
    private static final class DeletingAfterScan implements DynamoDbClient {
        private final DynamoDbClient delegate;
        private final List<String> doomed;

        DeletingAfterScan(DynamoDbClient delegate, List<String> doomed) {
            this.delegate = delegate;
            this.doomed = doomed;
        }

        @Override
        public ScanResponse scan(ScanRequest request) {
            ScanResponse page = delegate.scan(request);
            for (Map<String, AttributeValue> item : page.items()) {
                String memberId = item.get(ScoreItems.MEMBER_ID).s();
                if (!doomed.contains(memberId)) {
                    continue;
                }
                delegate.deleteItem(r -> r.tableName(CrmWiring.MEMBERS).key(Map.of(ScoreItems.MEMBER_ID, AttributeValue.fromS(memberId))));
            }
            return page;
        }

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) { return delegate.updateItem(request); }

        @Override
        public GetItemResponse getItem(GetItemRequest request) { return delegate.getItem(request); }

        @Override
        public PutItemResponse putItem(PutItemRequest request) { return delegate.putItem(request); }

        @Override
        public DescribeTableResponse describeTable(DescribeTableRequest request) { return delegate.describeTable(request); }

        @Override
        public String serviceName() { return delegate.serviceName(); }

        @Override
        public void close() { }
    }
}
