package com.crmfunctions.churn.fit;

import java.util.Objects;

/** Something a fit wants its reader to know, with a code to act on and a sentence to show. */
public record Diagnostic(Code code, String message) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public enum Code {
        /** No customers at all: the prior parameters stand in. */
        EMPTY_INPUT,
        /** Too few customers or repeat purchases to estimate the model: the prior parameters stand in. */
        INSUFFICIENT_DATA,
        /** The optimum lies on a parameter bound (e.g. no visible dropout drives b to infinity). */
        BOUNDARY,
        /** The optimiser stopped before its convergence test passed: the best point found is used. */
        NOT_CONVERGED,
        /** Starting points ended at different optima; the best is used. */
        MULTIPLE_OPTIMA,
        /**
         * A parameter's standard error exceeds its value: the data hardly determine it (e.g. s and beta of
         * Pareto/NBD when there is almost no visible dropout). Scores stay usable; the parameter does not.
         */
        WEAKLY_IDENTIFIED,
        /** The information matrix is singular or the optimum is on a bound: no standard errors. */
        STANDARD_ERRORS_UNAVAILABLE,
        /** Customers left out of the spend model (no repeat order, or repeat orders worth nothing). */
        EXCLUDED_FROM_SPEND_MODEL,
        /** Order value and frequency are correlated, which the Gamma-Gamma model assumes they are not. */
        SPEND_CORRELATED_WITH_FREQUENCY,
        /** The fitted spend population has no finite mean (q <= 1): customers' own means stand in. */
        INFINITE_MEAN_SPEND
    }
}
