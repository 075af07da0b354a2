package com.crmfunctions.churn.segments;

/** One named lifecycle rule. */
public interface StagePolicy {

    /** The rule's name, e.g. {@code declinePolicy}. */
    String name();

    LifecycleStage stage();

    boolean applies(StageInputs member);
}
