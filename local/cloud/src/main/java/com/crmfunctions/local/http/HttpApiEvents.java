package com.crmfunctions.local.http;

import com.crmfunctions.local.support.Json;
import com.crmfunctions.local.support.LocalAccount;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API Gateway HTTP API payload (format 2.0) for a request: header names lower-cased and repeated
 * values joined with commas, cookies split out, query parameters decoded and joined likewise, path
 * parameters from the matched route, and a request context whose time comes from the shared clock.
 * A body whose content type is not text is base64-encoded, as API Gateway does.
 */
final class HttpApiEvents {
    static final String API_ID = "local";
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private HttpApiEvents() {}

    static byte[] payload(HttpExchange exchange, RouteTable.Match match, byte[] body, String requestId, Instant now,
                          LocalAccount account) {
        String routeKey = match.route().declared().routeKey();
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = headers(exchange);
        ObjectNode event = Json.object().put("version", "2.0").put("routeKey", routeKey).put("rawPath", rawPath)
                .put("rawQueryString", rawQuery == null ? "" : rawQuery);
        String cookie = headers.remove("cookie");
        if (cookie != null) {
            ArrayNode cookies = event.putArray("cookies");
            for (String c : cookie.split(";\\s*")) cookies.add(c);
        }
        ObjectNode headersJson = event.putObject("headers");
        headers.forEach(headersJson::put);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            ObjectNode query = event.putObject("queryStringParameters");
            queryParameters(rawQuery).forEach(query::put);
        }
        ObjectNode context = event.putObject("requestContext").put("accountId", account.id()).put("apiId", API_ID)
                .put("domainName", headers.getOrDefault("host", "127.0.0.1")).put("domainPrefix", API_ID);
        context.putObject("http")
                .put("method", exchange.getRequestMethod())
                .put("path", rawPath)
                .put("protocol", exchange.getProtocol())
                .put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress())
                .put("userAgent", headers.getOrDefault("user-agent", ""));
        context.put("requestId", requestId).put("routeKey", routeKey).put("stage", "$default")
                .put("time", REQUEST_TIME.format(now)).put("timeEpoch", now.toEpochMilli());
        if (!match.pathParameters().isEmpty()) {
            ObjectNode path = event.putObject("pathParameters");
            match.pathParameters().forEach(path::put);
        }
        boolean binary = body.length > 0 && !isText(headers.get("content-type"));
        if (body.length > 0) {
            event.put("body", binary ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", binary);
        return Json.bytes(event);
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return headers;
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static boolean isText(String contentType) {
        if (contentType == null) return false;
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || List.of("json", "xml", "javascript", "x-www-form-urlencoded").stream().anyMatch(type::contains);
    }
}
