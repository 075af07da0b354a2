package com.crmfunctions.local.events;

import com.crmfunctions.local.support.Json;
import com.crmfunctions.local.support.LoopbackHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The EventBridge endpoint: {@code PutEvents} over the AWS JSON 1.1 protocol
 * ({@code X-Amz-Target: AWSEvents.PutEvents}, {@code application/x-amz-json-1.1}), which is what the
 * SDK's {@code EventBridgeClient} speaks. Errors come back as JSON 1.1 errors ({@code __type} and
 * {@code message}), so the SDK raises the exception of that name. Other operations are refused.
 */
public final class EventBusServer implements AutoCloseable {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final String PUT_EVENTS = "AWSEvents.PutEvents";

    private final EventBus bus;
    private final LoopbackHttpServer server;

    public EventBusServer(EventBus bus) {
        this.bus = bus;
        this.server = LoopbackHttpServer.start("events", 4, Map.of("/", this::handle));
    }

    public URI uri() { return server.uri(); }

    @Override
    public void close() { server.close(); }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (!"POST".equals(exchange.getRequestMethod()) || !PUT_EVENTS.equals(target)) {
            error(exchange, "UnknownOperationException", "The local event bus supports PutEvents only, not " + target);
            return;
        }
        JsonNode request;
        try {
            request = Json.parse(LoopbackHttpServer.body(exchange));
        } catch (IllegalArgumentException e) {
            error(exchange, "SerializationException", e.getMessage());
            return;
        }
        List<PutEventsEntry> entries = new ArrayList<>();
        request.path("Entries").forEach(entry -> entries.add(PutEventsEntry.fromJson(entry)));
        try {
            respond(exchange, 200, response(bus.put(entries)));
        } catch (RequestRejectedException e) {
            error(exchange, e.errorType(), e.getMessage());
        }
    }

    private static ObjectNode response(List<EntryResult> results) {
        ObjectNode response = Json.object();
        response.put("FailedEntryCount", results.stream().filter(EntryResult::failed).count());
        ArrayNode entries = response.putArray("Entries");
        for (EntryResult result : results) {
            ObjectNode entry = entries.addObject();
            if (result.failed()) {
                entry.put("ErrorCode", result.error().code()).put("ErrorMessage", result.error().message());
            } else {
                entry.put("EventId", result.eventId());
            }
        }
        return response;
    }

    private static void error(HttpExchange exchange, String type, String message) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        respond(exchange, 400, Json.object().put("__type", type).put("message", message));
    }

    private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        LoopbackHttpServer.respond(exchange, status, CONTENT_TYPE, Json.bytes(body));
    }
}
