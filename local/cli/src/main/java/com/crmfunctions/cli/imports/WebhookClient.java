package com.crmfunctions.cli.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * POSTs signed canonical webhooks over one {@link HttpClient}, whose connections are kept alive and reused
 * by the threads that share it. A delivery is tried again, up to {@code attempts} times in all, when the
 * server is busy or failing ({@code 429, 500, 502, 503, 504}, after {@code Retry-After} if it says so, at most
 * {@value #MAX_RETRY_AFTER_SECONDS} s) or the connection broke. That is safe: consumers de-duplicate on the
 * order and refund ids. Any other answer is final.
 */
final class WebhookClient {

    static final int MAX_RETRY_AFTER_SECONDS = 30;
    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    private static final Duration BACKOFF = Duration.ofMillis(250);

    private final HttpClient http;
    private final URI url;
    private final WebhookSigner signer;
    private final int attempts;
    private final Duration timeout;

    WebhookClient(URI url, WebhookSigner signer, int attempts, Duration timeout) {
        if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
        this.url = Objects.requireNonNull(url, "url");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.attempts = attempts;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** The webhook URL of a base: an HTTP API's URL gets {@code /webhooks/canonical}; a URL ending in it is kept. */
    static URI canonicalWebhook(URI base) {
        String text = base.toString();
        if (text.endsWith("/webhooks/canonical")) return base;
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + "/webhooks/canonical");
    }

    URI url() {
        return url;
    }

    /**
     * Delivers one body.
     *
     * @throws IOException when the last attempt could not reach the server
     */
    Response post(String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(WebhookSigner.HEADER, signer.sign(bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= attempts) throw e;
                Thread.sleep(BACKOFF.multipliedBy(attempt).toMillis());
                continue;
            }
            if (!RETRIED.contains(response.statusCode()) || attempt >= attempts) {
                return new Response(response.statusCode(), response.body(), attempt);
            }
            Thread.sleep(retryAfter(response).orElse(BACKOFF.multipliedBy(attempt)).toMillis());
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Long.parseLong(value.trim())))));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: fall back to the backoff
            }
        });
    }

    /** The final answer to a delivery, and how many attempts it took. */
    record Response(int status, String body, int attempts) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }
}
