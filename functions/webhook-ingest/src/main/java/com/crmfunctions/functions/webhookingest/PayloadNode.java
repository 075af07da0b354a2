package com.crmfunctions.functions.webhookingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON object of a webhook body that knows where it is: every accessor checks the type and bounds
 * of a field and, when they are wrong, throws an {@link InvalidPayloadException} naming the field by
 * its JSON pointer ({@code /line_items/2/quantity}). {@code null} and a missing field are the same.
 */
final class PayloadNode {

    /** The contract's id rule (events/common definitions): what an order, line or member id may be. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final JsonNode node;
    private final String pointer;

    private PayloadNode(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    /** The body's root, which must be a JSON object. */
    static PayloadNode root(JsonNode node) {
        if (node == null || !node.isObject()) throw InvalidPayloadException.at("", "must be a JSON object");
        return new PayloadNode(node, "");
    }

    /** The JSON pointer of a field of this object. */
    String pointer(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    JsonNode raw() {
        return node;
    }

    boolean has(String field) {
        return value(field) != null;
    }

    PayloadNode object(String field) {
        return optionalObject(field).orElseThrow(() -> missing(field));
    }

    Optional<PayloadNode> optionalObject(String field) {
        JsonNode value = value(field);
        if (value == null) return Optional.empty();
        if (!value.isObject()) throw invalid(field, "must be an object");
        return Optional.of(new PayloadNode(value, pointer(field)));
    }

    /** The objects of an array field; a missing array is empty. */
    List<PayloadNode> objects(String field) {
        JsonNode value = value(field);
        if (value == null) return List.of();
        if (!value.isArray()) throw invalid(field, "must be an array");
        List<PayloadNode> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            String at = pointer(field) + "/" + i;
            if (!value.get(i).isObject()) throw InvalidPayloadException.at(at, "must be an object");
            items.add(new PayloadNode(value.get(i), at));
        }
        return items;
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> missing(field));
    }

    /** A string field, trimmed; empty when missing or blank. */
    Optional<String> optionalText(String field) {
        JsonNode value = value(field);
        if (value == null) return Optional.empty();
        if (!value.isTextual()) throw invalid(field, "must be a string");
        String text = value.textValue().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** An identifier given as a string or an integer (storefronts use both), within the contract's id rule. */
    String id(String field) {
        return optionalId(field).orElseThrow(() -> missing(field));
    }

    Optional<String> optionalId(String field) {
        JsonNode value = value(field);
        if (value == null) return Optional.empty();
        String id;
        if (value.isIntegralNumber()) {
            id = value.bigIntegerValue().toString();
        } else if (value.isTextual()) {
            id = value.textValue().trim();
        } else {
            throw invalid(field, "must be an id (a string or an integer)");
        }
        if (!ID.matcher(id).matches()) {
            throw invalid(field, "must be an id of 1 to 128 letters, digits and . _ : - (starting with a letter or digit)");
        }
        return Optional.of(id);
    }

    int integer(String field, int min, int max) {
        JsonNode value = value(field);
        if (value == null) throw missing(field);
        if (!value.isIntegralNumber()) throw invalid(field, "must be an integer");
        boolean tooLow = value.canConvertToInt() ? value.intValue() < min : value.bigIntegerValue().signum() < 0;
        if (tooLow) throw invalid(field, "must be at least " + min);
        if (!value.canConvertToInt() || value.intValue() > max) throw invalid(field, "must be at most " + max);
        return value.intValue();
    }

    /** A non-negative amount. */
    BigDecimal amount(String field) {
        BigDecimal amount = signedAmount(field);
        if (amount.signum() < 0) throw invalid(field, "must not be negative");
        return amount;
    }

    /** An amount that may carry a sign (WooCommerce writes refunds negative). */
    BigDecimal signedAmount(String field) {
        return optionalSignedAmount(field).orElseThrow(() -> missing(field));
    }

    Optional<BigDecimal> optionalAmount(String field) {
        Optional<BigDecimal> amount = optionalSignedAmount(field);
        if (amount.isPresent() && amount.get().signum() < 0) throw invalid(field, "must not be negative");
        return amount;
    }

    Optional<BigDecimal> optionalSignedAmount(String field) {
        JsonNode value = value(field);
        if (value == null) return Optional.empty();
        try {
            return Optional.of(Amounts.parse(value));
        } catch (IllegalArgumentException e) {
            throw invalid(field, e.getMessage());
        }
    }

    Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = value(field);
        if (value == null) return Optional.empty();
        if (!value.isBoolean()) throw invalid(field, "must be true or false");
        return Optional.of(value.booleanValue());
    }

    /** An ISO 4217 currency code. */
    Currency currency(String field) {
        String code = text(field);
        if (!code.matches("[A-Z]{3}")) throw invalid(field, "must be an ISO 4217 currency code (three upper-case letters)");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "is not an ISO 4217 currency code");
        }
    }

    /**
     * A date-time: RFC 3339 with an offset, or without one when the field is known to be in UTC
     * (WooCommerce's {@code *_gmt} fields), and no later than {@code latest}.
     */
    Instant instant(String field, Instant latest) {
        String text = text(field);
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            if (!field.endsWith("_gmt")) throw invalid(field, "must be an RFC 3339 date-time with an offset");
            try {
                instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw invalid(field, "must be an ISO 8601 date-time");
            }
        }
        if (instant.isAfter(latest)) throw invalid(field, "lies in the future (after the request was received, allowing for clock skew)");
        return instant;
    }

    InvalidPayloadException invalid(String field, String message) {
        return InvalidPayloadException.at(pointer(field), message);
    }

    private InvalidPayloadException missing(String field) {
        return invalid(field, "is required");
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
