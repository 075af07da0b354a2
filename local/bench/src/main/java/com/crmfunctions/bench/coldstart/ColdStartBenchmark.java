package com.crmfunctions.bench.coldstart;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.crmfunctions.bench.Bench;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Cold-start benchmark: a fresh JVM from start to the first handled SQS event with one DynamoDB
 * write, for the Micronaut function and for the same work in a plain Java handler.
 *
 * <p>Starts DynamoDB Local once (in memory, free loopback port) and creates the table. Then, for
 * each run, starts a fresh JVM with the same {@code java} binary and only the function's jar on
 * the class path, running {@link #PROBE} (which plays the Lambda runtime: construct the handler,
 * deserialize the event, invoke). The function finds DynamoDB Local through the SDK's own
 * {@code AWS_ENDPOINT_URL_DYNAMODB} and its table through {@code CRM_TABLE_ORDERS}, as it would in
 * the product. Each run's item is read back. Variants alternate, after unmeasured warm-up runs
 * that bring the jars into the page cache. Prints the runs, medians and the ratio
 * Micronaut / plain against the 1.2 target.
 *
 * <p>The default JVM options are those Lambda's java17 and java21 runtimes apply (tiered
 * compilation stopped at C1, serial GC); both variants get the same options.
 *
 * <p>Run from the repository root:
 * <pre>
 * ./mvnw -q -B -pl local/bench,local/bench/coldstart-micronaut -am package -DskipTests
 * java -cp "local/bench/target/classes:$(cat local/bench/target/classpath.txt)" \
 *     com.crmfunctions.bench.coldstart.ColdStartBenchmark --runs 5
 * </pre>
 */
public final class ColdStartBenchmark {

    static final String PROBE = "com.crmfunctions.bench.coldstart.ColdStartProbe";
    static final String PLAIN_HANDLER = "com.crmfunctions.bench.coldstart.PlainColdStartHandler";
    static final String TABLE = "bench-orders";
    static final double TARGET_RATIO = 1.2;
    static final List<String> LAMBDA_JVM_OPTIONS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGE = String.join("\n",
            "usage: ColdStartBenchmark [--runs N] [--warmups N] [--jvm-opts \"...\"] [--micronaut-opts \"...\"]",
            "                          [--micronaut-handler CLASS] [--cds] [--plain-jar PATH] [--micronaut-jar PATH]",
            "  --runs N             measured runs per variant, alternating (default 5)",
            "  --warmups N          unmeasured runs per variant first (default 1)",
            "  --jvm-opts           JVM options for both variants (default: Lambda's, " + String.join(" ", LAMBDA_JVM_OPTIONS) + ")",
            "  --micronaut-opts     extra options for the Micronaut JVM only, e.g. -Dmicronaut.env.deduction=false",
            "  --micronaut-handler  default com.crmfunctions.bench.coldstart.TunedMicronautColdStartHandler",
            "  --cds                train an AppCDS archive per variant first, then run both with it",
            "Run from the repository root after building:",
            "  ./mvnw -q -B -pl local/bench,local/bench/coldstart-micronaut -am package -DskipTests");

    record Options(int runs, int warmups, List<String> jvmOptions, List<String> micronautOptions, String micronautHandler,
                   boolean cds, Path plainJar, Path micronautJar) {}

    record Variant(String name, Path jar, String handler, List<String> jvmOptions) {
        Variant withOptions(List<String> more) {
            return new Variant(name, jar, handler, Stream.concat(jvmOptions.stream(), more.stream()).collect(Collectors.toList()));
        }
    }

    /** One cold start: the probe's figures, and the driver's view of the whole process (spawn to exit). */
    record Run(long jvmStartToHandledMs, long jvmStartToMainMs, long initMs, long invokeMs, long processMs) {}

    private final Options options;
    private final Path workDir;
    private final String endpoint;
    private final DynamoDbClient dynamoDb;
    private int sequence;

    private ColdStartBenchmark(Options options, Path workDir, String endpoint) {
        this.options = options;
        this.workDir = workDir;
        this.endpoint = endpoint;
        this.dynamoDb = DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        for (Path jar : List.of(options.plainJar(), options.micronautJar())) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("missing function jar " + jar.toAbsolutePath() + "\n" + USAGE);
                System.exit(2);
            }
        }
        int port = freePort();
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        Path workDir = Files.createTempDirectory("crm-cold-start");
        int status = 0;
        try {
            ColdStartBenchmark benchmark = new ColdStartBenchmark(options, workDir, "http://127.0.0.1:" + port);
            benchmark.createTable();
            benchmark.measure();
        } catch (Exception e) {
            System.err.println("cold-start benchmark failed: " + e.getMessage());
            e.printStackTrace();
            status = 1;
        } finally {
            server.stop();
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        // DynamoDB Local leaves a non-daemon job thread behind after stop() that holds the JVM for minutes.
        System.exit(status);
    }

    private void measure() throws Exception {
        Variant plain = new Variant("plain", options.plainJar(), PLAIN_HANDLER, options.jvmOptions());
        Variant micronaut = new Variant("micronaut", options.micronautJar(), options.micronautHandler(), options.jvmOptions())
                .withOptions(options.micronautOptions());
        double loadBefore = Bench.loadAverage();
        if (options.cds()) {
            plain = withTrainedArchive(plain);
            micronaut = withTrainedArchive(micronaut);
        }
        for (int i = 0; i < options.warmups(); i++) {
            run(plain);
            run(micronaut);
        }
        List<Run> plainRuns = new ArrayList<>();
        List<Run> micronautRuns = new ArrayList<>();
        for (int i = 0; i < options.runs(); i++) {
            if (i % 2 == 0) {
                plainRuns.add(run(plain));
                micronautRuns.add(run(micronaut));
            } else {
                micronautRuns.add(run(micronaut));
                plainRuns.add(run(plain));
            }
        }
        report(plain, plainRuns, micronaut, micronautRuns, loadBefore, Bench.loadAverage());
    }

    /** One training run that dumps the classes it loaded into an AppCDS archive, then the variant uses it. */
    private Variant withTrainedArchive(Variant variant) throws Exception {
        Path archive = workDir.resolve(variant.name() + ".jsa");
        run(variant.withOptions(List.of("-XX:ArchiveClassesAtExit=" + archive)));
        if (!Files.isRegularFile(archive)) throw new IllegalStateException("no CDS archive was written for " + variant.name());
        return variant.withOptions(List.of("-XX:SharedArchiveFile=" + archive));
    }

    private Run run(Variant variant) throws Exception {
        String orderId = "bench-" + variant.name() + "-" + (++sequence);
        Path event = workDir.resolve(orderId + ".json");
        Files.writeString(event, sqsEvent(orderId));
        Path log = workDir.resolve(orderId + ".log");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(variant.jvmOptions());
        command.addAll(List.of("-cp", variant.jar().toAbsolutePath().toString(), PROBE, variant.handler(), event.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("CRM_") || k.equals("JAVA_TOOL_OPTIONS")
                || k.equals("JDK_JAVA_OPTIONS") || k.equals("_JAVA_OPTIONS"));
        environment.put("AWS_REGION", "eu-west-1");
        environment.put("AWS_ACCESS_KEY_ID", "local");
        environment.put("AWS_SECRET_ACCESS_KEY", "local");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        environment.put("CRM_TABLE_ORDERS", TABLE);

        long spawned = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(variant.name() + " run did not finish in 2 minutes; its log: " + log);
        }
        long processMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - spawned);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(variant.name() + " run failed (exit " + process.exitValue() + "):\n" + output
                    + Files.readString(log));
        }
        requireWritten(orderId, variant);
        // The JVM may print after the probe (e.g. while dumping a CDS archive): take the probe's own line.
        JsonNode figures = JSON.readTree(output.lines().filter(l -> l.startsWith("{\"jvmStartToHandledMs\"")).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException(variant.name() + " run printed no figures:\n" + output)));
        return new Run(figures.get("jvmStartToHandledMs").asLong(), figures.get("jvmStartToMainMs").asLong(),
                figures.get("initMs").asLong(), figures.get("invokeMs").asLong(), processMs);
    }

    private void requireWritten(String orderId, Variant variant) {
        Map<String, AttributeValue> item = dynamoDb.getItem(get -> get.tableName(TABLE).consistentRead(true)
                .key(Map.of("orderId", AttributeValue.fromS(orderId), "recordId", AttributeValue.fromS("order")))).item();
        if (item == null || item.isEmpty()) throw new IllegalStateException(variant.name() + " run did not write order " + orderId);
    }

    /** An SQS event as Lambda delivers it, whose body is an EventBridge OrderPlaced envelope. */
    private static String sqsEvent(String orderId) throws IOException {
        ObjectNode envelope = JSON.createObjectNode()
                .put("version", "0")
                .put("id", "7bf73129-1428-4cd3-a780-95db273d1602")
                .put("detail-type", "OrderPlaced")
                .put("source", "crm.storefront")
                .put("account", "000000000000")
                .put("time", "2026-03-02T09:30:00Z")
                .put("region", "eu-west-1");
        envelope.putArray("resources");
        envelope.putObject("detail").put("orderId", orderId).put("memberId", "m-1001").put("totalCents", 12_900).put("currency", "CNY");
        ObjectNode record = JSON.createObjectNode()
                .put("messageId", "059f36b4-87a3-44ab-83d2-661975830a7d")
                .put("receiptHandle", "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a")
                .put("body", JSON.writeValueAsString(envelope))
                .put("md5OfBody", "e4e68fb7bd0e697a0ae8f1bb342846b3")
                .put("eventSource", "aws:sqs")
                .put("eventSourceARN", "arn:aws:sqs:eu-west-1:000000000000:points")
                .put("awsRegion", "eu-west-1");
        record.putObject("attributes")
                .put("ApproximateReceiveCount", "1")
                .put("SentTimestamp", "1772443800000")
                .put("SenderId", "AIDAIENQZJOLO23YVJ4VO")
                .put("ApproximateFirstReceiveTimestamp", "1772443800010");
        record.putObject("messageAttributes");
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").add(record);
        return JSON.writeValueAsString(event);
    }

    private void createTable() {
        dynamoDb.createTable(create -> create.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName("orderId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("recordId").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("orderId").keyType(KeyType.HASH),
                        k -> k.attributeName("recordId").keyType(KeyType.RANGE)));
    }

    private void report(Variant plain, List<Run> plainRuns, Variant micronaut, List<Run> micronautRuns,
                        double loadBefore, double loadAfter) {
        System.out.println("Cold start: fresh JVM -> first handled SQS event with one DynamoDB write (DynamoDB Local at " + endpoint + ")");
        Bench.printMachine(System.out, loadBefore, loadAfter);
        System.out.println("JVM options, both: " + String.join(" ", options.jvmOptions())
                + (options.cds() ? " + a per-variant AppCDS archive" : ""));
        System.out.println("Micronaut handler: " + micronaut.handler()
                + (options.micronautOptions().isEmpty() ? "" : ", options: " + String.join(" ", options.micronautOptions())));
        System.out.printf(Locale.ROOT, "runs: %d per variant, alternating, after %d warm-up run(s) each%n%n", options.runs(), options.warmups());
        System.out.printf(Locale.ROOT, "%-10s %-34s %7s %6s %7s %6s %8s%n", "variant", "JVM start -> handled, ms (runs)",
                "median", "init", "invoke", "boot", "process");
        line(plain.name(), plainRuns);
        line(micronaut.name(), micronautRuns);
        double ratio = median(micronautRuns, Run::jvmStartToHandledMs) / median(plainRuns, Run::jvmStartToHandledMs);
        System.out.printf(Locale.ROOT, "%nmedians: init = handler constructor, invoke = event deserialization + handler, "
                + "boot = JVM start -> main, process = spawn -> exit as seen by the driver%n");
        System.out.printf(Locale.ROOT, "ratio micronaut / plain: %.2f (target <= %.1f): %s; median of the %d paired runs' ratios: %.2f%n",
                ratio, TARGET_RATIO, ratio <= TARGET_RATIO ? "within target" : "above target", plainRuns.size(),
                pairedRatio(plainRuns, micronautRuns));
    }

    /** Each run next to its partner of the other variant: less sensitive to load that drifts during the benchmark. */
    static double pairedRatio(List<Run> plainRuns, List<Run> micronautRuns) {
        double[] ratios = new double[plainRuns.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) micronautRuns.get(i).jvmStartToHandledMs() / plainRuns.get(i).jvmStartToHandledMs();
        }
        Arrays.sort(ratios);
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }

    private static void line(String name, List<Run> runs) {
        String each = runs.stream().map(r -> Long.toString(r.jvmStartToHandledMs())).collect(Collectors.joining(" "));
        System.out.printf(Locale.ROOT, "%-10s %-34s %7.0f %6.0f %7.0f %6.0f %8.0f%n", name, each,
                median(runs, Run::jvmStartToHandledMs), median(runs, Run::initMs), median(runs, Run::invokeMs),
                median(runs, Run::jvmStartToMainMs), median(runs, Run::processMs));
    }

    static double median(List<Run> runs, ToLongFunction<Run> figure) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        if (values.length == 0) throw new IllegalArgumentException("no runs");
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Options parse(String[] args) {
        int runs = 5;
        int warmups = 1;
        List<String> jvmOptions = LAMBDA_JVM_OPTIONS;
        List<String> micronautOptions = List.of();
        // The product's way (FunctionContext: bare compile-time DI, no function-aws layer); the other
        // variants are kept for comparison (--micronaut-handler/--micronaut-jar).
        String micronautHandler = "com.crmfunctions.bench.coldstart.BareMicronautColdStartHandler";
        boolean cds = false;
        Path plainJar = Path.of("local/bench/coldstart-plain/target/coldstart-plain-function.jar");
        Path micronautJar = Path.of("local/bench/coldstart-micronaut/target/coldstart-micronaut-bare-function.jar");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--cds")) {
                cds = true;
                continue;
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + arg);
            String value = args[++i];
            switch (arg) {
                case "--runs": runs = Bench.wholeNumber(arg, value, 1); break;
                case "--warmups": warmups = Bench.wholeNumber(arg, value, 0); break;
                case "--jvm-opts": jvmOptions = words(value); break;
                case "--micronaut-opts": micronautOptions = words(value); break;
                case "--micronaut-handler": micronautHandler = value; break;
                case "--plain-jar": plainJar = Path.of(value); break;
                case "--micronaut-jar": micronautJar = Path.of(value); break;
                default: throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new Options(runs, warmups, jvmOptions, micronautOptions, micronautHandler, cds, plainJar, micronautJar);
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }
}
