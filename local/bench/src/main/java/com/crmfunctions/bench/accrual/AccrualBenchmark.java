package com.crmfunctions.bench.accrual;

import com.crmfunctions.bench.Bench;
import com.crmfunctions.bench.accrual.Load.Measurement;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Accrual throughput against the raw DynamoDB Local transaction throughput at the same concurrency (issue 4:
 * target accrual / raw &gt;= 0.5).
 *
 * <p>On the embedded local cloud ({@link AccrualBench}), for concurrency 1 and then the one asked for, each side runs
 * its workers for a warm-up, then counts what they complete in the measured window:
 * <ul>
 *   <li><b>raw</b>: transactions per second, each the three writes points-accrual commits for an order;</li>
 *   <li><b>accrual</b>: orders per second through points-accrual's handler, SQS batches of 10, every record applied
 *       (a failed record stops the benchmark).</li>
 * </ul>
 * It prints both, the ratio, the target, and what one order costs in SDK requests (counted by
 * {@link SdkRequestCounter}).
 *
 * <p>Everything shares one JVM and the machine's cores: DynamoDB Local, the workers, and on the accrual side the
 * function's own work (JSON, schema validation, the domain), which in AWS runs on the Lambda's CPU, not the
 * database's. Other load on the machine moves both figures; the ratio, measured seconds apart, less.
 *
 * <p>Run from the repository root: {@code local/bench/run accrual [--concurrency 4] [--seconds 15] [--warmup 5]}.
 */
public final class AccrualBenchmark {

    static final double TARGET_RATIO = 0.5;

    private static final String USAGE = String.join("\n",
            "usage: local/bench/run accrual [--concurrency N] [--seconds S] [--warmup S]",
            "  --concurrency N  workers (Lambda execution environments) on each side; concurrency 1 is measured too (default 4)",
            "  --seconds S      measured seconds per side and concurrency (default 15)",
            "  --warmup S       unmeasured seconds before each measurement (default 5)");

    /** What to measure: the concurrencies in order, and each side's warm-up and measured window at each. */
    record Options(List<Integer> concurrencies, Duration warmup, Duration measured, int membersPerWorker) {}

    /** One concurrency's figures. */
    record Row(int concurrency, Measurement raw, Measurement accrual) {
        double ratio() {
            return accrual.ordersPerSecond() / raw.ordersPerSecond();
        }
    }

    private AccrualBenchmark() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        // The JDK keeps 5 idle connections per host unless told otherwise; every worker keeps one to DynamoDB (and to
        // the bus), so more workers than that would open a connection per request. Read once, before the first one.
        int maxConcurrency = options.concurrencies().stream().mapToInt(Integer::intValue).max().orElse(1);
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(Math.max(5, 2 * maxConcurrency)));
        }
        int status = 0;
        try (AccrualBench bench = AccrualBench.start(options.membersPerWorker())) {
            run(bench, options, System.out);
        } catch (Exception e) {
            System.err.println("accrual benchmark failed: " + e.getMessage());
            e.printStackTrace();
            status = 1;
        }
        // DynamoDB Local leaves a non-daemon job thread behind after stop() that holds the JVM for minutes.
        System.exit(status);
    }

    /** Measures each concurrency, raw then accrual, on fresh orders and members, and prints the report to {@code out}. */
    static List<Row> run(AccrualBench bench, Options options, PrintStream out) throws InterruptedException {
        double loadBefore = Bench.loadAverage();
        List<Row> rows = new ArrayList<>();
        for (int concurrency : options.concurrencies()) {
            Measurement raw = Load.measure(bench.raw("raw-c" + concurrency, concurrency), options.warmup(), options.measured());
            Measurement accrual = Load.measure(bench.accrual("accrual-c" + concurrency, concurrency), options.warmup(),
                    options.measured());
            rows.add(new Row(concurrency, raw, accrual));
        }
        report(bench, options, rows, loadBefore, Bench.loadAverage(), out);
        return rows;
    }

    private static void report(AccrualBench bench, Options options, List<Row> rows, double loadBefore, double loadAfter,
                               PrintStream out) {
        out.println("Points accrual vs raw DynamoDB Local transactions (embedded local cloud, in memory, one JVM)");
        Bench.printMachine(out, loadBefore, loadAfter);
        out.printf(Locale.ROOT, "each side, each concurrency: %s warm-up, %s measured; %d members per worker; accrual: SQS batches of %d%n",
                seconds(options.warmup()), seconds(options.measured()), bench.membersPerWorker(), bench.batchSize());
        out.println("raw: one TransactWriteItems per order (ledger Put if new, member Update on version, account Put if new)");
        out.println();
        out.printf(Locale.ROOT, "%11s %10s %17s %12s  %s%n", "concurrency", "raw tx/s", "accrual orders/s", "accrual/raw",
                String.format(Locale.ROOT, "target >= %.2f", TARGET_RATIO));
        for (Row row : rows) {
            out.printf(Locale.ROOT, "%11d %10.1f %17.1f %12.2f  %s%n", row.concurrency(), row.raw().ordersPerSecond(),
                    row.accrual().ordersPerSecond(), row.ratio(), row.ratio() >= TARGET_RATIO ? "met" : "not met");
        }
        Row last = rows.get(rows.size() - 1);
        out.println();
        out.printf(Locale.ROOT, "SDK requests per order, accrual at concurrency %d: %s%n", last.concurrency(), perOrder(last.accrual()));
        out.printf(Locale.ROOT, "SDK requests per order, raw at concurrency %d:     %s%n", last.concurrency(), perOrder(last.raw()));
    }

    /** Requests per order in all and by operation, leaving out SQS (the cloud's own pollers and deliveries). */
    static String perOrder(Measurement measurement) {
        if (measurement.orders() == 0) return "no order completed";
        Map<String, Long> requests = new TreeMap<>(measurement.requests());
        requests.keySet().removeIf(operation -> operation.startsWith("Sqs "));
        double orders = measurement.orders();
        return String.format(Locale.ROOT, "%.2f (", requests.values().stream().mapToLong(Long::longValue).sum() / orders)
                + requests.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / orders))
                        .collect(Collectors.joining(", "))
                + ")";
    }

    static Options parse(String[] args) {
        int concurrency = 4;
        int seconds = 15;
        int warmup = 5;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + option);
            String value = args[++i];
            switch (option) {
                case "--concurrency": concurrency = Bench.wholeNumber(option, value, 1); break;
                case "--seconds": seconds = Bench.wholeNumber(option, value, 1); break;
                case "--warmup": warmup = Bench.wholeNumber(option, value, 0); break;
                default: throw new IllegalArgumentException("unknown option " + option);
            }
        }
        List<Integer> concurrencies = concurrency == 1 ? List.of(1) : List.of(1, concurrency);
        return new Options(concurrencies, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds),
                AccrualBench.DEFAULT_MEMBERS_PER_WORKER);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
