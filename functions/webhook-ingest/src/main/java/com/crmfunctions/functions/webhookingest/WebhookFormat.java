package com.crmfunctions.functions.webhookingest;

/**
 * One webhook dialect: which header carries its signature, and how its bodies map to the canonical
 * events. Implementations are pure: they read the request and the parsed body and return events,
 * without I/O.
 */
interface WebhookFormat {

    /** The {@code {source}} path segment it is served under. */
    String source();

    /** The header carrying the base64 HMAC-SHA256 of the raw body. */
    String signatureHeader();

    /**
     * Whether the request is a harmless unsigned delivery to acknowledge without a signature check
     * (WooCommerce's ping when a webhook is saved). Nothing is published for it.
     */
    default boolean isUnsignedPing(WebhookRequest request, byte[] body) {
        return false;
    }

    /**
     * Maps a verified body to events, or says why it carries none.
     *
     * @throws InvalidPayloadException naming the offending field by its JSON pointer
     */
    Mapping map(WebhookRequest request, PayloadNode body);
}
