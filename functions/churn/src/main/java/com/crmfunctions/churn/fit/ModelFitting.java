package com.crmfunctions.churn.fit;

import com.crmfunctions.churn.model.BgNbdModel;
import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.GammaGammaModel;
import com.crmfunctions.churn.model.GammaGammaParameters;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.model.ParetoNbdModel;
import com.crmfunctions.churn.model.ParetoNbdParameters;
import com.crmfunctions.churn.model.Parameters;
import com.crmfunctions.churn.model.TransactionModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maximum-likelihood fits of the transaction and spend models on grouped summaries.
 *
 * <p>Every fit returns finite parameters. With too little data (fewer customers or repeat buyers than
 * {@link FitSettings} asks for) it does not optimise at all and returns the published CDNOW estimates
 * as a prior (Fader, Hardie and Lee 2005 for BG/NBD; Schmittlein et al. as refitted by Fader and Hardie
 * for Pareto/NBD; the MBG/NBD fit of the same data), converted to the data's time unit; the spend
 * prior keeps the CDNOW shape and matches the data's mean order value. A fit that ends on a bound or
 * without passing its convergence test keeps its best point and says so in the diagnostics.
 */
public final class ModelFitting {

    /** CDNOW estimates in weeks, used as the prior when there is too little data. */
    static final BgNbdParameters BG_NBD_PRIOR_WEEKS = new BgNbdParameters(0.2426, 4.4137, 0.7930, 2.4259);
    static final BgNbdParameters MBG_NBD_PRIOR_WEEKS = new BgNbdParameters(0.5248, 6.1831, 0.8914, 1.6140);
    static final ParetoNbdParameters PARETO_NBD_PRIOR_WEEKS = new ParetoNbdParameters(0.5532, 10.5763, 0.6062, 11.6715);
    static final double SPEND_PRIOR_P = 6.25;
    static final double SPEND_PRIOR_Q = 3.74;

    /** Starting points as (r, a or s, b or beta-to-alpha ratio) shapes; rates follow from the data. */
    private static final double[][] SHAPES = {
        {1.0, 1.0, 1.0}, {0.25, 0.8, 2.5}, {3.0, 2.0, 8.0}, {0.5, 0.2, 5.0}, {0.1, 3.0, 0.5}, {2.0, 0.5, 1.0}};
    private static final double[][] SPEND_SHAPES = {{2.0, 3.0}, {6.0, 4.0}, {1.0, 1.5}, {15.0, 10.0}, {0.5, 2.0}, {4.0, 20.0}};

    private ModelFitting() {}

    /** A fitted transaction model with the record of its fit. */
    public record FittedModel(TransactionModel model, FitResult<? extends Parameters> fit) {}

    public static FittedModel fit(ModelKind kind, SummaryTable table, FitSettings settings) {
        switch (kind) {
            case BG_NBD: {
                FitResult<BgNbdParameters> fit = bgNbd(kind, table, settings);
                return new FittedModel(BgNbdModel.bgNbd(fit.parameters()), fit);
            }
            case MBG_NBD: {
                FitResult<BgNbdParameters> fit = bgNbd(kind, table, settings);
                return new FittedModel(BgNbdModel.mbgNbd(fit.parameters()), fit);
            }
            case PARETO_NBD: {
                FitResult<ParetoNbdParameters> fit = paretoNbd(table, settings);
                return new FittedModel(new ParetoNbdModel(fit.parameters()), fit);
            }
            default:
                throw new IllegalArgumentException("unknown model " + kind);
        }
    }

    /** BG/NBD ({@code kind = BG_NBD}) or MBG/NBD ({@code kind = MBG_NBD}). */
    public static FitResult<BgNbdParameters> bgNbd(ModelKind kind, SummaryTable table, FitSettings settings) {
        if (kind != ModelKind.BG_NBD && kind != ModelKind.MBG_NBD) {
            throw new IllegalArgumentException("not a beta-geometric model: " + kind);
        }
        String name = kind.cliName();
        BgNbdParameters prior = weeksToUnit(kind == ModelKind.BG_NBD ? BG_NBD_PRIOR_WEEKS : MBG_NBD_PRIOR_WEEKS,
                settings.timeUnitDays());
        List<Diagnostic> insufficient = sufficiency(table, settings);
        if (!insufficient.isEmpty()) {
            return fallback(name, prior, new BgNbdLikelihoodAt(table, kind).at(prior), insufficient, table);
        }
        double rate = table.repeatPurchases() / Math.max(table.totalAge(), 1e-12);
        double scale = 1.0 / rate;
        BgNbdLikelihood likelihood = new BgNbdLikelihood(table, kind == ModelKind.MBG_NBD ? 1 : 0, scale);
        List<double[]> starts = new ArrayList<>();
        for (int i = 0; i < settings.starts(); i++) {
            double[] shape = SHAPES[i];
            starts.add(new double[] {Math.log(shape[0]), Math.log(shape[0]), Math.log(shape[1]), Math.log(shape[2])});
        }
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(likelihood, starts, settings.logBound(),
                settings.maxIterations());
        double[] phi = likelihood.natural(optimum.theta());
        return result(name, new BgNbdParameters(phi[0], phi[1], phi[2], phi[3]), phi, optimum,
                new String[] {"r", "alpha", "a", "b"}, table.customers(), table.rows());
    }

    public static FitResult<ParetoNbdParameters> paretoNbd(SummaryTable table, FitSettings settings) {
        String name = ModelKind.PARETO_NBD.cliName();
        ParetoNbdParameters prior = weeksToUnit(PARETO_NBD_PRIOR_WEEKS, settings.timeUnitDays());
        List<Diagnostic> insufficient = sufficiency(table, settings);
        if (!insufficient.isEmpty()) {
            double logLikelihood = 0;
            ParetoNbdModel model = new ParetoNbdModel(prior);
            for (int row = 0; row < table.rows(); row++) {
                logLikelihood += table.weight(row) * model.logLikelihood(table.x(row), table.tx(row), table.bigT(row));
            }
            return fallback(name, prior, logLikelihood, insufficient, table);
        }
        double rate = table.repeatPurchases() / Math.max(table.totalAge(), 1e-12);
        double scale = 1.0 / rate;
        ParetoNbdLikelihood likelihood = new ParetoNbdLikelihood(table, scale);
        List<double[]> starts = new ArrayList<>();
        double ageToScale = Math.max(table.totalAge() / table.totalWeight(), 1e-9) / scale;
        for (int i = 0; i < settings.starts(); i++) {
            double[] shape = SHAPES[i];
            starts.add(new double[] {Math.log(shape[0]), Math.log(shape[0]), Math.log(shape[1]),
                    Math.log(shape[1] * ageToScale * shape[2])});
        }
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(likelihood, starts, settings.logBound(),
                settings.maxIterations());
        double[] phi = likelihood.natural(optimum.theta());
        return result(name, new ParetoNbdParameters(phi[0], phi[1], phi[2], phi[3]), phi, optimum,
                new String[] {"r", "alpha", "s", "beta"}, table.customers(), table.rows());
    }

    public static FitResult<GammaGammaParameters> gammaGamma(SpendTable table, FitSettings settings) {
        String name = "gamma-gamma";
        List<Diagnostic> notes = new ArrayList<>();
        if (table.excluded() > 0) {
            notes.add(new Diagnostic(Diagnostic.Code.EXCLUDED_FROM_SPEND_MODEL, table.excluded()
                    + " customers without a repeat order of positive value are not in the spend fit"));
        }
        if (Math.abs(table.frequencySpendCorrelation()) > 0.3) {
            notes.add(new Diagnostic(Diagnostic.Code.SPEND_CORRELATED_WITH_FREQUENCY, String.format(Locale.ROOT,
                    "order value and frequency correlate (%.2f): Gamma-Gamma assumes independence", 
                    table.frequencySpendCorrelation())));
        }
        double mean = table.meanOrderValue() > 0 ? table.meanOrderValue() : 1.0;
        if (table.included() < settings.minRepeaters()) {
            GammaGammaParameters prior = new GammaGammaParameters(SPEND_PRIOR_P, SPEND_PRIOR_Q,
                    mean * (SPEND_PRIOR_Q - 1) / SPEND_PRIOR_P);
            notes.add(new Diagnostic(table.included() == 0 ? Diagnostic.Code.EMPTY_INPUT : Diagnostic.Code.INSUFFICIENT_DATA,
                    table.included() + " repeat buyers with spend (at least " + settings.minRepeaters()
                            + " needed): CDNOW spend shape scaled to the mean order value " + round(mean)));
            GammaGammaModel model = new GammaGammaModel(prior, mean);
            double logLikelihood = 0;
            for (int row = 0; row < table.rows(); row++) {
                logLikelihood += table.weight(row) * model.logLikelihood(table.x(row), table.mean(row));
            }
            return new FitResult<>(name, prior, logLikelihood, FitStatus.FALLBACK, notes, Map.of(), table.included(),
                    table.rows(), 0);
        }
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(table, mean);
        List<double[]> starts = new ArrayList<>();
        for (int i = 0; i < settings.starts(); i++) {
            double p = SPEND_SHAPES[i][0];
            double q = SPEND_SHAPES[i][1];
            starts.add(new double[] {Math.log(p), Math.log(q), Math.log(Math.max(q - 1, 0.5) / p)});
        }
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(likelihood, starts, settings.logBound(),
                settings.maxIterations());
        double[] phi = likelihood.natural(optimum.theta());
        FitResult<GammaGammaParameters> fit = result(name, new GammaGammaParameters(phi[0], phi[1], phi[2]), phi,
                optimum, new String[] {"p", "q", "gamma"}, table.included(), table.rows());
        List<Diagnostic> all = new ArrayList<>(notes);
        all.addAll(fit.diagnostics());
        if (phi[1] <= 1) {
            all.add(new Diagnostic(Diagnostic.Code.INFINITE_MEAN_SPEND,
                    "q = " + round(phi[1]) + " <= 1: customers' own mean order values stand in for the population mean"));
        }
        return new FitResult<>(name, fit.parameters(), fit.logLikelihood(), fit.status(), all, fit.standardErrors(),
                fit.customers(), fit.distinctRows(), fit.evaluations());
    }

    /** The spend model for a fit, falling back to the data's mean order value where it has no mean. */
    public static GammaGammaModel spendModel(FitResult<GammaGammaParameters> fit, SpendTable table) {
        return new GammaGammaModel(fit.parameters(), table.meanOrderValue() > 0 ? table.meanOrderValue() : 1.0);
    }

    private static List<Diagnostic> sufficiency(SummaryTable table, FitSettings settings) {
        if (table.customers() == 0) {
            return List.of(new Diagnostic(Diagnostic.Code.EMPTY_INPUT,
                    "no customers: the CDNOW prior parameters stand in"));
        }
        int repeaters = 0;
        for (int row = 0; row < table.rows(); row++) {
            if (table.x(row) > 0) {
                repeaters += (int) table.weight(row);
            }
        }
        if (table.customers() < settings.minCustomers() || repeaters < settings.minRepeaters()) {
            return List.of(new Diagnostic(Diagnostic.Code.INSUFFICIENT_DATA, table.customers() + " customers, "
                    + repeaters + " with a repeat purchase (at least " + settings.minCustomers() + " and "
                    + settings.minRepeaters() + " needed): the CDNOW prior parameters stand in"));
        }
        return List.of();
    }

    private static <P extends Parameters> FitResult<P> fallback(String name, P prior, double logLikelihood,
                                                                 List<Diagnostic> why, SummaryTable table) {
        return new FitResult<>(name, prior, Double.isFinite(logLikelihood) ? logLikelihood : 0.0, FitStatus.FALLBACK,
                why, Map.of(), table.customers(), table.rows(), 0);
    }

    private static <P extends Parameters> FitResult<P> result(String name, P parameters, double[] phi,
                                                               MaximumLikelihood.Optimum optimum, String[] names,
                                                               int customers, int rows) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (optimum.atBound()[i]) {
                boolean upper = optimum.theta()[i] > 0;
                diagnostics.add(new Diagnostic(Diagnostic.Code.BOUNDARY, names[i] + " reached its "
                        + (upper ? "upper" : "lower") + " bound (" + round(phi[i]) + "): the likelihood keeps rising as "
                        + names[i] + " goes to " + (upper ? "infinity" : "zero") + "; the bound value is used"
                        + (name.endsWith("nbd") ? " (typically: no visible dropout in the data)" : "")));
            }
        }
        if (!optimum.converged()) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.NOT_CONVERGED,
                    "the optimiser stopped before converging; the best point found is used"));
        }
        if (optimum.startsAtBest() < optimum.startsRun()) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.MULTIPLE_OPTIMA, optimum.startsAtBest() + " of "
                    + optimum.startsRun() + " starts reached the best log-likelihood"));
        }
        Map<String, Double> errors = new LinkedHashMap<>();
        double[] se = optimum.anyAtBound() ? null : MaximumLikelihood.standardErrors(optimum.hessian(), phi);
        if (se == null) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.STANDARD_ERRORS_UNAVAILABLE, optimum.anyAtBound()
                    ? "no standard errors at a bound" : "the observed information is not positive definite"));
        } else {
            for (int i = 0; i < names.length; i++) {
                errors.put(names[i], se[i]);
                if (se[i] > phi[i]) {
                    diagnostics.add(new Diagnostic(Diagnostic.Code.WEAKLY_IDENTIFIED, names[i] + " = " + round(phi[i])
                            + " has a standard error of " + round(se[i]) + ": the data hardly determine it"));
                }
            }
        }
        FitStatus status = !optimum.converged() ? FitStatus.NOT_CONVERGED
                : optimum.anyAtBound() ? FitStatus.BOUNDARY : FitStatus.CONVERGED;
        return new FitResult<>(name, parameters, optimum.value(), status, diagnostics, errors, customers, rows,
                optimum.evaluations());
    }

    static BgNbdParameters weeksToUnit(BgNbdParameters weeks, double unitDays) {
        return new BgNbdParameters(weeks.r(), weeks.alpha() * 7.0 / unitDays, weeks.a(), weeks.b());
    }

    static ParetoNbdParameters weeksToUnit(ParetoNbdParameters weeks, double unitDays) {
        return new ParetoNbdParameters(weeks.r(), weeks.alpha() * 7.0 / unitDays, weeks.s(), weeks.beta() * 7.0 / unitDays);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** Log-likelihood of given BG/MBG parameters over a table (for fallbacks). */
    private record BgNbdLikelihoodAt(SummaryTable table, ModelKind kind) {
        double at(BgNbdParameters p) {
            BgNbdModel model = new BgNbdModel(kind, p);
            double sum = 0;
            for (int row = 0; row < table.rows(); row++) {
                sum += table.weight(row) * model.logLikelihood(table.x(row), table.tx(row), table.bigT(row));
            }
            return sum;
        }
    }
}
