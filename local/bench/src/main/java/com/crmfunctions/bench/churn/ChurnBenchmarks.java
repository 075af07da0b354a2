package com.crmfunctions.bench.churn;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the churn benchmarks with JMH and prints each figure next to its target (2-core machine, one
 * thread) and the ratio achieved (at least 1 meets the target).
 *
 * <p>Run from the repository root:
 * <pre>
 * ./mvnw -q -B -pl local/bench -am package -DskipTests
 * java -cp "local/bench/target/classes:$(cat local/bench/target/classpath.txt)" \
 *     com.crmfunctions.bench.churn.ChurnBenchmarks
 * </pre>
 * An optional argument narrows the benchmarks by regular expression (e.g. {@code Scoring}).
 */
public final class ChurnBenchmarks {

    private ChurnBenchmarks() {}

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : "com.crmfunctions.bench.churn.Churn.*Benchmark";
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(include).build()).run();
        Map<String, Double> ms = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            ms.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Churn benchmarks (one thread; ratio >= 1 meets the target)");
        time(ms, "bgNbdCdnow", "BG/NBD fit, CDNOW, one start, warm", 2.0);
        time(ms, "paretoNbdCdnow", "Pareto/NBD fit, CDNOW, one start, warm", 40.0);
        time(ms, "bgNbdMillion", "BG/NBD fit, 1,000,000 synthetic customers (grouping + fit)", 1000.0);
        if (ms.containsKey("scoreMillion")) {
            double perSecond = ChurnBenchData.MILLION / (ms.get("scoreMillion") / 1000.0);
            System.out.printf(Locale.ROOT, "%-62s %10.1f M customers/s  target >= 20.0  ratio %.2f%n",
                    "Scoring 1,000,000 customers, -Xmx256m", perSecond / 1e6, perSecond / 20e6);
            System.out.printf(Locale.ROOT, "%-62s %10.1f ns/customer%n", "  scoring", ms.get("scoreMillion") * 1e6
                    / ChurnBenchData.MILLION);
            if (ms.containsKey("specialFunctionsMillion")) {
                double limit = ms.get("specialFunctionsMillion") * 1e6 / ChurnBenchData.MILLION;
                System.out.printf(Locale.ROOT, "%-62s %10.1f ns/customer  ratio special functions / scoring %.2f%n",
                        "  special-functions loop (practical limit)", limit, ms.get("specialFunctionsMillion")
                                / ms.get("scoreMillion"));
            }
        }
    }

    private static void time(Map<String, Double> ms, String key, String label, double targetMs) {
        if (ms.containsKey(key)) {
            System.out.printf(Locale.ROOT, "%-62s %10.3f ms  target <= %.0f ms  ratio %.2f%n", label, ms.get(key), targetMs,
                    targetMs / ms.get(key));
        }
    }
}
