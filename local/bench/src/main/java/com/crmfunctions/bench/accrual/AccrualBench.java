package com.crmfunctions.bench.accrual;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.bench.accrual.Load.Worker;
import com.crmfunctions.bench.accrual.OrderEvents.Order;
import com.crmfunctions.functions.pointsaccrual.PointsAccrualHandler;
import com.crmfunctions.local.ControllableClock;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.local.SdkSettings;
import com.crmfunctions.local.events.PublishedEvent;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The embedded local cloud (in memory), and the two workloads the accrual benchmark compares on it:
 * <ul>
 *   <li><b>accrual</b>: points-accrual's handler, one instance per worker (one execution environment each, as
 *       Lambda runs them), invoked with SQS batches of the declared size, each record an OrderPlaced;</li>
 *   <li><b>raw</b>: the same orders as bare DynamoDB transactions of the shape points-accrual commits
 *       ({@link RawOrderCommit}), one client per worker.</li>
 * </ul>
 * The function's own queue consumer does not run (its handler is bound to one that refuses work, and nothing is put
 * on its queue), so no poller competes with the workers; the handlers find DynamoDB and the bus through the SDK
 * system properties the cloud sets.
 *
 * <p>Worker {@code w} of run {@code r} places its {@code k}-th order {@code r-w<w>-o<k>} for member
 * {@code r-w<w>-m<k mod membersPerWorker>}: each worker has its own members, so no two workers race for one (rare
 * in a shop; points-accrual's property test covers the races), and consecutive orders, hence the records of a batch,
 * belong to different members. Every member's first order creates its loyalty state; the
 * others update it.
 */
final class AccrualBench implements AutoCloseable {

    static final String FUNCTION = "points-accrual";
    /** Members per worker: a batch's records are different members, and most orders are a member's repeat order. */
    static final int DEFAULT_MEMBERS_PER_WORKER = 100;
    /** The business day of the sample order, for the cloud's clock (points-accrual reads no clock). */
    private static final Instant SAMPLE_DAY = Instant.parse("2025-03-14T09:30:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalCloud cloud;
    private final int membersPerWorker;
    private final int batchSize;
    private final OrderEvents events;
    private final List<PointsAccrualHandler> handlers = new ArrayList<>();
    private final List<DynamoDbClient> clients = new ArrayList<>();
    private final RawOrderCommit commit;

    private AccrualBench(LocalCloud cloud, int membersPerWorker) throws InterruptedException {
        this.cloud = cloud;
        this.membersPerWorker = membersPerWorker;
        Trigger.Queue trigger = (Trigger.Queue) CrmWiring.declaration().function(FUNCTION).orElseThrow().trigger();
        this.batchSize = trigger.batchSize();
        // The function runs the shipped programme, which accepts its base currency only.
        this.events = new OrderEvents(cloud.queueArn(trigger.queue()), cloud.region(), ProgrammeConfig.defaults().currencies().base());
        this.commit = templateCommit();
    }

    /** Starts the cloud, and lets points-accrual apply one batch whose first order's items the raw side copies. */
    static AccrualBench start(int membersPerWorker) throws InterruptedException {
        if (membersPerWorker < 1) throw new IllegalArgumentException("members per worker must be at least 1");
        LocalCloud cloud = LocalCloud.builder().wiring(CrmWiring.declaration())
                .clock(ControllableClock.fixedAt(SAMPLE_DAY))
                .handler(FUNCTION, AccrualBench::idle)
                .concurrencyLimit(1)
                .start();
        try {
            return new AccrualBench(cloud, membersPerWorker);
        } catch (RuntimeException | InterruptedException e) {
            cloud.close();
            throw e;
        }
    }

    /** Records per SQS batch: the declared batch size of points-accrual's queue. */
    int batchSize() {
        return batchSize;
    }

    int membersPerWorker() {
        return membersPerWorker;
    }

    LocalCloud cloud() {
        return cloud;
    }

    /** Workers that commit run {@code run}'s orders as bare transactions. */
    List<Worker> raw(String run, int workers) {
        List<Worker> raw = new ArrayList<>();
        for (int w = 0; w < workers; w++) raw.add(new RawWorker(run, w, newDynamoDb()));
        return raw;
    }

    /** Workers that hand run {@code run}'s orders to points-accrual, one handler instance each. */
    List<Worker> accrual(String run, int workers) {
        while (handlers.size() < workers) handlers.add(new PointsAccrualHandler()); // cold starts, before any measuring
        List<Worker> accrual = new ArrayList<>();
        for (int w = 0; w < workers; w++) accrual.add(new AccrualWorker(run, w, handlers.get(w)));
        return accrual;
    }

    static String orderId(String run, int worker, long order) {
        return run + "-w" + worker + "-o" + order;
    }

    String memberId(String run, int worker, long order) {
        return run + "-w" + worker + "-m" + (order % membersPerWorker);
    }

    /** A DynamoDB client of the cloud, built as the functions' are (url-connection HTTP client). */
    DynamoDbClient newDynamoDb() {
        DynamoDbClient client = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(cloud.endpoints().dynamodb())
                .region(Region.of(cloud.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(SdkSettings.ACCESS_KEY_ID, SdkSettings.SECRET_ACCESS_KEY)))
                .build();
        synchronized (clients) {
            clients.add(client);
        }
        return client;
    }

    @Override
    public void close() {
        synchronized (clients) {
            clients.forEach(DynamoDbClient::close);
        }
        cloud.close();
    }

    private RawOrderCommit templateCommit() throws InterruptedException {
        String run = "template";
        Load.run(accrual(run, 1), 1);
        String orderId = orderId(run, 0, 0);
        return RawOrderCommit.copying(newDynamoDb(), memberId(run, 0, 0), orderId, outbox(orderId));
    }

    /** The outbox of the ledger entry of {@code orderId} as it was committed: the PointsAccrued it announced. */
    private Map<String, AttributeValue> outbox(String orderId) {
        for (PublishedEvent event : cloud.events().published()) {
            if (!event.detailType().equals("PointsAccrued")) continue;
            try {
                JsonNode envelope = JSON.readTree(event.envelope());
                if (envelope.path("detail").path("orderId").asText().equals(orderId)) {
                    return Map.of("source", AttributeValue.fromS(event.source()),
                            "detailType", AttributeValue.fromS(event.detailType()),
                            "detail", AttributeValue.fromS(JSON.writeValueAsString(envelope.get("detail"))),
                            "time", AttributeValue.fromS(envelope.get("time").asText()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the bus logged an unreadable event", e);
            }
        }
        throw new IllegalStateException("points-accrual published no PointsAccrued for order " + orderId);
    }

    /** Stands in for points-accrual's queue consumer: nothing is put on its queue, the workers invoke it. */
    private static RequestHandler<SQSEvent, SQSBatchResponse> idle() {
        return (event, context) -> {
            throw new IllegalStateException("the accrual benchmark puts nothing on the " + FUNCTION + " queue");
        };
    }

    private final class RawWorker implements Worker {
        private final String run;
        private final int worker;
        private final DynamoDbClient dynamoDb;
        private final long[] memberVersions = new long[membersPerWorker];
        private long next;

        RawWorker(String run, int worker, DynamoDbClient dynamoDb) {
            this.run = run;
            this.worker = worker;
            this.dynamoDb = dynamoDb;
        }

        @Override
        public int next() {
            long order = next++;
            int member = (int) (order % membersPerWorker);
            dynamoDb.transactWriteItems(commit.request(memberId(run, worker, order), orderId(run, worker, order), memberVersions[member]));
            memberVersions[member]++;
            return 1;
        }
    }

    private final class AccrualWorker implements Worker {
        private final String run;
        private final int worker;
        private final PointsAccrualHandler handler;
        private long next;

        AccrualWorker(String run, int worker, PointsAccrualHandler handler) {
            this.run = run;
            this.worker = worker;
            this.handler = handler;
        }

        @Override
        public int next() {
            List<Order> orders = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++, next++) {
                orders.add(new Order(orderId(run, worker, next), memberId(run, worker, next)));
            }
            // The handler does not read its Lambda context (as in points-accrual's own handler tests).
            SQSBatchResponse response = handler.handleRequest(events.batch(orders), null);
            if (!response.getBatchItemFailures().isEmpty()) {
                throw new IllegalStateException("points-accrual failed records " + response.getBatchItemFailures().stream()
                        .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.joining(", "))
                        + " (its log on standard error says why)");
            }
            return orders.size();
        }
    }
}
