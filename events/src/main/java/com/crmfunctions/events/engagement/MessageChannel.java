package com.crmfunctions.events.engagement;

/** Delivery channel of a message. */
public enum MessageChannel {
    /** Email through SES. */
    EMAIL
}
