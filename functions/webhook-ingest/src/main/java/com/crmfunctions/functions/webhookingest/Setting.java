package com.crmfunctions.functions.webhookingest;

import java.util.Locale;

/**
 * Every configuration key of the function: read from the environment variable (what the CDK app
 * sets), else from the JVM system property (what the in-process local cloud and tests set), else the
 * default. Lists are comma-separated; pairs are {@code name:value}.
 */
enum Setting {
    MAX_BODY_BYTES("256000", "largest accepted body in bytes, 1 to 262144 (EventBridge's entry limit); larger → 413"),
    MAX_LINE_QUANTITY("10000", "largest quantity of one order or refund line, 1 to 100000; larger → 400"),
    MAX_CLOCK_SKEW("PT1H", "how far after the request's arrival a payload's date-time may lie (ISO-8601 duration); later → 400"),
    STOREFRONTS("", "storefront id per source as source:storefront pairs (e.g. shopify:acme-web); a source not listed uses its own name"),
    DEFAULT_CATEGORY("uncategorized", "category of a merchandise line whose payload names none (WooCommerce never does, Shopify rarely)"),
    PROFILING_CONSENT("false", "profiling consent reported for Shopify and WooCommerce customers, which hold no such flag"),
    SHOPIFY_PAID_STATUSES("paid,partially_refunded,refunded", "Shopify financial_status values of an order that was paid (only those give OrderPlaced)"),
    WOOCOMMERCE_PAID_STATUSES("processing,completed", "WooCommerce order statuses that mean paid (only those give OrderPlaced)"),
    SHOPIFY_CHANNELS("web:web,shopify_draft_order:web,pos:pos,iphone:app,android:app", "Shopify source_name → channel (web, app, marketplace, pos)"),
    WOOCOMMERCE_CHANNELS("checkout:web,store-api:web,rest-api:web,admin:web,pos-rest-api:pos", "WooCommerce created_via → channel"),
    DEFAULT_CHANNEL("web", "channel of an order whose source is not listed above"),
    SECRETS_FILE("", "local JSON file of signing keys (source → key); when set, Secrets Manager is not used"),
    SECRET_ID("webhook-secrets", "Secrets Manager secret (name or ARN) holding the signing keys as JSON (source → key)");

    private final String defaultValue;
    private final String description;

    Setting(String defaultValue, String description) {
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** {@code MAX_BODY_BYTES} → {@code CRM_WEBHOOK_MAX_BODY_BYTES}; the secret follows the wiring's resource naming. */
    String variable() {
        return this == SECRET_ID ? "CRM_SECRET_WEBHOOK_SECRETS" : "CRM_WEBHOOK_" + name();
    }

    /** {@code MAX_BODY_BYTES} → {@code crm.webhook.max-body-bytes}. */
    String property() {
        return this == SECRET_ID ? "crm.secret.webhook-secrets" : "crm.webhook." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String defaultValue() {
        return defaultValue;
    }

    String description() {
        return description;
    }
}
