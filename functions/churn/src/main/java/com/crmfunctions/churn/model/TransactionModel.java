package com.crmfunctions.churn.model;

/**
 * A fitted buy-till-you-die model of one customer base: what a customer with {@code x} repeat purchase
 * days, the last at {@code tx}, observed for {@code T} time units since the first purchase, will do next.
 * Every method returns a finite number for any valid summary ({@code x >= 0}, {@code 0 <= tx <= T},
 * {@code tx = 0} when {@code x = 0}) and any horizon {@code t >= 0}.
 */
public sealed interface TransactionModel permits BgNbdModel, ParetoNbdModel {

    ModelKind kind();

    Parameters parameters();

    /** The customer's contribution to the log-likelihood (a density in the purchase times). */
    double logLikelihood(int x, double tx, double T);

    /** Probability that the customer is still alive (active) at {@code T}. */
    double pAlive(int x, double tx, double T);

    /** Expected purchases in {@code (T, T + t]} for a customer known to be alive at {@code T}. */
    double expectedIfAlive(int x, double T, double t);

    /** Probability of at least one purchase in {@code (T, T + t]} for a customer alive at {@code T}. */
    double purchaseIfAlive(int x, double T, double t);

    /** Expected number of repeat purchases of a new customer in its first {@code t} time units. */
    double expected(double t);

    /** Probability that a new customer makes exactly {@code k} repeat purchases in {@code t}. */
    double probabilityOfPurchases(int k, double t);

    /** Probability of exactly {@code k} purchases in {@code (T, T + t]} given the customer's history. */
    double conditionalProbabilityOfPurchases(int k, double t, int x, double tx, double T);

    /** Expected purchases in {@code (T, T + t]} given the customer's history. */
    default double conditionalExpected(int x, double tx, double T, double t) {
        return pAlive(x, tx, T) * expectedIfAlive(x, T, t);
    }

    /** Probability of no purchase in {@code (T, T + t]} given the history: the churn risk over {@code t}. */
    default double probabilityOfNoPurchase(int x, double tx, double T, double t) {
        return 1.0 - pAlive(x, tx, T) * purchaseIfAlive(x, T, t);
    }

    /**
     * Expected purchases in {@code (T, T + horizon]} for a customer alive at {@code T}, each discounted
     * continuously at {@code rate} per time unit: {@code integral of e^(-rate u) dE(u)}, computed as
     * {@code e^(-rate H) E(H) + rate * integral_0^H e^(-rate u) E(u) du} with a Gauss-Legendre rule.
     * Multiplied by P(alive) and the expected order value it is the customer's discounted value over
     * the horizon (for Pareto/NBD: the discounted expected residual transactions, DERT, truncated at it).
     */
    default double discountedExpectedIfAlive(int x, double T, double horizon, double rate) {
        double atHorizon = Math.exp(-rate * horizon) * expectedIfAlive(x, T, horizon);
        if (rate == 0.0 || horizon == 0.0) {
            return atHorizon;
        }
        int panels = Discounting.panels(rate, horizon);
        double width = horizon / panels;
        double integral = 0;
        for (int p = 0; p < panels; p++) {
            double from = p * width;
            double to = p == panels - 1 ? horizon : from + width;
            for (int i = 0; i < Discounting.RULE.points(); i++) {
                double u = Discounting.RULE.node(i, from, to);
                integral += Discounting.RULE.weight(i, from, to) * Math.exp(-rate * u) * expectedIfAlive(x, T, u);
            }
        }
        return atHorizon + rate * integral;
    }
}
