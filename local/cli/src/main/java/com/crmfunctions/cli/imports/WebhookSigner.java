package com.crmfunctions.cli.imports;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs canonical webhook bodies as {@code webhook-ingest} checks them: {@code X-Crm-Hmac-Sha256:
 * base64(HMAC-SHA256(raw body bytes, key))}. Thread-safe.
 */
public final class WebhookSigner {

    /** The header that carries the signature of a canonical webhook. */
    public static final String HEADER = "X-Crm-Hmac-Sha256";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public WebhookSigner(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) throw new IllegalArgumentException("the webhook signing key is blank");
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The signature of exactly these bytes. */
    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe; making one costs about a microsecond
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public String sign(String body) {
        return sign(body.getBytes(StandardCharsets.UTF_8));
    }
}
