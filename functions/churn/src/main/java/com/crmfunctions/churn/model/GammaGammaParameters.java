package com.crmfunctions.churn.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gamma-Gamma spend parameters (Fader, Hardie and Lee 2005, "RFM and CLV"): a customer's order values
 * are Gamma(p, nu), and nu is Gamma(q, gamma) across customers (gamma in the currency of the data).
 */
public record GammaGammaParameters(double p, double q, double gamma) implements Parameters {

    public GammaGammaParameters {
        Parameters.positive("p", p);
        Parameters.positive("q", q);
        Parameters.positive("gamma", gamma);
    }

    @Override
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("p", p);
        map.put("q", q);
        map.put("gamma", gamma);
        return map;
    }
}
