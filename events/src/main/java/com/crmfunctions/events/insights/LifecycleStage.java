package com.crmfunctions.events.insights;

/** Lifecycle stage of a customer. */
public enum LifecycleStage {
    /** New: first order. */
    INTRODUCTION,
    /** Repeat buying. */
    GROWTH,
    /** Established, high value. */
    MATURITY,
    /** P(alive) falling: early warning, about a month before loss. */
    DECLINE,
    CHURNED
}
