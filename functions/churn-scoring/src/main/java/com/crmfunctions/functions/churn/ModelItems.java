package com.crmfunctions.functions.churn;

import static com.crmfunctions.adapters.dynamodb.Attributes.instant;
import static com.crmfunctions.adapters.dynamodb.Attributes.n;
import static com.crmfunctions.adapters.dynamodb.Attributes.s;
import static com.crmfunctions.functions.churn.Items.bool;
import static com.crmfunctions.functions.churn.Items.n;
import static com.crmfunctions.functions.churn.Items.numberMap;
import static com.crmfunctions.functions.churn.Items.numbersOrNull;

import com.crmfunctions.adapters.dynamodb.Attributes;
import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.fit.Diagnostic;
import com.crmfunctions.churn.fit.FitResult;
import com.crmfunctions.churn.fit.FitStatus;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.model.ParetoNbdParameters;
import com.crmfunctions.churn.model.Parameters;
import com.crmfunctions.churn.segments.LifecycleSettings;
import com.crmfunctions.churn.segments.RfmSettings;
import com.crmfunctions.functions.churn.domain.ClvDistribution;
import com.crmfunctions.functions.churn.domain.FitData;
import com.crmfunctions.functions.churn.domain.ModelVersion;
import com.crmfunctions.functions.churn.domain.RfmCutPoints;
import com.crmfunctions.functions.churn.domain.ScoringTerms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of the {@code models} table (key {@code model}, {@code fittedAt}).
 *
 * <p>Each scoring run writes one <b>version item</b> ({@code model = "churn-scoring"}, {@code fittedAt} = the run's
 * ISO-8601 time) holding everything its workers score with, and moves the <b>latest pointer</b>
 * ({@code fittedAt = "latest"}, attribute {@code version}) to it. "latest" sorts after every ISO date, so the
 * versions are {@code model = :m AND fittedAt < "latest"} in time order.
 *
 * <table>
 *   <caption>Version item attributes</caption>
 *   <tr><th>name</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code runId}, {@code unit}</td><td>S</td><td>the run; the time unit of the parameters ({@code weeks})</td></tr>
 *   <tr><td>{@code purchase*}, {@code spend*}</td><td>S, M, N, L</td><td>each fit: {@code Model} ({@code bg-nbd},
 *       {@code mbg-nbd} or {@code pareto-nbd}; {@code gamma-gamma}), {@code Parameters} and {@code StandardErrors}
 *       (name → N), {@code LogLikelihood}, {@code Status}, {@code Diagnostics} (list of {code, message}),
 *       {@code Customers}, {@code Rows}, {@code Evaluations}</td></tr>
 *   <tr><td>{@code spendFallbackMean}</td><td>N</td><td>order value used where the spend model has no finite mean</td></tr>
 *   <tr><td>{@code purchaseHorizonDays}, {@code clvHorizonMonths}, {@code riskHorizonDays}, {@code annualDiscountRate}</td><td>N</td><td>score terms</td></tr>
 *   <tr><td>{@code rfmHigh}, {@code rfmLow}; {@code rfmRecencyDays}, {@code rfmFrequency}, {@code rfmMonetary}</td><td>N; L</td><td>RFM
 *       thresholds and the population's cut points for scores 2..5 (NULL: no member reached the score)</td></tr>
 *   <tr><td>{@code lifecycle}</td><td>M</td><td>lifecycle thresholds by name</td></tr>
 *   <tr><td>{@code clvDistribution}</td><td>L</td><td>sorted CLV values or 0.1 % quantiles</td></tr>
 *   <tr><td>{@code tableItemCount}, {@code itemsRead}, {@code population}, {@code customers}, {@code unreadable}, {@code sampled}</td><td>N, BOOL</td><td>data size</td></tr>
 *   <tr><td>{@code workerSegments}, {@code fitMillis}</td><td>N</td><td>the run's fan-out and how long reading and fitting took</td></tr>
 * </table>
 */
final class ModelItems {

    static final String MODEL = "model";
    static final String FITTED_AT = "fittedAt";
    /** The partition key value of the churn scoring's versions. */
    static final String CHURN_SCORING = "churn-scoring";
    static final String LATEST = "latest";
    static final String VERSION = "version";
    static final String RUN_ID = "runId";

    private static final String PURCHASE = "purchase";
    private static final String SPEND = "spend";

    /** The run's fan-out and timing, stored with the version but not needed to score. */
    record RunFacts(int workerSegments, long fitMillis) {}

    private ModelItems() {}

    static Map<String, AttributeValue> key(Instant fittedAt) {
        return Map.of(MODEL, s(CHURN_SCORING), FITTED_AT, instant(fittedAt));
    }

    /** The number of worker segments the run that stored {@code item} fanned out to. */
    static int workerSegments(Map<String, AttributeValue> item) {
        return Items.numbers(Attributes.of(item, "model version")).integer("workerSegments");
    }

    static Map<String, AttributeValue> latestKey() {
        return Map.of(MODEL, s(CHURN_SCORING), FITTED_AT, s(LATEST));
    }

    static Map<String, AttributeValue> item(ModelVersion version, RunFacts facts) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(version.fittedAt()));
        item.put(RUN_ID, s(version.runId()));
        item.put("unit", s(version.unit().name().toLowerCase(Locale.ROOT)));
        putFit(item, PURCHASE, version.purchase());
        putFit(item, SPEND, version.spend());
        item.put("spendFallbackMean", n(version.spendFallbackMean()));
        ScoringTerms terms = version.terms();
        item.put("purchaseHorizonDays", n(terms.purchaseHorizonDays()));
        item.put("clvHorizonMonths", n(terms.clvHorizonMonths()));
        item.put("riskHorizonDays", n(terms.riskHorizonDays()));
        item.put("annualDiscountRate", n(terms.annualDiscountRate()));
        item.put("rfmHigh", n(version.rfm().high()));
        item.put("rfmLow", n(version.rfm().low()));
        item.put("rfmRecencyDays", numbersOrNull(version.rfmCutPoints().recencyDays()));
        item.put("rfmFrequency", numbersOrNull(version.rfmCutPoints().frequency()));
        item.put("rfmMonetary", numbersOrNull(version.rfmCutPoints().monetary()));
        item.put("lifecycle", numberMap(lifecycle(version.lifecycle())));
        item.put("clvDistribution", numbersOrNull(version.clv().values()));
        FitData data = version.data();
        item.put("tableItemCount", n(data.tableItemCount()));
        item.put("itemsRead", n(data.itemsRead()));
        item.put("population", n(data.population()));
        item.put("customers", n(data.customers()));
        item.put("unreadable", n(data.unreadable()));
        item.put("sampled", bool(data.sampled()));
        item.put("workerSegments", n(facts.workerSegments()));
        item.put("fitMillis", n(facts.fitMillis()));
        return item;
    }

    /**
     * The version stored in {@code item}.
     *
     * @throws IllegalStateException naming the attribute when the item is not a valid version
     */
    static ModelVersion version(Map<String, AttributeValue> item) {
        Attributes.Reader read = Attributes.of(item, "model version " + item.getOrDefault(FITTED_AT, s("?")).s());
        Items.Numbers numbers = Items.numbers(read);
        PeriodUnit unit = read.parsed("unit", PeriodUnit::fromName, "days, weeks or months");
        FitResult<? extends Parameters> purchase = fit(read, PURCHASE, ModelItems::purchaseParameters);
        FitResult<GammaGammaParameters> spend = fit(read, SPEND,
                (model, p) -> new GammaGammaParameters(p.get("p"), p.get("q"), p.get("gamma")));
        Map<String, Double> lifecycle = numbers.numberMap("lifecycle");
        try {
            return new ModelVersion(read.string(RUN_ID), read.instant(FITTED_AT), unit, purchase, spend,
                    numbers.number("spendFallbackMean"),
                    new ScoringTerms(numbers.integer("purchaseHorizonDays"), numbers.integer("clvHorizonMonths"),
                            numbers.integer("riskHorizonDays"), numbers.number("annualDiscountRate")),
                    new RfmSettings(RfmCutPoints.BINS, numbers.integer("rfmHigh"), numbers.integer("rfmLow")),
                    new RfmCutPoints(numbers.numbersOrNull("rfmRecencyDays"), numbers.numbersOrNull("rfmFrequency"),
                            numbers.numbersOrNull("rfmMonetary")),
                    new LifecycleSettings(lifecycle.get("churnedBelowPAlive"), lifecycle.get("churnedAboveRisk"),
                            lifecycle.get("declineBelowPAlive"), lifecycle.get("earlyWarningDays").intValue(),
                            lifecycle.get("introductionDays").intValue(), lifecycle.get("maturityMinOrders").intValue(),
                            lifecycle.get("maturityTopClvShare")),
                    new ClvDistribution(numbers.numbersOrNull("clvDistribution")),
                    new FitData(numbers.whole("tableItemCount"), numbers.whole("itemsRead"), numbers.whole("population"),
                            numbers.integer("customers"), numbers.integer("unreadable"), read.bool("sampled")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("model version " + item.get(FITTED_AT) + " is not valid: " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> lifecycle(LifecycleSettings s) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("churnedBelowPAlive", s.churnedBelowPAlive());
        values.put("churnedAboveRisk", s.churnedAboveRisk());
        values.put("declineBelowPAlive", s.declineBelowPAlive());
        values.put("earlyWarningDays", (double) s.earlyWarningDays());
        values.put("introductionDays", (double) s.introductionDays());
        values.put("maturityMinOrders", (double) s.maturityMinOrders());
        values.put("maturityTopClvShare", s.maturityTopClvShare());
        return values;
    }

    private static void putFit(Map<String, AttributeValue> item, String prefix, FitResult<? extends Parameters> fit) {
        item.put(prefix + "Model", s(fit.model()));
        item.put(prefix + "Parameters", numberMap(fit.parameters().asMap()));
        item.put(prefix + "StandardErrors", numberMap(fit.standardErrors()));
        item.put(prefix + "LogLikelihood", n(fit.logLikelihood()));
        item.put(prefix + "Status", s(fit.status().name()));
        List<AttributeValue> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : fit.diagnostics()) {
            diagnostics.add(AttributeValue.fromM(Map.of("code", s(diagnostic.code().name()), "message", s(diagnostic.message()))));
        }
        item.put(prefix + "Diagnostics", AttributeValue.fromL(diagnostics));
        item.put(prefix + "Customers", n(fit.customers()));
        item.put(prefix + "Rows", n(fit.distinctRows()));
        item.put(prefix + "Evaluations", n(fit.evaluations()));
    }

    /** Builds the parameters of a fit from its model name and parameter map. */
    private interface ParametersOf<P extends Parameters> {
        P of(String model, Map<String, Double> parameters);
    }

    private static <P extends Parameters> FitResult<P> fit(Attributes.Reader read, String prefix,
                                                           ParametersOf<P> parameters) {
        Items.Numbers numbers = Items.numbers(read);
        String model = read.string(prefix + "Model");
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (AttributeValue entry : read.list(prefix + "Diagnostics")) {
            Attributes.Reader diagnostic = Attributes.of(entry.m(), prefix + "Diagnostics entry");
            diagnostics.add(new Diagnostic(diagnostic.parsed("code", Diagnostic.Code::valueOf, "a diagnostic code"),
                    diagnostic.string("message")));
        }
        try {
            return new FitResult<>(model, parameters.of(model, numbers.numberMap(prefix + "Parameters")),
                    numbers.number(prefix + "LogLikelihood"),
                    read.parsed(prefix + "Status", FitStatus::valueOf, "a fit status"), diagnostics,
                    numbers.numberMap(prefix + "StandardErrors"), numbers.integer(prefix + "Customers"),
                    numbers.integer(prefix + "Rows"), numbers.integer(prefix + "Evaluations"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("model version: " + prefix + " fit is not valid: " + e.getMessage(), e);
        }
    }

    /** MBG/NBD shares BG/NBD's parameters; the stored model name keeps them apart ({@link ModelVersion#kind()}). */
    private static Parameters purchaseParameters(String model, Map<String, Double> p) {
        return switch (ModelKind.fromName(model)) {
            case BG_NBD, MBG_NBD -> new BgNbdParameters(p.get("r"), p.get("alpha"), p.get("a"), p.get("b"));
            case PARETO_NBD -> new ParetoNbdParameters(p.get("r"), p.get("alpha"), p.get("s"), p.get("beta"));
        };
    }

    /** The pointer's version: the {@code fittedAt} of the latest version. */
    static Instant latestVersion(Map<String, AttributeValue> pointer) {
        return Attributes.of(pointer, "latest model pointer").instant(VERSION);
    }
}
