package com.crmfunctions.churn.model;

import com.crmfunctions.churn.math.GaussLegendre;

/** The quadrature rule of {@link TransactionModel#discountedExpectedIfAlive}. */
final class Discounting {

    /**
     * Five nodes per panel: the integrand e^(-rate u) E(u) is smooth (E grows like u near 0 and bends slowly), so on a
     * panel over which the discount factor falls by at most e^-1 five nodes (exact for polynomials of degree 9) match
     * a 64-node rule to 1e-9 relative on CDNOW (BgNbdModelTest). Each node is one evaluation of E (a 2F1), and this is
     * most of the per-(x, T) work of scoring: the defaults (12 months at 10 %) need one panel; steep settings (long
     * horizons at high rates) get as many panels as rate × horizon.
     */
    static final GaussLegendre RULE = new GaussLegendre(5);

    /** Panels for discounting at {@code rate} per unit over {@code horizon} units: rate × horizon per panel at most 1. */
    static int panels(double rate, double horizon) {
        return Math.max(1, (int) Math.ceil(rate * horizon));
    }

    private Discounting() {}
}
