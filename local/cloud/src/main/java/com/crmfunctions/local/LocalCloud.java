package com.crmfunctions.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.crmfunctions.local.dynamodb.DynamoDbLocalServer;
import com.crmfunctions.local.dynamodb.TableProvisioner;
import com.crmfunctions.local.events.EventBus;
import com.crmfunctions.local.events.EventBusServer;
import com.crmfunctions.local.events.EventLog;
import com.crmfunctions.local.events.EventRules;
import com.crmfunctions.local.http.HttpApiServer;
import com.crmfunctions.local.lambda.FunctionError;
import com.crmfunctions.local.lambda.LocalFunction;
import com.crmfunctions.local.lambda.SqsEventSourceMapping;
import com.crmfunctions.local.schedule.ScheduleExpression;
import com.crmfunctions.local.schedule.ScheduleFiring;
import com.crmfunctions.local.schedule.Scheduler;
import com.crmfunctions.local.ses.EmailServer;
import com.crmfunctions.local.ses.Outbox;
import com.crmfunctions.local.sqs.ElasticMqServer;
import com.crmfunctions.local.sqs.LocalQueue;
import com.crmfunctions.local.sqs.QueueProvisioner;
import com.crmfunctions.local.support.ActivityTracker;
import com.crmfunctions.local.support.AwsClients;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.local.support.NamedThreads;
import com.crmfunctions.wiring.Trigger;
import com.crmfunctions.wiring.RuleSpec;
import com.crmfunctions.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The embedded local cloud: the system described by a {@link Wiring}, running in this JVM on
 * loopback ports chosen at start. Real DynamoDB Local and ElasticMQ; small stand-ins speaking the
 * AWS wire protocols for EventBridge ({@code PutEvents}), SES v2 ({@code SendEmail}), Lambda (SQS
 * event source mappings, schedules) and the HTTP API. Functions use the real SDK clients and differ
 * from the cloud only by endpoints ({@link #sdkSettings()}).
 *
 * <pre>{@code
 * try (LocalCloud cloud = LocalCloud.builder().wiring(CrmWiring.declaration()).start()) {
 *     System.out.println(cloud.summary());
 *     cloud.awaitClose();   // until close() from a shutdown hook
 * }
 * }</pre>
 */
public final class LocalCloud implements AutoCloseable {
    public static final String DEFAULT_REGION = "eu-west-1";
    /** Default cap on the pollers of an SQS event source mapping (the declared maxConcurrency applies below it). */
    public static final int DEFAULT_CONCURRENCY_LIMIT = 4;

    private static final Logger LOG = Logger.getLogger(LocalCloud.class.getName());
    private static final Duration IDLE_POLL = Duration.ofMillis(25);

    private final Wiring wiring;
    private final LocalAccount account;
    private final ControllableClock clock;
    private final Optional<Path> dataDirectory;
    private final Optional<Duration> visibilityTimeoutOverride;
    private final int concurrencyLimit;
    private final Map<String, FunctionBinding> bindings;
    private final Outbox outbox;
    private final ActivityTracker activity = new ActivityTracker();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    // Started in this order by start(); closed by close(), which copes with a partial start.
    private DynamoDbLocalServer dynamoDb;
    private ElasticMqServer elasticMq;
    private SqsClient sqs;
    private Map<String, LocalQueue> queues = Map.of();
    private EventBus eventBus;
    private EventBusServer eventBusServer;
    private EmailServer emailServer;
    private HttpApiServer httpApi;
    private Endpoints endpoints;
    private SdkSettings sdkSettings;
    private SdkSettings.Applied appliedSdkSettings;
    private final Map<String, LocalFunction> functions = new LinkedHashMap<>();
    private final List<SqsEventSourceMapping> mappings = new ArrayList<>();
    private ExecutorService asyncInvocations;
    private Scheduler scheduler;
    private Duration startupTime;
    private List<RuleSpec> liveRules = List.of();

    private LocalCloud(Builder builder) {
        this.wiring = Objects.requireNonNull(builder.wiring, "wiring");
        this.account = LocalAccount.in(builder.region);
        this.clock = builder.clock != null ? builder.clock : ControllableClock.followingSystemTime();
        this.dataDirectory = Optional.ofNullable(builder.dataDirectory);
        this.visibilityTimeoutOverride = Optional.ofNullable(builder.visibilityTimeoutOverride);
        this.concurrencyLimit = builder.concurrencyLimit;
        this.bindings = FunctionBinding.resolve(wiring, builder.handlers, builder.requireBuiltHandlers);
        this.outbox = new Outbox(Optional.ofNullable(builder.outboxDirectory));
    }

    public static Builder builder() { return new Builder(); }

    /** Synchronized with {@link #close()}, so a close from another thread (a shutdown hook) sees everything started. */
    private synchronized void start(boolean applySdkSettings) {
        long began = System.nanoTime();
        // As deployed: only the rules whose queue a running function reads (PLANNED consumers' rules are not deployed).
        liveRules = wiring.rulesConsumedBy(f -> bindings.get(f.name()).handlers().isPresent());
        EventRules rules = new EventRules(liveRules);
        wiring.schedules().forEach(s -> ScheduleExpression.parse(s.expression(), s.timeZone(), clock.instant()));
        startStorage();
        eventBus = new EventBus(wiring.busName(), account, clock, rules, queues, sqs);
        eventBusServer = new EventBusServer(eventBus);
        emailServer = new EmailServer(outbox, clock);
        httpApi = new HttpApiServer(clock, account, activity);
        endpoints = new Endpoints(dynamoDb.uri(), elasticMq.uri(), eventBusServer.uri(), emailServer.uri(), httpApi.uri());
        Map<String, String> queueUrls = new LinkedHashMap<>();
        queues.forEach((name, queue) -> queueUrls.put(name, queue.url()));
        sdkSettings = new SdkSettings(endpoints, account.region(), queueUrls);
        if (applySdkSettings) appliedSdkSettings = sdkSettings.apply();
        startFunctions();
        startupTime = Duration.ofNanos(System.nanoTime() - began);
    }

    /** DynamoDB Local with the tables, and ElasticMQ with the queues, start side by side. */
    private void startStorage() {
        ExecutorService startup = Executors.newFixedThreadPool(2, new NamedThreads("startup"));
        try {
            Future<DynamoDbLocalServer> tables = startup.submit(this::startTables);
            Future<QueueService> queueService = startup.submit(this::startQueues);
            RuntimeException failure = null;
            try {
                dynamoDb = tables.get();
            } catch (ExecutionException | InterruptedException e) {
                failure = startFailure("DynamoDB Local", e);
            }
            try {
                QueueService started = queueService.get();
                elasticMq = started.server();
                sqs = started.client();
                queues = started.queues();
            } catch (ExecutionException | InterruptedException e) {
                failure = failure != null ? failure : startFailure("ElasticMQ", e);
            }
            if (failure != null) throw failure;
        } finally {
            startup.shutdown();
        }
    }

    private DynamoDbLocalServer startTables() {
        DynamoDbLocalServer server = DynamoDbLocalServer.start(dataDirectory);
        try (DynamoDbClient dynamo = AwsClients.dynamoDb(server.uri(), account.region())) {
            new TableProvisioner(dynamo).provision(wiring.tables());
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private QueueService startQueues() {
        ElasticMqServer server = ElasticMqServer.start(account);
        SqsClient client = AwsClients.sqs(server.uri(), account.region());
        try {
            return new QueueService(server, client, new QueueProvisioner(client, visibilityTimeoutOverride).provision(wiring.queues()));
        } catch (RuntimeException e) {
            client.close();
            server.close();
            throw e;
        }
    }

    private record QueueService(ElasticMqServer server, SqsClient client, Map<String, LocalQueue> queues) {}

    /**
     * Handlers are created (cold starts) once the endpoints are known and, unless turned off, set as
     * SDK system properties: a handler that builds its SDK clients in its constructor finds the cloud.
     */
    private void startFunctions() {
        asyncInvocations = Executors.newFixedThreadPool(2, new NamedThreads("lambda-async"));
        for (FunctionBinding binding : bindings.values()) {
            if (!binding.runs()) continue;
            LocalFunction function = new LocalFunction(binding.spec(), binding.handlers().orElseThrow(), account, concurrencyLimit);
            functions.put(function.name(), function);
            if (function.spec().trigger() instanceof Trigger.Queue trigger) {
                mappings.add(new SqsEventSourceMapping(function, trigger, queues.get(trigger.queue()), account.region(), sqs, activity,
                        Math.min(trigger.maxConcurrency(), concurrencyLimit)));
            }
        }
        httpApi.serve(List.copyOf(functions.values()));
        mappings.forEach(SqsEventSourceMapping::start);
        scheduler = new Scheduler(wiring.schedules(), clock, account, List.copyOf(functions.keySet()), this::invokeAsync);
    }

    /** An asynchronous invocation (as EventBridge Scheduler makes): counted as activity until it ends. */
    private void invokeAsync(String function, byte[] payload) {
        activity.begin();
        try {
            asyncInvocations.execute(() -> {
                try {
                    functions.get(function).invoke(payload);
                } catch (FunctionError e) {
                    LOG.warning(() -> "function " + function + " failed: " + e.errorType() + ": " + e.getMessage());
                } finally {
                    activity.end();
                }
            });
        } catch (RejectedExecutionException e) {
            activity.end();
            throw new IllegalStateException("the local cloud is closing", e);
        }
    }

    // ---- what the cloud offers ----

    public Endpoints endpoints() { return endpoints; }

    public String region() { return account.region(); }

    public String accountId() { return account.id(); }

    public ControllableClock clock() { return clock; }

    /** What the local SES has "sent". */
    public Outbox outbox() { return outbox; }

    /** What the event bus accepted, matched and delivered, and what it refused. */
    public EventLog events() { return eventBus.log(); }

    /** The SDK endpoint settings (system properties and environment variables) for this cloud. */
    public SdkSettings sdkSettings() { return sdkSettings; }

    /**
     * Sets the SDK system properties for this cloud (already done at start unless turned off on the
     * builder, and undone at close); closing the result restores the previous values.
     */
    public SdkSettings.Applied applySdkSystemProperties() { return sdkSettings.apply(); }

    public String queueUrl(String queue) { return queue(queue).url(); }

    public String queueArn(String queue) { return queue(queue).arn(); }

    /** The rules on the bus: those whose queue a running function consumes. */
    public List<RuleSpec> liveRules() { return liveRules; }

    /** The functions running locally (BUILT ones and those with a bound handler). */
    public List<String> runningFunctions() { return List.copyOf(functions.keySet()); }

    public Duration startupTime() { return startupTime; }

    /** Fires every schedule occurrence the clock has passed since the last check (moving the clock does this too). */
    public List<ScheduleFiring> fireDueSchedules() { return scheduler.fireDue(); }

    /**
     * Skips the schedule occurrences the clock passes until the result is closed (what was due before still fires).
     * An import of an old order history uses it: in a deployed cloud the schedules run on today's time, not on the
     * orders' times, so replaying a year of weekly scoring runs would be a different job.
     */
    public SchedulePause pauseSchedules() {
        scheduler.pause();
        boolean[] closed = {false};
        return () -> {
            synchronized (closed) {
                if (closed[0]) return; // closing twice ends one pause, not another's
                closed[0] = true;
            }
            scheduler.resume();
        };
    }

    /** Closing resumes the schedules. */
    @FunctionalInterface
    public interface SchedulePause extends AutoCloseable {
        @Override
        void close();
    }

    /** Fires one occurrence of a schedule now, at the clock's time; its function must be running. */
    public ScheduleFiring invokeSchedule(String schedule) {
        return scheduler.fireNow(schedule).orElseThrow(() -> new IllegalStateException("schedule " + schedule + ": its function "
                + wiring.schedule(schedule).orElseThrow().targetFunction() + " is not running locally (PLANNED; bind a handler)"));
    }

    /**
     * Waits until the cloud is idle: every queue a running function consumes is empty (nothing
     * visible, in flight or delayed) and no invocation is running or queued. A message left in flight
     * by a failed batch keeps the cloud busy until it is redelivered (or dead-lettered).
     *
     * @return whether the cloud became idle within the timeout
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isIdle()) {
            if (System.nanoTime() > deadline) return false;
            Thread.sleep(IDLE_POLL.toMillis());
        }
        return true;
    }

    private boolean isIdle() {
        long generation = activity.generation();
        if (activity.inProgress() > 0) return false;
        for (SqsEventSourceMapping mapping : mappings) {
            if (messagesIn(mapping.queue()) > 0) return false;
        }
        return activity.inProgress() == 0 && activity.generation() == generation;
    }

    private long messagesIn(LocalQueue queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(queue.url()).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return attributes.values().stream().mapToLong(Long::parseLong).sum();
    }

    /** Every endpoint, the SDK settings, tables, queues, rules, schedules and functions, and the start-up time. */
    public String summary() {
        return new LocalCloudSummary(this).render();
    }

    /** Blocks until {@link #close()} has finished (called from another thread, e.g. a shutdown hook). */
    public void awaitClose() throws InterruptedException { closed.await(); }

    /**
     * Stops everything it started: schedules and HTTP first, then ElasticMQ under the pollers (their
     * long polls fail at once and they stop), pending invocations, the stand-ins, the SDK client and
     * DynamoDB Local; then restores the SDK system properties. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (!closing.compareAndSet(false, true)) return;
        try {
            quietly("scheduler", scheduler);
            quietly("HTTP API", httpApi);
            mappings.forEach(SqsEventSourceMapping::stopPolling);
            quietly("ElasticMQ", elasticMq);
            mappings.forEach(m -> quietly("event source mapping of " + m.functionName(), m));
            if (asyncInvocations != null) shutdown(asyncInvocations);
            quietly("event bus", eventBusServer);
            quietly("SES", emailServer);
            quietly("SQS client", sqs);
            quietly("DynamoDB Local", dynamoDb);
            quietly("SDK system properties", appliedSdkSettings);
        } finally {
            closed.countDown();
        }
    }

    // ---- for the summary ----

    Wiring wiring() { return wiring; }

    Map<String, FunctionBinding> bindings() { return bindings; }

    List<SqsEventSourceMapping> mappings() { return mappings; }

    List<String> httpRoutes() { return httpApi.routeKeys(); }

    Optional<Duration> visibilityTimeoutOverride() { return visibilityTimeoutOverride; }

    Optional<Path> dataDirectory() { return dataDirectory; }

    private LocalQueue queue(String name) {
        LocalQueue queue = queues.get(name);
        if (queue == null) throw new IllegalArgumentException("no queue named " + name + "; known: " + queues.keySet());
        return queue;
    }

    private static RuntimeException startFailure(String what, Exception e) {
        if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        return new IllegalStateException(what + " did not start: " + cause.getMessage(), cause);
    }

    private static void shutdown(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void quietly(String what, AutoCloseable part) {
        if (part == null) return;
        try {
            part.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "closing " + what + " failed", e);
        }
    }

    /** Builds and starts a {@link LocalCloud}. Only the wiring is required. */
    public static final class Builder {
        private Wiring wiring;
        private String region = DEFAULT_REGION;
        private Path dataDirectory;
        private Path outboxDirectory;
        private ControllableClock clock;
        private Duration visibilityTimeoutOverride;
        private boolean sdkSystemProperties = true;
        private boolean requireBuiltHandlers;
        private int concurrencyLimit = DEFAULT_CONCURRENCY_LIMIT;
        private final Map<String, Supplier<? extends RequestHandler<?, ?>>> handlers = new LinkedHashMap<>();

        private Builder() {}

        /** The system to run, normally {@code CrmWiring.declaration()}. */
        public Builder wiring(Wiring wiring) { this.wiring = wiring; return this; }

        /** The region of every ARN and of the SDK settings; default {@value #DEFAULT_REGION}. */
        public Builder region(String region) { this.region = Objects.requireNonNull(region, "region"); return this; }

        /** Keep DynamoDB data in this directory across runs; {@code null} (the default) keeps it in memory. */
        public Builder dataDirectory(Path directory) { this.dataDirectory = directory; return this; }

        /** Also write each sent email as a JSON file here; {@code null} (the default) keeps them in memory only. */
        public Builder outboxDirectory(Path directory) { this.outboxDirectory = directory; return this; }

        /** The shared clock; default one that follows system time. */
        public Builder clock(ControllableClock clock) { this.clock = clock; return this; }

        /** Replaces the declared visibility timeout of every source queue (not the DLQs), so redelivery is quick in tests. */
        public Builder visibilityTimeoutOverride(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.compareTo(Duration.ofHours(12)) > 0)) {
                throw new IllegalArgumentException("visibility timeout must be 0..12 h");
            }
            this.visibilityTimeoutOverride = timeout;
            return this;
        }

        /**
         * Caps the pollers (concurrent invocations) of each SQS event source mapping; default
         * {@value #DEFAULT_CONCURRENCY_LIMIT}. A limit of 1 makes batches deterministic for tests.
         */
        public Builder concurrencyLimit(int limit) {
            if (limit < 1) throw new IllegalArgumentException("concurrency limit must be at least 1");
            this.concurrencyLimit = limit;
            return this;
        }

        /**
         * Runs {@code function} with handlers from this factory instead of its declared class; works
         * for PLANNED functions too. The factory is called once per execution environment (once per
         * poller for a queue function), as Lambda creates one handler instance per environment.
         */
        public Builder handler(String function, Supplier<? extends RequestHandler<?, ?>> handlers) {
            this.handlers.put(Objects.requireNonNull(function, "function"), Objects.requireNonNull(handlers, "handlers"));
            return this;
        }

        /**
         * Whether to set the SDK endpoint system properties ({@link SdkSettings}) for this JVM while
         * the cloud runs (default true), so handlers building default SDK clients reach it.
         */
        public Builder sdkSystemProperties(boolean apply) { this.sdkSystemProperties = apply; return this; }

        /**
         * Fail at start when a BUILT function's handler class is not on the class path (the
         * command line carries every function). Off by default: a module's tests carry only their
         * own functions, and the others are shown as not started.
         */
        public Builder requireBuiltHandlers(boolean require) { this.requireBuiltHandlers = require; return this; }

        /** Starts everything; on failure, whatever had started is stopped again. */
        public LocalCloud start() {
            LocalCloud cloud = new LocalCloud(this);
            try {
                cloud.start(sdkSystemProperties);
                return cloud;
            } catch (RuntimeException | Error e) {
                cloud.close();
                throw e;
            }
        }
    }
}
