package com.crmfunctions.events.engagement;

/** What a win-back attempt offers. */
public enum WinBackOffer {
    /** Entering decline: a personalised reminder. */
    REMINDER,
    /** Churned, high value: free shipping plus an exclusive discount. */
    WELCOME_BACK_GIFT,
    /** Churned, lower value: a warm thank-you without an offer. */
    THANK_YOU
}
