package com.crmfunctions.churn.fit;

/**
 * A log-likelihood as a function of log-parameters {@code theta}. Implementations hold per-evaluation
 * caches and are not thread-safe.
 */
interface LogLikelihood {

    int dimension();

    /** The log-likelihood; non-finite where the model is not defined. */
    double value(double[] theta);

    /** Whether {@link #valueAndDerivatives} is implemented (analytic gradient and Hessian). */
    default boolean hasDerivatives() { return false; }

    /** The log-likelihood, with its gradient and Hessian in theta written into the arrays. */
    default double valueAndDerivatives(double[] theta, double[] gradient, double[][] hessian) {
        throw new UnsupportedOperationException("no analytic derivatives");
    }
}
