package com.crmfunctions.churn.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pareto/NBD parameters: purchase rates Gamma(r, alpha), dropout rates Gamma(s, beta) across customers
 * (alpha and beta in the time unit of the data).
 */
public record ParetoNbdParameters(double r, double alpha, double s, double beta) implements Parameters {

    public ParetoNbdParameters {
        Parameters.positive("r", r);
        Parameters.positive("alpha", alpha);
        Parameters.positive("s", s);
        Parameters.positive("beta", beta);
    }

    @Override
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("r", r);
        map.put("alpha", alpha);
        map.put("s", s);
        map.put("beta", beta);
        return map;
    }
}
