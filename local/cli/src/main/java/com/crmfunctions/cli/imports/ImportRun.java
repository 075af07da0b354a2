package com.crmfunctions.cli.imports;

import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.LoyaltyTables;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.adapters.dynamodb.ProgrammeSource;
import com.crmfunctions.local.ControllableClock;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.wiring.CrmWiring;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs an import: reads the file and plans every delivery first (a file that cannot be read sends nothing),
 * then sends the plan through the canonical webhook, either into an embedded local cloud it starts (with a new
 * signing key, the clock following the orders' times, the schedules paused, and at the end: queues drained, ledger
 * invariant checked) or into a running cloud ({@code endpoint}).
 */
public final class ImportRun {

    private static final int DELIVERY_ATTEMPTS = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int CHECK_THREADS = 4;
    /** points-accrual's declared maximum concurrency: the import's bottleneck gets all it would have in AWS. */
    private static final int DECLARED_CONCURRENCY = CrmWiring.declaration().function("points-accrual")
            .map(f -> ((com.crmfunctions.wiring.Trigger.Queue) f.trigger()).maxConcurrency()).orElseThrow();

    /** Where the embedded cloud's console goes during an import (git ignores {@code .crm/}). */
    public static final Path DEFAULT_CONSOLE_LOG = Path.of(".crm", "import.log");

    private final ImportSettings settings;
    private final PrintWriter out;
    private final Path consoleLog;

    public ImportRun(ImportSettings settings, PrintWriter out) {
        this(settings, out, DEFAULT_CONSOLE_LOG);
    }

    /** @param consoleLog the file that takes the embedded cloud's and its functions' console output */
    public ImportRun(ImportSettings settings, PrintWriter out, Path consoleLog) {
        this.settings = settings;
        this.out = out;
        this.consoleLog = consoleLog;
    }

    /** Runs the import and prints its summary. */
    public ImportReport run() throws IOException, InterruptedException {
        long began = System.nanoTime();
        OrderFormat format = settings.format().isPresent() ? settings.format().get() : OrderFormat.detect(settings.file());
        ImportPlan plan = plan(format);
        Duration planning = since(began);
        if (settings.parkedFile().isPresent()) writeParked(plan, settings.parkedFile().get());
        ImportReport.Builder report = new ImportReport.Builder(settings.file(), format, settings.zone(), plan).planning(planning);
        ImportReport result = settings.endpoint().isPresent() ? intoRunningCloud(plan, report) : intoEmbeddedCloud(plan, report);
        out.println(result.render());
        out.flush();
        return result;
    }

    private ImportPlan plan(OrderFormat format) throws IOException {
        String storefront = settings.storefront().orElse(format.cliName());
        if (format == OrderFormat.ONLINE_RETAIL) {
            return ImportPlan.onlineRetail(OnlineRetailInvoices.read(settings.file(), settings.zone()), storefront);
        }
        return CanonicalOrders.plan(settings.file(), settings.zone(), storefront, settings.channel(), settings.currency());
    }

    private ImportReport intoRunningCloud(ImportPlan plan, ImportReport.Builder report) throws IOException, InterruptedException {
        URI url = WebhookClient.canonicalWebhook(settings.endpoint().orElseThrow());
        WebhookClient client = new WebhookClient(url, new WebhookSigner(settings.signingKey().orElseThrow()), DELIVERY_ATTEMPTS, REQUEST_TIMEOUT);
        ImportTally tally = new ImportTally();
        report.target(url, false).tally(tally).concurrency(settings.concurrency());
        long sending = System.nanoTime();
        try (Progress progress = new Progress(tally, plan, Optional.empty())) {
            new OrderFeed(client, settings.concurrency(), Optional.empty(), at -> { }, tally).send(plan.events());
        }
        return report.sending(since(sending)).build();
    }

    private ImportReport intoEmbeddedCloud(ImportPlan plan, ImportReport.Builder report) throws IOException, InterruptedException {
        Path keys = Files.createTempDirectory("crm-import-").resolve("webhook-secrets.json");
        String key = WebhookKeys.newKey();
        WebhookKeys.write(keys, key);
        Instant start = plan.events().isEmpty() ? Instant.EPOCH : plan.events().get(0).detail().occurredAt();
        ControllableClock clock = ControllableClock.fixedAt(start);
        long starting = System.nanoTime();
        // points-accrual gets its declared concurrency (10 pollers; the cap applies to every function), not the
        // interactive default of 4: DynamoDB Local's transactions overlap, and accrual ran 1.6 times as fast with 8
        // workers as with 4 (accrual bench).
        LocalCloud.Builder builder = LocalCloud.builder().wiring(CrmWiring.declaration()).clock(clock).requireBuiltHandlers(true)
                .concurrencyLimit(DECLARED_CONCURRENCY);
        settings.dataDirectory().ifPresent(builder::dataDirectory);
        out.println("The embedded cloud's console (DynamoDB Local, the functions' JSON logs) goes to " + consoleLog.toAbsolutePath());
        out.flush();
        report.consoleLog(consoleLog.toAbsolutePath());
        try (ConsoleCapture console = ConsoleCapture.to(consoleLog);
             WebhookKeys.Applied secrets = WebhookKeys.useFile(keys); LocalCloud cloud = builder.start()) {
            report.cloudStart(since(starting));
            URI url = WebhookClient.canonicalWebhook(cloud.endpoints().http());
            WebhookClient client = new WebhookClient(url, new WebhookSigner(key), DELIVERY_ATTEMPTS, REQUEST_TIMEOUT);
            ImportTally tally = new ImportTally();
            report.target(url, true).tally(tally).concurrency(settings.concurrency());
            // The schedules (weekly churn scoring...) do not replay over the orders' times: in a deployed cloud they run
            // on today's time while an old history comes in, and this is that onboarding job.
            try (LocalCloud.SchedulePause schedules = cloud.pauseSchedules(); Progress progress = new Progress(tally, plan, Optional.of(cloud))) {
                long sending = System.nanoTime();
                new OrderFeed(client, settings.concurrency(), Optional.of(settings.maxLead()), new ClockFollower(clock)::advanceTo, tally)
                        .send(plan.events());
                report.sending(since(sending));
                long draining = System.nanoTime();
                report.drained(cloud.awaitIdle(settings.awaitTimeout())).draining(since(draining));
            }
            report.busEvents(busEvents(cloud));
            if (settings.check()) {
                long checking = System.nanoTime();
                report.invariant(check(plan)).checking(since(checking));
            }
            return report.build();
        } finally {
            Files.deleteIfExists(keys);
            Files.deleteIfExists(keys.getParent());
        }
    }

    /** Reads through the SDK settings the running cloud has set for this JVM. */
    private InvariantCheck.Result check(ImportPlan plan) throws InterruptedException {
        try (DynamoDbClient dynamo = AwsClients.newDynamoDb()) {
            LoyaltyTables tables = LoyaltyTables.from(ResourceNames.fromEnvironment());
            InvariantCheck check = new InvariantCheck(new MemberRepository(dynamo, tables, ProgrammeSource.fromEnvironment()),
                    new LedgerRepository(dynamo, tables), CHECK_THREADS);
            return check.check(plan.events().stream().map(PlannedEvent::memberId).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private static Map<String, Long> busEvents(LocalCloud cloud) {
        return cloud.events().publishedByDetailType();
    }

    private static void writeParked(ImportPlan plan, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file)) {
            writer.write("invoice,customerId,invoiceDate,stockCode,units,unitPrice\n");
            for (ParkedLine line : plan.parked()) {
                writer.write(String.join(",", line.invoice(), line.customerId(), line.at().toString(), csv(line.stockCode()),
                        Integer.toString(line.units()), line.unitPrice().toPlainString()) + "\n");
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    /** Moves a fixed clock forward, never back, whatever order the senders call it in. */
    static final class ClockFollower {
        private final ControllableClock clock;

        ClockFollower(ControllableClock clock) {
            this.clock = clock;
        }

        synchronized void advanceTo(Instant instant) {
            if (instant.isAfter(clock.instant())) clock.set(instant);
        }
    }

    /** Prints a progress line every {@code progressEvery} while open. */
    private final class Progress implements AutoCloseable {
        private final ScheduledExecutorService timer;
        private final long began = System.nanoTime();

        Progress(ImportTally tally, ImportPlan plan, Optional<LocalCloud> cloud) {
            if (settings.progressEvery().isZero()) {
                timer = null;
                return;
            }
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "crm-import-progress");
                thread.setDaemon(true);
                return thread;
            });
            long every = settings.progressEvery().toMillis();
            timer.scheduleAtFixedRate(() -> line(tally, plan, cloud), every, every, TimeUnit.MILLISECONDS);
        }

        private void line(ImportTally tally, ImportPlan plan, Optional<LocalCloud> cloud) {
            double seconds = Math.max(1e-3, since(began).toNanos() / 1e9);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %5.0f s  orders sent %,d/%,d  refunds sent %,d/%,d  %,.0f orders/s",
                    seconds, tally.ordersSent(), plan.orders(), tally.refundsSent(), plan.refunds(), tally.ordersSent() / seconds));
            cloud.ifPresent(c -> {
                Map<String, Long> events = busEvents(c);
                line.append(String.format(Locale.ROOT, "  events on the bus %,d (points applied %,d)", events.values().stream().mapToLong(Long::longValue).sum(),
                        events.getOrDefault("PointsAccrued", 0L) + events.getOrDefault("PointsReversed", 0L)));
            });
            out.println(line);
            out.flush();
        }

        @Override
        public void close() {
            if (timer != null) timer.shutdownNow();
        }
    }
}
