package com.crmfunctions.functions.webhookingest;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One webhook delivery as the HTTP API received it, before anything was checked.
 *
 * @param source        the {@code {source}} path segment: {@code shopify}, {@code woocommerce}, {@code canonical}
 * @param headers       request headers; names are matched case-insensitively
 * @param body          the body as API Gateway passes it (text, or base64 when {@code base64Encoded})
 * @param base64Encoded whether API Gateway base64-encoded the body (it does for non-text content types)
 * @param requestId     API Gateway's request id: the correlation id when the storefront sends no delivery id
 * @param receivedAt    when API Gateway received the request ({@code requestContext.timeEpoch}): "now"
 */
record WebhookRequest(String source, Map<String, String> headers, String body, boolean base64Encoded,
                             String requestId, Instant receivedAt) {

    public WebhookRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) caseInsensitive.put(name, value);
            });
        }
        headers = Collections.unmodifiableMap(caseInsensitive);
        source = source == null ? "" : source;
        body = body == null ? "" : body;
    }

    /** A header's value, trimmed; empty when absent or blank. */
    Optional<String> header(String name) {
        String value = headers.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
