package com.crmfunctions.local.http;

import com.crmfunctions.local.support.Json;
import com.crmfunctions.local.support.LoopbackHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns a function's response into the HTTP response, as API Gateway does for payload format 2.0:
 * a JSON object with {@code statusCode} is a response ({@code headers}, {@code multiValueHeaders},
 * {@code cookies}, {@code body}, {@code isBase64Encoded}); anything else is the body of a 200 with
 * content type {@code application/json} (a JSON string gives its text).
 */
final class HttpApiResponses {
    private HttpApiResponses() {}

    static void write(HttpExchange exchange, byte[] output) throws IOException {
        JsonNode response = Json.parse(output);
        if (response == null || !response.isObject() || !response.has("statusCode")) {
            String body = response != null && response.isTextual() ? response.asText() : new String(output, StandardCharsets.UTF_8);
            LoopbackHttpServer.respond(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            exchange.getResponseHeaders().set(header.getKey(), header.getValue().asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("multiValueHeaders").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            header.getValue().forEach(v -> exchange.getResponseHeaders().add(header.getKey(), v.asText()));
        }
        response.path("cookies").forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c.asText()));
        String body = Json.text(response, "body");
        byte[] bytes = body == null ? new byte[0]
                : response.path("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        LoopbackHttpServer.respond(exchange, response.get("statusCode").asInt(), null, bytes);
    }
}
