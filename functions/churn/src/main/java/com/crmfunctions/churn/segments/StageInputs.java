package com.crmfunctions.churn.segments;

/**
 * What the lifecycle rules look at for one member.
 *
 * @param orders                 purchase days so far
 * @param daysSinceFirst         days since the first order
 * @param pAlive                 P(alive) now
 * @param churnRisk              churn risk now
 * @param pAliveAfterWarning     P(alive) if the member does not buy during the early-warning period
 * @param churnRiskAfterWarning  churn risk if the member does not buy during the early-warning period
 * @param clvPercentile          share of members with a lower CLV (0 to 1)
 */
public record StageInputs(int orders, int daysSinceFirst, double pAlive, double churnRisk, double pAliveAfterWarning,
                          double churnRiskAfterWarning, double clvPercentile) {}
