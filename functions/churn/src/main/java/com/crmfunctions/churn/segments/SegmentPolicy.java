package com.crmfunctions.churn.segments;

/** One named segment rule: whether it applies to a customer's RFM scores and order count. */
public interface SegmentPolicy {

    /** The rule's name, e.g. {@code strategicCustomerPolicy}. */
    String name();

    Segment segment();

    boolean applies(RfmScore score, int orders);
}
