package com.crmfunctions.events.storefront;

/**
 * Consent flags as given by the customer.
 *
 * @param marketingEmail may receive marketing email (campaigns, birthday, win-back)
 * @param profiling      may have their purchase history analysed for personalised offers
 */
public record Consent(boolean marketingEmail, boolean profiling) {}
