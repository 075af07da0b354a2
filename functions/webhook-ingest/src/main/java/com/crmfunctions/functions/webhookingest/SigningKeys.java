package com.crmfunctions.functions.webhookingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing keys of one webhook source, and the one check they serve: is a signature header the
 * base64 HMAC-SHA256 of the raw body under one of the keys? This is the scheme of Shopify
 * ({@code X-Shopify-Hmac-Sha256}), WooCommerce ({@code X-WC-Webhook-Signature}) and the canonical
 * format ({@code X-Crm-Hmac-Sha256}).
 *
 * <p>Several keys may be valid at once, so a key can be rotated without refusing deliveries signed
 * with the old one. Digests are compared in constant time ({@link MessageDigest#isEqual}), and every
 * key is tried whatever the outcome, so timing does not tell an attacker how close a guess was.
 */
final class SigningKeys {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    private SigningKeys(List<SecretKeySpec> keys) {
        this.keys = keys;
    }

    /**
     * @param secrets the shared secrets as the storefront shows them (used as their UTF-8 bytes)
     * @throws IllegalArgumentException if there is none or one is blank
     */
    static SigningKeys of(List<String> secrets) {
        if (secrets.isEmpty()) throw new IllegalArgumentException("at least one key is needed");
        if (secrets.stream().anyMatch(s -> s == null || s.isBlank())) throw new IllegalArgumentException("a key is blank");
        return new SigningKeys(secrets.stream().map(s -> new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), HMAC_SHA256)).toList());
    }

    /** Whether {@code signature} (base64) is the HMAC-SHA256 of exactly these body bytes under one of the keys. */
    boolean verify(byte[] body, String signature) {
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        boolean valid = false;
        for (SecretKeySpec key : keys) {
            valid |= MessageDigest.isEqual(hmac(key, body), claimed);
        }
        return valid;
    }

    /** Never the keys themselves. */
    @Override
    public String toString() {
        return "SigningKeys[" + keys.size() + " key(s)]";
    }

    private static byte[] hmac(SecretKeySpec key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
