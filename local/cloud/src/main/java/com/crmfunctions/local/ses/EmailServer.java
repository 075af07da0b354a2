package com.crmfunctions.local.ses;

import com.crmfunctions.local.support.Json;
import com.crmfunctions.local.support.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The SES v2 endpoint: {@code SendEmail} ({@code POST /v2/email/outbound-emails}, REST-JSON) as the
 * SDK's {@code SesV2Client} sends it, answered with {@code {"MessageId": ...}}; the message goes to
 * the {@link Outbox}. {@code GET /_outbox} lists the outbox as a JSON array, for people and tools.
 */
public final class EmailServer implements AutoCloseable {
    static final String SEND_EMAIL_PATH = "/v2/email/outbound-emails";
    static final String OUTBOX_PATH = "/_outbox";

    private final Outbox outbox;
    private final Clock clock;
    private final LoopbackHttpServer server;

    public EmailServer(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.server = LoopbackHttpServer.start("sesv2", 2, Map.of("/", this::handle));
    }

    public URI uri() { return server.uri(); }

    @Override
    public void close() { server.close(); }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if ("POST".equals(method) && SEND_EMAIL_PATH.equals(path)) {
            sendEmail(exchange);
        } else if ("GET".equals(method) && OUTBOX_PATH.equals(path)) {
            LoopbackHttpServer.respond(exchange, 200, "application/json", outbox.toJson().getBytes(StandardCharsets.UTF_8));
        } else {
            error(exchange, 404, "NotFoundException", "The local SES supports SendEmail only, not " + method + " " + path);
        }
    }

    private void sendEmail(HttpExchange exchange) throws IOException {
        String messageId = UUID.randomUUID().toString();
        try {
            SentEmail email = SendEmailRequests.read(Json.parse(LoopbackHttpServer.body(exchange)), messageId, clock.instant());
            outbox.add(email);
        } catch (BadRequestException | IllegalArgumentException e) {
            error(exchange, 400, "BadRequestException", e.getMessage());
            return;
        }
        LoopbackHttpServer.respondJson(exchange, 200, Map.of("MessageId", messageId));
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        LoopbackHttpServer.respondJson(exchange, status, Map.of("__type", type, "message", message));
    }
}
