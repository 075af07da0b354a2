package com.crmfunctions.churn.fit;

/** How a fit ended. Every status comes with finite parameters that scoring can use. */
public enum FitStatus {
    /** Interior optimum, convergence test passed. */
    CONVERGED,
    /** Converged with at least one parameter on its bound (see the BOUNDARY diagnostic). */
    BOUNDARY,
    /** Iteration limit or stalled line search: the best point found. */
    NOT_CONVERGED,
    /** Not enough data to fit: documented prior parameters. */
    FALLBACK
}
