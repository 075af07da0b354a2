package com.crmfunctions.churn.math;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * A fixed Gauss-Legendre rule with nodes and weights computed once by Hipparchus, for smooth integrands
 * evaluated in hot loops (no allocation per call).
 */
public final class GaussLegendre {

    private final double[] nodes;
    private final double[] weights;

    public GaussLegendre(int points) {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(points, -1.0, 1.0);
        nodes = new double[points];
        weights = new double[points];
        for (int i = 0; i < points; i++) {
            nodes[i] = rule.getPoint(i);
            weights[i] = rule.getWeight(i);
        }
    }

    public int points() { return nodes.length; }

    /** Node {@code i} mapped to {@code [lower, upper]}. */
    public double node(int i, double lower, double upper) {
        return 0.5 * (lower + upper) + 0.5 * (upper - lower) * nodes[i];
    }

    /** Weight {@code i} for {@code [lower, upper]}. */
    public double weight(int i, double lower, double upper) {
        return 0.5 * (upper - lower) * weights[i];
    }

    public double integrate(DoubleUnaryOperator f, double lower, double upper) {
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weight(i, lower, upper) * f.applyAsDouble(node(i, lower, upper));
        }
        return sum;
    }
}
