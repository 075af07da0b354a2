package com.crmfunctions.local.ses;

import com.crmfunctions.local.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a SES v2 {@code SendEmail} request body (REST-JSON) into a {@link SentEmail}, with SES's
 * checks: content present; Simple content needs a sender, a recipient, a subject and a body; Raw
 * content needs a MIME message with a sender. Template content is refused (nothing here renders
 * SES templates).
 */
final class SendEmailRequests {
    private SendEmailRequests() {}

    static SentEmail read(JsonNode request, String messageId, Instant sentAt) {
        JsonNode content = request.path("Content");
        if (content.has("Simple")) return simple(request, content.get("Simple"), messageId, sentAt);
        if (content.has("Raw")) return raw(request, content.get("Raw"), messageId, sentAt);
        if (content.has("Template")) throw new BadRequestException("Template content is not supported by the local SES.");
        throw new BadRequestException("1 validation error detected: Value null at 'content' failed to satisfy constraint: "
                + "Member must not be null");
    }

    private static SentEmail simple(JsonNode request, JsonNode simple, String messageId, Instant sentAt) {
        String from = required(Json.text(request, "FromEmailAddress"), "Missing required header 'From'.");
        JsonNode destination = request.path("Destination");
        List<String> to = strings(destination.path("ToAddresses"));
        List<String> cc = strings(destination.path("CcAddresses"));
        List<String> bcc = strings(destination.path("BccAddresses"));
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) throw new BadRequestException("Missing final '@domain'");
        String subject = required(Json.text(simple.path("Subject"), "Data"), "Missing required header 'Subject'.");
        JsonNode body = simple.path("Body");
        String text = Json.text(body.path("Text"), "Data");
        String html = Json.text(body.path("Html"), "Data");
        if (text == null && html == null) throw new BadRequestException("Message body is empty: give Text or Html.");
        return new SentEmail(messageId, sentAt, from, to, cc, bcc, strings(request.path("ReplyToAddresses")), subject, text, html,
                null, Json.text(request, "ConfigurationSetName"), tags(request));
    }

    private static SentEmail raw(JsonNode request, JsonNode raw, String messageId, Instant sentAt) {
        String data = required(Json.text(raw, "Data"), "Raw message data is required.");
        String mime;
        try {
            mime = new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Raw message data is not valid base64.");
        }
        Map<String, String> headers = headers(mime);
        String from = Json.text(request, "FromEmailAddress");
        from = required(from != null ? from : headers.get("from"), "Missing required header 'From'.");
        JsonNode destination = request.path("Destination");
        List<String> to = destination.has("ToAddresses") ? strings(destination.path("ToAddresses")) : addresses(headers.get("to"));
        return new SentEmail(messageId, sentAt, from, to, addresses(headers.get("cc")), strings(destination.path("BccAddresses")),
                addresses(headers.get("reply-to")), headers.get("subject"), null, null, mime,
                Json.text(request, "ConfigurationSetName"), tags(request));
    }

    /** The header block of a MIME message, names lower-cased, folded lines joined. */
    static Map<String, String> headers(String mime) {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : mime.split("\r?\n")) {
            if (line.isEmpty()) break;
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.merge(last, " " + line.strip(), String::concat);
            } else if (line.indexOf(':') > 0) {
                last = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                headers.put(last, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return headers;
    }

    private static List<String> addresses(String header) {
        if (header == null || header.isBlank()) return List.of();
        return Arrays.stream(header.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, String> tags(JsonNode request) {
        Map<String, String> tags = new LinkedHashMap<>();
        request.path("EmailTags").forEach(t -> tags.put(t.path("Name").asText(), t.path("Value").asText()));
        return tags;
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) throw new BadRequestException(message);
        return value;
    }
}
