package com.crmfunctions.churn.segments;

/**
 * Lifecycle thresholds.
 *
 * @param churnedBelowPAlive   churned when P(alive) is below this (default 0.2)
 * @param churnedAboveRisk     churned when the churn risk (chance of no purchase over the risk horizon)
 *                             is above this (default 0.95: fewer than 0.05 expected purchases); this is what
 *                             catches one-time buyers, whom BG/NBD always calls alive
 * @param declineBelowPAlive   in decline when P(alive) is below this (default 0.5)
 * @param earlyWarningDays     in decline when, without a purchase, the member would be churned this many
 *                             days from now (default 30): decline always comes at least this long before churn
 * @param introductionDays     a member with only the first order is in introduction for this many days
 *                             after it (default 90); after that, without a second order, in decline
 * @param maturityMinOrders    mature members have at least this many purchase days (default 3) ...
 * @param maturityTopClvShare  ... and are in this top share by CLV (default 0.2)
 */
public record LifecycleSettings(double churnedBelowPAlive, double churnedAboveRisk, double declineBelowPAlive,
                                int earlyWarningDays, int introductionDays, int maturityMinOrders,
                                double maturityTopClvShare) {

    public LifecycleSettings {
        if (!(0 < churnedBelowPAlive && churnedBelowPAlive <= declineBelowPAlive && declineBelowPAlive < 1)) {
            throw new IllegalArgumentException("need 0 < churnedBelowPAlive <= declineBelowPAlive < 1");
        }
        if (!(0 < churnedAboveRisk && churnedAboveRisk < 1)) {
            throw new IllegalArgumentException("churnedAboveRisk must be in (0, 1)");
        }
        if (earlyWarningDays < 1 || introductionDays < 1 || maturityMinOrders < 2) {
            throw new IllegalArgumentException("earlyWarningDays >= 1, introductionDays >= 1 and maturityMinOrders >= 2 "
                    + "required");
        }
        if (!(0 < maturityTopClvShare && maturityTopClvShare <= 1)) {
            throw new IllegalArgumentException("maturityTopClvShare must be in (0, 1]");
        }
    }

    public static LifecycleSettings defaults() {
        return new LifecycleSettings(0.2, 0.95, 0.5, 30, 90, 3, 0.2);
    }
}
