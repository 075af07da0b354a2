package com.crmfunctions.functions.webhookingest;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What every event of one delivery shares.
 *
 * @param storefront       the storefront id configured for the source
 * @param correlationId    the storefront's delivery id (a header), else API Gateway's request id:
 *                         also the causation id of storefront events
 * @param latestOccurredAt payload date-times after this are refused (request time plus allowed skew)
 */
record Delivery(String storefront, String correlationId, Instant latestOccurredAt) {

    /** The contract's trace id rule: 1 to 128 printable ASCII characters without spaces. */
    private static final Pattern TRACE_ID = Pattern.compile("[!-~]{1,128}");

    static Delivery of(WebhookRequest request, String deliveryIdHeader, IngestSettings settings) {
        String correlationId = request.header(deliveryIdHeader)
                .filter(id -> TRACE_ID.matcher(id).matches())
                .orElse(request.requestId());
        return new Delivery(settings.storefront(request.source()), correlationId, settings.latestOccurredAt(request.receivedAt()));
    }
}
