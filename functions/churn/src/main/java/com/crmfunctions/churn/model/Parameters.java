package com.crmfunctions.churn.model;

import java.util.Map;

/** Fitted model parameters, by their published names in their published order. */
public interface Parameters {

    /** Name to value, in the order the literature lists them (e.g. r, alpha, a, b). */
    Map<String, Double> asMap();

    /** Rejects anything but a finite, strictly positive value. */
    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and positive, was " + value);
        }
        return value;
    }
}
