package com.crmfunctions.events;

/** EventBridge {@code source} of each bounded context: {@code crm.<context>}. */
public enum EventSource {
    STOREFRONT("crm.storefront"),
    LOYALTY("crm.loyalty"),
    ENGAGEMENT("crm.engagement"),
    INSIGHTS("crm.insights");

    private final String value;

    EventSource(String value) {
        this.value = value;
    }

    /** The {@code source} string on the bus, e.g. {@code crm.storefront}. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
