package com.crmfunctions.churn.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BG/NBD and MBG/NBD parameters: purchase rates are Gamma(r, alpha) across customers (alpha in the time
 * unit of the data), dropout probabilities Beta(a, b).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) implements Parameters {

    public BgNbdParameters {
        Parameters.positive("r", r);
        Parameters.positive("alpha", alpha);
        Parameters.positive("a", a);
        Parameters.positive("b", b);
    }

    @Override
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("r", r);
        map.put("alpha", alpha);
        map.put("a", a);
        map.put("b", b);
        return map;
    }
}
