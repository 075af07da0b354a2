package com.crmfunctions.churn.fit;

import com.crmfunctions.churn.model.Parameters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a maximum-likelihood fit: always finite parameters that scoring can use, the
 * log-likelihood at them, how the fit ended and why.
 *
 * @param model          {@code bg-nbd}, {@code mbg-nbd}, {@code pareto-nbd} or {@code gamma-gamma}
 * @param standardErrors asymptotic standard errors by parameter name, from the observed information;
 *                       empty when unavailable (see the diagnostics)
 * @param customers      customers (or, for spend, repeat buyers) the fit saw
 * @param distinctRows   distinct summaries the likelihood was evaluated on
 * @param evaluations    likelihood evaluations spent
 */
public record FitResult<P extends Parameters>(String model, P parameters, double logLikelihood, FitStatus status,
                                              List<Diagnostic> diagnostics, Map<String, Double> standardErrors,
                                              int customers, int distinctRows, int evaluations) {

    public FitResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(status, "status");
        if (!Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("log-likelihood must be finite, was " + logLikelihood);
        }
        diagnostics = List.copyOf(diagnostics);
        standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
    }

    public boolean has(Diagnostic.Code code) {
        return diagnostics.stream().anyMatch(d -> d.code() == code);
    }
}
