package com.crmfunctions.functions.churn;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.dynamodb.MemberItems;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.simulation.BgNbdSimulator;
import com.crmfunctions.functions.churn.domain.ChurnSettings;
import com.crmfunctions.functions.churn.domain.MemberScorer;
import com.crmfunctions.functions.churn.domain.FitData;
import com.crmfunctions.functions.churn.domain.MemberSummary;
import com.crmfunctions.functions.churn.domain.ModelFit;
import com.crmfunctions.functions.churn.domain.ModelVersion;
import com.crmfunctions.functions.churn.domain.SummaryColumns;
import com.crmfunctions.functions.churn.domain.SegmentTask;
import com.crmfunctions.local.ControllableClock;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.wiring.CrmWiring;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Measures the coordinator (read + fit) and one worker (members scored per second) on the embedded local cloud:
 * DynamoDB Local over HTTP, the bus stand-in. A command, not a test (performance lives in benchmarks):
 *
 * <pre>
 * ./mvnw -q -B -pl functions/churn-scoring -am test-compile
 * java -cp "functions/churn-scoring/target/test-classes:functions/churn-scoring/target/classes:$(cat cp.txt)" \
 *     com.crmfunctions.functions.churn.ChurnScoringBenchmark 20000 8,1,4,8
 * </pre>
 * Each entry of the second argument is one weekly run (a week apart, same members) whose single worker keeps that
 * many member writes in flight; the first run announces every member, the later ones only the changes.
 */
public final class ChurnScoringBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private ChurnScoringBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("fit")) {
            fitOnly(args.length > 1 ? Integer.parseInt(args[1]) : 200_000);
            return;
        }
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String[] concurrencies = (args.length > 1 ? args[1] : "1,8").split(",");
        // The segment messages the coordinator sends are dropped: the benchmark runs the worker itself.
        LocalCloud.Builder builder = LocalCloud.builder().wiring(CrmWiring.declaration())
                .clock(ControllableClock.fixedAt(NOW))
                .handler("churn-scoring-worker", () -> (RequestHandler<SQSEvent, SQSBatchResponse>) (event, context) ->
                        new SQSBatchResponse(List.of()));
        try (LocalCloud cloud = builder.start();
             DynamoDbClient dynamoDb = AwsClients.newDynamoDb()) {
            seed(dynamoDb, members);
            JsonLog quiet = new JsonLog(new PrintStream(OutputStream.nullOutputStream()));
            ChurnSettings settings = ChurnSettings.defaults();
            MemberScan scan = new MemberScan(dynamoDb, CrmWiring.MEMBERS, settings.pageSize());
            ModelStore models = new ModelStore(dynamoDb, CrmWiring.MODELS);
            SegmentMessages messages = new SegmentMessages(AwsClients.newSqs(), () -> cloud.queueUrl(CrmWiring.CHURN_SEGMENT_QUEUE));

            CoordinatorService coordinator = new CoordinatorService(scan, models, messages, Members.PROGRAMME, settings, quiet);
            EventPublisher publisher = new EventPublisher(AwsClients.newEventBridge(), CrmWiring.BUS);
            for (int week = 0; week < concurrencies.length; week++) {
                Instant now = NOW.plus(Duration.ofDays(7L * week));
                long started = System.nanoTime();
                CoordinatorService.RunSummary run = coordinator.run(now);
                double coordinatorSeconds = seconds(started);
                System.out.printf(Locale.ROOT, "run %s: coordinator read and fitted %d members in %.2f s (%.0f members/s), "
                        + "%d worker segments%n", run.runId(), members, coordinatorSeconds, members / coordinatorSeconds,
                        run.workerSegments());
                if (week == 0) {
                    cpuPerMember(scan, new MemberScorer(models.version(now)), now);
                }
                int concurrency = Integer.parseInt(concurrencies[week].trim());
                ExecutorService writers = Executors.newFixedThreadPool(concurrency);
                try {
                    WorkerService worker = new WorkerService(scan, models, new MemberWrites(dynamoDb, CrmWiring.MEMBERS),
                            publisher, messages, Members.PROGRAMME, writers, 60_000, quiet);
                    started = System.nanoTime();
                    WorkerService.SegmentResult result = worker.score(
                            new SegmentTask(run.runId(), ModelItems.CHURN_SCORING, now, 0, 1, now, null), () -> Long.MAX_VALUE);
                    double workerSeconds = seconds(started);
                    System.out.printf(Locale.ROOT, "  one worker, %d writes in flight: %d scored, %d published in %.2f s: "
                            + "%.0f members/s%n", concurrency, result.scored(), result.published(), workerSeconds,
                            result.scored() / workerSeconds);
                } finally {
                    writers.shutdownNow();
                }
            }
        }
    }

    /** The coordinator's work after reading: fit, CLV distribution and RFM cut points on {@code members} summaries. */
    private static void fitOnly(int members) {
        BgNbdSimulator.Customers customers = BgNbdSimulator.simulate(ModelKind.BG_NBD, new BgNbdParameters(0.25, 4, 0.8, 2.4),
                members, 104, 1.0 / 7, 2);
        SummaryColumns columns = new SummaryColumns(members);
        for (int i = 0; i < members; i++) {
            double mean = 10 + i % 40;
            columns.add(new MemberSummary("m", customers.x()[i], (int) Math.round(customers.tx()[i] * 7),
                    (int) Math.round(customers.bigT()[i] * 7), BigDecimal.valueOf(mean * (customers.x()[i] + 1)), mean, null));
        }
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            ModelVersion version = ModelFit.fit(columns, ChurnSettings.defaults(), "run", NOW,
                    new FitData(members, members, members, members, 0, false));
            System.out.printf(Locale.ROOT, "fit on %d members (round %d): %.0f ms, %s %s%n", members, round,
                    (System.nanoTime() - started) / 1e6, version.purchase().status(), version.purchase().parameters());
        }
    }

    /** Reading the member items, summarising and scoring them, without any write: the worker's CPU per member. */
    private static void cpuPerMember(MemberScan scan, MemberScorer scorer, Instant now) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        scan.segment(0, 1, Optional.empty(), page -> items.addAll(page));
        LocalDate today = LocalDate.ofInstant(now, Members.PROGRAMME.zone());
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            int scored = 0;
            for (Map<String, AttributeValue> item : items) {
                Optional<MemberSummary> summary = MemberSummary.of(item.get(ScoreItems.MEMBER_ID).s(),
                        MemberItems.fromItem(item, Members.PROGRAMME).statistics(), today);
                if (summary.isPresent()) {
                    scored += scorer.score(List.of(summary.get())).size();
                }
            }
            double micros = (System.nanoTime() - started) / 1e3 / scored;
            System.out.printf(Locale.ROOT, "  parse + summarise + score, no writes (round %d): %.1f us per member%n", round + 1,
                    micros);
        }
    }

    private static void seed(DynamoDbClient dynamoDb, int members) throws Exception {
        BgNbdSimulator.Customers customers = BgNbdSimulator.simulate(ModelKind.BG_NBD, new BgNbdParameters(0.25, 4, 0.8, 2.4),
                members, 104, 1.0 / 7, 1);
        LocalDate today = LocalDate.ofInstant(NOW, Members.PROGRAMME.zone());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int from = 0; from < members; from += 25) {
                int start = from;
                writes.add(threads.submit(() -> {
                    List<WriteRequest> batch = new ArrayList<>();
                    for (int i = start; i < Math.min(members, start + 25); i++) {
                        Map<String, AttributeValue> item = Members.summary(today, customers.x()[i],
                                (int) Math.round(customers.tx()[i] * 7), (int) Math.round(customers.bigT()[i] * 7),
                                (10 + i % 40) + ".00").item(String.format("m-%07d", i));
                        batch.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
                    }
                    Map<String, List<WriteRequest>> pending = Map.of(CrmWiring.MEMBERS, batch);
                    while (!pending.isEmpty()) {
                        Map<String, List<WriteRequest>> request = pending;
                        pending = dynamoDb.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
