package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.fit.FitSettings;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.segments.LifecycleSettings;
import com.crmfunctions.churn.segments.RfmSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Everything the churn scoring can be told, validated at once.
 *
 * <p>Each key (e.g. {@code churn.fit.sampleSize}) is read from the environment variable named like the loyalty
 * programme's ({@code CHURN_FIT_SAMPLESIZE}: upper case, every other character {@code _}), else from the JVM
 * system property of the key itself (what the in-process local cloud and tests set), else its default
 * ({@link #DEFAULTS}). An unknown {@code CHURN_*} variable is an error, so a typo cannot silently keep a default.
 *
 * @param model             the purchase model: {@code bg-nbd} (default), {@code mbg-nbd} or {@code pareto-nbd}, each
 *                          named in the CustomerScored contract
 * @param unit              time unit of the fit (weeks)
 * @param sampleSize        the fit reads about this many members; a larger population is sampled by reading only
 *                          some of its parallel-scan segments, which DynamoDB fills by key hash
 * @param scanThreads       parallel-scan segments the coordinator reads at once
 * @param fit               optimiser starts and minimum data (the time unit follows {@code unit})
 * @param membersPerSegment members each worker is meant to score: segments = population / this
 * @param maxSegments       at most this many worker segments
 * @param pageSize          items per Scan page ({@code Limit})
 * @param writeConcurrency  member updates a worker keeps in flight at once
 * @param reserveSeconds    a worker stops scanning when its invocation has less time left than this and hands the
 *                          rest of its segment on in a continuation message
 * @param terms             the horizons and discount rate of the scores
 * @param rfm               RFM score levels that count as high and low
 * @param lifecycle         lifecycle thresholds
 */
public record ChurnSettings(ModelKind model, PeriodUnit unit, int sampleSize, int scanThreads, FitSettings fit,
                            int membersPerSegment, int maxSegments, int pageSize, int writeConcurrency,
                            int reserveSeconds, ScoringTerms terms, RfmSettings rfm, LifecycleSettings lifecycle) {

    /** DynamoDB's limit on {@code TotalSegments} of a parallel scan. */
    public static final int MAX_SCAN_SEGMENTS = 1_000_000;

    private static final String PREFIX = "churn.";

    /** Every key with its default, in the order the README lists them. */
    public static final Map<String, String> DEFAULTS = defaultValues();

    public ChurnSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(lifecycle, "lifecycle");
        fit = fit.withTimeUnitDays(unit.days());
    }

    /** The shipped defaults. */
    public static ChurnSettings defaults() {
        return load(Map.of(), key -> null);
    }

    /** Settings of this process: its environment variables, then its system properties. */
    public static ChurnSettings fromEnvironment() {
        return load(System.getenv(), System::getProperty);
    }

    /**
     * @param environment      environment variables (only {@code CHURN_*} ones are looked at)
     * @param systemProperties system property lookup, null when absent
     * @throws IllegalArgumentException listing every invalid or unknown setting, each with its key
     */
    public static ChurnSettings load(Map<String, String> environment, UnaryOperator<String> systemProperties) {
        Values values = new Values(environment, systemProperties);
        ModelKind model = values.get("churn.model", ModelKind::fromName);
        PeriodUnit unit = values.get("churn.unit", PeriodUnit::fromName);
        int sampleSize = values.integer("churn.fit.sampleSize", 100, 50_000_000);
        int scanThreads = values.integer("churn.fit.scanThreads", 1, 64);
        int starts = values.integer("churn.fit.starts", 1, 6);
        int minCustomers = values.integer("churn.fit.minCustomers", 1, 1_000_000);
        int minRepeaters = values.integer("churn.fit.minRepeaters", 1, 1_000_000);
        int membersPerSegment = values.integer("churn.segment.members", 1, 100_000_000);
        int maxSegments = values.integer("churn.segment.max", 1, MAX_SCAN_SEGMENTS);
        int pageSize = values.integer("churn.scan.pageSize", 1, 10_000);
        int writeConcurrency = values.integer("churn.worker.writeConcurrency", 1, 64);
        int reserveSeconds = values.integer("churn.worker.reserveSeconds", 10, 600);
        int purchaseDays = values.integer("churn.horizon.purchaseDays", 1, 3660);
        int clvMonths = values.integer("churn.horizon.clvMonths", 1, 120);
        int riskDays = values.integer("churn.horizon.riskDays", 1, 3660);
        double discount = values.decimal("churn.clv.annualDiscountRate", 0, 10);
        int high = values.integer("churn.rfm.high", 1, 5);
        int low = values.integer("churn.rfm.low", 1, 5);
        double churnedBelow = values.decimal("churn.lifecycle.churnedBelowPAlive", 0, 1);
        double churnedAbove = values.decimal("churn.lifecycle.churnedAboveRisk", 0, 1);
        double declineBelow = values.decimal("churn.lifecycle.declineBelowPAlive", 0, 1);
        int warningDays = values.integer("churn.lifecycle.earlyWarningDays", 1, 3660);
        int introductionDays = values.integer("churn.lifecycle.introductionDays", 1, 3660);
        int maturityOrders = values.integer("churn.lifecycle.maturityMinOrders", 2, 1_000_000);
        double maturityShare = values.decimal("churn.lifecycle.maturityTopClvShare", 0, 1);
        values.rejectUnknownVariables();

        FitSettings fit = values.build("churn.fit.*", () -> FitSettings.defaults().withStarts(starts)
                .withMinimumData(minCustomers, minRepeaters));
        RfmSettings rfm = values.build("churn.rfm.*", () -> new RfmSettings(RfmCutPoints.BINS, high, low));
        LifecycleSettings lifecycle = values.build("churn.lifecycle.*", () -> new LifecycleSettings(churnedBelow, churnedAbove,
                declineBelow, warningDays, introductionDays, maturityOrders, maturityShare));
        ScoringTerms terms = values.build("churn.horizon.*", () -> new ScoringTerms(purchaseDays, clvMonths, riskDays, discount));
        values.throwIfInvalid();
        return new ChurnSettings(model, unit, sampleSize, scanThreads, fit, membersPerSegment, maxSegments, pageSize,
                writeConcurrency, reserveSeconds, terms, rfm, lifecycle);
    }

    /** {@code churn.fit.sampleSize} → {@code CHURN_FIT_SAMPLESIZE}. */
    public static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static Map<String, String> defaultValues() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("churn.model", "bg-nbd");
        keys.put("churn.unit", "weeks");
        keys.put("churn.fit.sampleSize", "200000");
        keys.put("churn.fit.scanThreads", "4");
        keys.put("churn.fit.starts", "3");
        keys.put("churn.fit.minCustomers", "20");
        keys.put("churn.fit.minRepeaters", "5");
        keys.put("churn.segment.members", "50000");
        keys.put("churn.segment.max", "1000");
        keys.put("churn.scan.pageSize", "500");
        keys.put("churn.worker.writeConcurrency", "8");
        keys.put("churn.worker.reserveSeconds", "60");
        keys.put("churn.horizon.purchaseDays", "90");
        keys.put("churn.horizon.clvMonths", "12");
        keys.put("churn.horizon.riskDays", "90");
        keys.put("churn.clv.annualDiscountRate", "0.10");
        keys.put("churn.rfm.high", "4");
        keys.put("churn.rfm.low", "2");
        keys.put("churn.lifecycle.churnedBelowPAlive", "0.2");
        keys.put("churn.lifecycle.churnedAboveRisk", "0.95");
        keys.put("churn.lifecycle.declineBelowPAlive", "0.5");
        keys.put("churn.lifecycle.earlyWarningDays", "30");
        keys.put("churn.lifecycle.introductionDays", "90");
        keys.put("churn.lifecycle.maturityMinOrders", "3");
        keys.put("churn.lifecycle.maturityTopClvShare", "0.2");
        return Collections.unmodifiableMap(keys);
    }

    /** Reads and parses the values, collecting every problem instead of stopping at the first. */
    private static final class Values {
        private final Map<String, String> environment;
        private final UnaryOperator<String> systemProperties;
        private final List<String> problems = new ArrayList<>();

        Values(Map<String, String> environment, UnaryOperator<String> systemProperties) {
            this.environment = environment;
            this.systemProperties = systemProperties;
        }

        /** The raw value and where it came from, for messages. */
        private String[] raw(String key) {
            String variable = environmentVariable(key);
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return new String[] {value.trim(), key + " (" + variable + ")"};
            }
            value = systemProperties.apply(key);
            if (value != null && !value.isBlank()) {
                return new String[] {value.trim(), key};
            }
            return new String[] {DEFAULTS.get(key), key};
        }

        <T> T get(String key, Function<String, T> parser) {
            String[] raw = raw(key);
            try {
                return parser.apply(raw[0]);
            } catch (RuntimeException e) {
                problems.add(raw[1] + "=" + raw[0] + ": " + e.getMessage());
                return parser.apply(DEFAULTS.get(key));
            }
        }

        int integer(String key, int min, int max) {
            return get(key, text -> {
                int value;
                try {
                    value = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a whole number");
                }
                if (value < min || value > max) {
                    throw new IllegalArgumentException("must be " + min + " to " + max);
                }
                return value;
            });
        }

        double decimal(String key, double min, double max) {
            return get(key, text -> {
                double value;
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number");
                }
                if (!(value >= min && value <= max)) {
                    throw new IllegalArgumentException("must be " + min + " to " + max);
                }
                return value;
            });
        }

        /** Builds a settings record, turning its own validation message into a problem of the named keys. */
        <T> T build(String keys, Supplier<T> builder) {
            try {
                return builder.get();
            } catch (IllegalArgumentException e) {
                problems.add(keys + ": " + e.getMessage());
                return null;
            }
        }

        void rejectUnknownVariables() {
            environment.keySet().stream()
                    .filter(name -> name.startsWith(environmentVariable(PREFIX)))
                    .filter(name -> DEFAULTS.keySet().stream().noneMatch(key -> environmentVariable(key).equals(name)))
                    .sorted()
                    .forEach(name -> problems.add(name + ": unknown churn setting; known keys: " + DEFAULTS.keySet()));
        }

        void throwIfInvalid() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("invalid churn scoring settings:\n  " + String.join("\n  ", problems));
            }
        }
    }
}
