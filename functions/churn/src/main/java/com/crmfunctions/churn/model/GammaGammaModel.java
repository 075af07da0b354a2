package com.crmfunctions.churn.model;

import org.hipparchus.special.Gamma;

/**
 * Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV: Using Iso-Value Curves for
 * Customer Base Analysis"): the expected value of a customer's future orders given {@code x} repeat
 * orders averaging {@code mean}, a weighted average of the population mean and the customer's own mean.
 */
public final class GammaGammaModel {

    private final GammaGammaParameters parameters;
    private final double fallbackMean;

    /**
     * @param fallbackMean the order value to use where the model has no finite mean ({@code q <= 1}): the
     *                     observed mean order value of the data it was fitted on
     */
    public GammaGammaModel(GammaGammaParameters parameters, double fallbackMean) {
        this.parameters = parameters;
        this.fallbackMean = Parameters.positive("fallbackMean", fallbackMean);
    }

    public GammaGammaParameters parameters() { return parameters; }

    /** Whether the fitted population has a finite mean order value ({@code q > 1}). */
    public boolean hasFiniteMean() { return parameters.q() > 1; }

    /** Mean order value across customers, {@code p gamma / (q - 1)}, or the fallback when not finite. */
    public double populationMean() {
        return hasFiniteMean() ? parameters.p() * parameters.gamma() / (parameters.q() - 1) : fallbackMean;
    }

    /**
     * {@code E[M | x, mean] = (gamma + mean x) p / (p x + q - 1)}; the population mean for x = 0, and the
     * customer's own mean where the denominator is not positive.
     */
    public double expectedSpend(int x, double mean) {
        if (x <= 0) {
            return populationMean();
        }
        double denominator = parameters.p() * x + parameters.q() - 1;
        if (denominator <= 0) {
            return mean > 0 ? mean : fallbackMean;
        }
        return (parameters.gamma() + mean * x) * parameters.p() / denominator;
    }

    /**
     * Whether {@link #expectedSpend} is, for customers with {@code x} repeat purchases, a straight line in their mean
     * ({@code intercept + slope × mean}): always, except where a degenerate fit leaves no posterior mean.
     */
    public boolean linearInMean(int x) {
        return x <= 0 || parameters.p() * x + parameters.q() - 1 > 0;
    }

    /** Log-density of a customer's mean repeat order value ({@code x >= 1}, {@code mean > 0}). */
    public double logLikelihood(int x, double mean) {
        double p = parameters.p();
        double q = parameters.q();
        double gamma = parameters.gamma();
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(mean) + px * Math.log(x) - (px + q) * Math.log(gamma + mean * x);
    }
}
