package com.crmfunctions.events.insights;

import java.math.BigDecimal;

/**
 * The purchase summary a member was scored on.
 *
 * @param frequency     repeat purchases: days with a purchase after the first one
 * @param recencyDays   days from the first to the last purchase
 * @param ageDays       days from the first purchase to the end of the observation (T)
 * @param monetaryValue mean spend of the repeat purchases, zero without any
 */
public record PurchaseSummary(int frequency, double recencyDays, double ageDays, BigDecimal monetaryValue) {}
