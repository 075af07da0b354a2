package com.crmfunctions.adapters;

import java.util.Map;
import java.util.Objects;

/**
 * One email to one recipient: a subject, a plain-text body (always sent, for clients that do not
 * render HTML), an optional HTML body, and optional headers such as {@code List-Unsubscribe}.
 */
public record Email(String to, String subject, String text, String html, Map<String, String> headers) {

    public Email {
        requireText(to, "to");
        requireText(subject, "subject");
        requireText(text, "text");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static Email of(String to, String subject, String text, String html) {
        return new Email(to, subject, text, html, Map.of());
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException("email " + name + " must not be blank");
    }
}
