package com.crmfunctions.churn.model;

import com.crmfunctions.churn.math.GaussLegendre;

/** The quadrature rule of {@link TransactionModel#discountedExpectedIfAlive}. */
final class Discounting {

    /** Eight nodes integrate the smooth discounting integrand to far better than the model's own error. */
    static final GaussLegendre RULE = new GaussLegendre(8);

    private Discounting() {}
}
