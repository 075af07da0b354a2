package com.crmfunctions.churn.fit;

/**
 * How fits are run.
 *
 * @param starts          starting points tried (1 to 6); the best optimum wins
 * @param maxIterations   Newton iterations (or hundreds of BOBYQA evaluations) per start
 * @param minCustomers    fewer customers than this and the prior parameters are used
 * @param minRepeaters    fewer customers with a repeat purchase than this and the prior is used
 * @param logBound        parameters are fitted as {@code ln(value / scale)} within {@code [-logBound, logBound]}
 * @param timeUnitDays    days per time unit of the summaries, to express the prior's rates in that unit
 */
public record FitSettings(int starts, int maxIterations, int minCustomers, int minRepeaters, double logBound,
                          double timeUnitDays) {

    public FitSettings {
        if (starts < 1 || starts > 6) {
            throw new IllegalArgumentException("starts must be 1 to 6, was " + starts);
        }
        if (maxIterations < 1 || minCustomers < 1 || minRepeaters < 1) {
            throw new IllegalArgumentException("maxIterations, minCustomers and minRepeaters must be positive");
        }
        if (!(logBound >= 3 && logBound <= 30)) {
            throw new IllegalArgumentException("logBound must be between 3 and 30, was " + logBound);
        }
        if (!(timeUnitDays > 0) || !Double.isFinite(timeUnitDays)) {
            throw new IllegalArgumentException("timeUnitDays must be positive, was " + timeUnitDays);
        }
    }

    /** Three starts, 200 iterations, at least 20 customers and 5 repeat buyers, bounds e^-15..e^15, weeks. */
    public static FitSettings defaults() {
        return new FitSettings(3, 200, 20, 5, 15.0, 7.0);
    }

    public FitSettings withStarts(int newStarts) {
        return new FitSettings(newStarts, maxIterations, minCustomers, minRepeaters, logBound, timeUnitDays);
    }

    public FitSettings withTimeUnitDays(double days) {
        return new FitSettings(starts, maxIterations, minCustomers, minRepeaters, logBound, days);
    }

    public FitSettings withMinimumData(int customers, int repeaters) {
        return new FitSettings(starts, maxIterations, customers, repeaters, logBound, timeUnitDays);
    }
}
