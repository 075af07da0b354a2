package com.crmfunctions.cli;

import com.crmfunctions.churn.analysis.AnalysisSettings;
import com.crmfunctions.churn.analysis.ChurnAnalysis;
import com.crmfunctions.churn.analysis.ChurnReport;
import com.crmfunctions.churn.analysis.CustomerHistories;
import com.crmfunctions.churn.analysis.HoldoutEvaluation;
import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.churn.fit.FitResult;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.history.HistoryFormat;
import com.crmfunctions.history.HistoryFormatException;
import com.crmfunctions.history.ReadReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm churn}: fits a buy-till-you-die model to a transaction file and, with a holdout,
 * checks it against what actually happened. For analysts; the scheduled churn-scoring function uses
 * the same models on the member statistics.
 */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = {"Fits a buy-till-you-die model (BG/NBD, MBG/NBD or Pareto/NBD, with Gamma-Gamma spend) to a",
                "transaction file and prints parameters, log-likelihood and diagnostics; with --holdout-end also the",
                "actual-vs-expected table by calibration frequency, total purchases, per-customer MAE and the ROC AUC",
                "of the product's churn-risk ranking at predicting any purchase in the holdout.",
                "Online Retail cleaning: rows without customer id, cancellations (invoice C...), and non-positive",
                "quantity or price are dropped and counted."},
        sortOptions = false)
public final class ChurnCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--transactions", required = true, paramLabel = "FILE", description = "Transaction file, plain or gzipped.")
    private Path transactions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "cdnow, online-retail or canonical.")
    private HistoryFormat format;

    @Option(names = "--calibration-end", required = true, paramLabel = "DATE", description = "Last day of the calibration period (inclusive).")
    private LocalDate calibrationEnd;

    @Option(names = "--holdout-end", paramLabel = "DATE", description = "Last day of the holdout period (inclusive).")
    private LocalDate holdoutEnd;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bgnbd", converter = ModelConverter.class,
            description = "bgnbd (default), mbgnbd or pnbd.")
    private ModelKind model;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "weeks", converter = UnitConverter.class,
            description = "Time unit of the summaries and parameters: days, weeks (default) or months.")
    private PeriodUnit unit;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the shop, for dates of timestamped formats (default: ${DEFAULT-VALUE}).")
    private ZoneId zone;

    @Option(names = "--out", paramLabel = "FILE", description = "Write per-customer scores as CSV to FILE.")
    private Path out;

    @Option(names = "--json", description = "Print the report as JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new ParameterException(spec.commandLine(), "--holdout-end must be after --calibration-end");
        }
        if (!Files.isReadable(transactions)) {
            throw new ParameterException(spec.commandLine(), "cannot read --transactions " + transactions);
        }
        CustomerHistories histories = new CustomerHistories();
        ReadReport read;
        try {
            read = format.reader(zone).read(transactions, histories);
        } catch (HistoryFormatException e) {
            spec.commandLine().getErr().println("crm churn: " + transactions + ": " + e.getMessage());
            return 1;
        }
        AnalysisSettings settings = AnalysisSettings.calibratedTo(calibrationEnd).withModel(model).withUnit(unit);
        if (holdoutEnd != null) {
            settings = settings.withHoldoutEnd(holdoutEnd);
        }
        ChurnReport report = ChurnAnalysis.analyse(histories, settings);
        if (out != null) {
            try (Writer csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                report.writeScoresCsv(csv);
            }
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            printer.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(read, report)));
        } else {
            printText(printer, read, report);
        }
        printer.flush();
        return 0;
    }

    private void printText(PrintWriter p, ReadReport read, ChurnReport report) {
        p.printf(Locale.ROOT, "Read %,d rows: %,d used, %,d dropped %s%n", read.rows(), read.accepted(), read.droppedTotal(), read.dropped());
        p.printf(Locale.ROOT, "Customers: %,d in the calibration cohort, %,d first bought after %s (left out)%n",
                report.customers(), report.lateCustomers(), calibrationEnd);
        printFit(p, report.transactionModel());
        printFit(p, report.spendModel());
        report.holdout().ifPresent(h -> printHoldout(p, h));
        if (out != null) {
            p.printf(Locale.ROOT, "Scores of %,d customers written to %s%n", report.scores().size(), out);
        }
    }

    private static void printFit(PrintWriter p, FitResult<?> fit) {
        p.printf(Locale.ROOT, "%n%s  (%s; %,d customers, %,d distinct rows, %d evaluations)%n",
                fit.model(), fit.status(), fit.customers(), fit.distinctRows(), fit.evaluations());
        fit.parameters().asMap().forEach((name, value) -> {
            Double se = fit.standardErrors().get(name);
            p.printf(Locale.ROOT, "  %-6s %12.6f%s%n", name, value, se == null ? "" : String.format(Locale.ROOT, "  (s.e. %.6f)", se));
        });
        p.printf(Locale.ROOT, "  log-likelihood %.4f%n", fit.logLikelihood());
        fit.diagnostics().forEach(d -> p.printf(Locale.ROOT, "  diagnostic %s: %s%n", d.code(), d.message()));
    }

    private static void printHoldout(PrintWriter p, HoldoutEvaluation h) {
        p.printf(Locale.ROOT, "%nHoldout (%.1f periods): actual vs expected purchases by calibration frequency%n", h.holdoutLength());
        p.printf(Locale.ROOT, "  %-5s %9s %12s %12s%n", "x", "customers", "actual mean", "expected");
        for (HoldoutEvaluation.FrequencyBin bin : h.byFrequency()) {
            p.printf(Locale.ROOT, "  %-5s %9d %12.4f %12.4f%n", bin.frequency(), bin.customers(), bin.actualMean(), bin.expectedMean());
        }
        p.printf(Locale.ROOT, "  total purchases: actual %.0f, expected %.1f%s%n", h.actualPurchases(), h.expectedPurchases(),
                h.actualPurchases() > 0 ? String.format(Locale.ROOT, " (ratio %.3f)", h.expectedPurchases() / h.actualPurchases())
                        : " (no purchase in the holdout: no ratio)");
        p.printf(Locale.ROOT, "  per-customer MAE %.4f%n", h.meanAbsoluteError());
        p.printf(Locale.ROOT, "  churn-risk ROC AUC %.4f (higher risk should mean no purchase in the holdout)%n", h.churnRiskAuc());
        h.candidateAuc().forEach((name, auc) -> p.printf(Locale.ROOT, "    candidate %-40s AUC %.4f%n", name, auc));
    }

    private Map<String, Object> asJson(ReadReport read, ChurnReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", transactions.toString());
        input.put("format", format.cliName());
        input.put("rows", read.rows());
        input.put("used", read.accepted());
        input.put("dropped", read.dropped());
        root.put("input", input);
        root.put("calibrationEnd", calibrationEnd.toString());
        if (holdoutEnd != null) {
            root.put("holdoutEnd", holdoutEnd.toString());
        }
        root.put("unit", unit.name().toLowerCase(Locale.ROOT));
        root.put("customers", report.customers());
        root.put("lateCustomers", report.lateCustomers());
        root.put("transactionModel", fitJson(report.transactionModel()));
        root.put("spendModel", fitJson(report.spendModel()));
        report.holdout().ifPresent(h -> root.put("holdout", holdoutJson(h)));
        if (out != null) {
            root.put("scoresFile", out.toString());
        }
        return root;
    }

    private static Map<String, Object> fitJson(FitResult<?> fit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", fit.model());
        json.put("status", fit.status().name());
        json.put("parameters", fit.parameters().asMap());
        json.put("standardErrors", fit.standardErrors());
        json.put("logLikelihood", fit.logLikelihood());
        json.put("customers", fit.customers());
        json.put("distinctRows", fit.distinctRows());
        json.put("diagnostics", fit.diagnostics().stream().map(d -> List.of(d.code().name(), d.message())).toList());
        return json;
    }

    private static Map<String, Object> holdoutJson(HoldoutEvaluation h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("periods", h.holdoutLength());
        json.put("byFrequency", h.byFrequency());
        json.put("actualPurchases", h.actualPurchases());
        json.put("expectedPurchases", h.expectedPurchases());
        json.put("meanAbsoluteError", h.meanAbsoluteError());
        json.put("churnRiskAuc", h.churnRiskAuc());
        json.put("candidateAuc", h.candidateAuc());
        return json;
    }

    static final class FormatConverter implements ITypeConverter<HistoryFormat> {
        @Override
        public HistoryFormat convert(String value) { return HistoryFormat.fromName(value); }
    }

    /** The short names (bgnbd, mbgnbd, pnbd) and the model's own (bg-nbd, pareto-nbd...). */
    static final class ModelConverter implements ITypeConverter<ModelKind> {
        @Override
        public ModelKind convert(String value) {
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "bgnbd": return ModelKind.BG_NBD;
                case "mbgnbd": return ModelKind.MBG_NBD;
                case "pnbd": return ModelKind.PARETO_NBD;
                default: return ModelKind.fromName(value);
            }
        }
    }

    static final class UnitConverter implements ITypeConverter<PeriodUnit> {
        @Override
        public PeriodUnit convert(String value) { return PeriodUnit.fromName(value); }
    }
}
