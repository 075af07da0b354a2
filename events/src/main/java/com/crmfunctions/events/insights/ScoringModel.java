package com.crmfunctions.events.insights;

import java.time.Instant;

/**
 * The fitted models a member was scored with.
 *
 * @param fittedAt when the parameters were fitted: their version in the models table
 */
public record ScoringModel(PurchaseModel purchase, SpendModel spend, Instant fittedAt) {}
