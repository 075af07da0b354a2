package com.crmfunctions.local.http;

import com.crmfunctions.local.lambda.FunctionError;
import com.crmfunctions.local.lambda.LocalFunction;
import com.crmfunctions.local.support.ActivityTracker;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.local.support.LoopbackHttpServer;
import com.crmfunctions.wiring.Trigger;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The HTTP API: requests are matched to the Http routes of the running functions, the function is
 * invoked synchronously with an {@code APIGatewayV2HTTPEvent} and its response written back.
 * Unmatched requests get API Gateway's {@code 404 {"message":"Not Found"}}, failed invocations its
 * {@code 500 {"message":"Internal Server Error"}}.
 */
public final class HttpApiServer implements AutoCloseable {
    private final Clock clock;
    private final LocalAccount account;
    private final ActivityTracker activity;
    private final LoopbackHttpServer server;
    private volatile RouteTable routes = new RouteTable();

    /** Starts listening at once (so the endpoint is known); every request is a 404 until {@link #serve}. */
    public HttpApiServer(Clock clock, LocalAccount account, ActivityTracker activity) {
        this.clock = clock;
        this.account = account;
        this.activity = activity;
        this.server = LoopbackHttpServer.start("http-api", 4, Map.of("/", this::handle));
    }

    /** Serves the Http routes of these functions. */
    public void serve(List<LocalFunction> functions) {
        RouteTable table = new RouteTable();
        for (LocalFunction function : functions) {
            if (function.spec().trigger() instanceof Trigger.Http http) http.routes().forEach(route -> table.add(route, function));
        }
        routes = table;
    }

    public URI uri() { return server.uri(); }

    /** The route keys served, e.g. {@code GET /members/{id}}. */
    public List<String> routeKeys() {
        return routes.routes().stream().map(r -> r.declared().routeKey()).toList();
    }

    @Override
    public void close() { server.close(); }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = LoopbackHttpServer.body(exchange);
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().set("apigw-requestid", requestId);
        Optional<RouteTable.Match> match = routes.match(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
        if (match.isEmpty()) {
            LoopbackHttpServer.respondJson(exchange, 404, Map.of("message", "Not Found"));
            return;
        }
        Instant now = clock.instant();
        byte[] output;
        activity.begin();
        try {
            output = match.get().route().function().invoke(HttpApiEvents.payload(exchange, match.get(), body, requestId, now, account));
        } catch (FunctionError e) {
            LoopbackHttpServer.respondJson(exchange, 500, Map.of("message", "Internal Server Error"));
            return;
        } finally {
            activity.end();
        }
        HttpApiResponses.write(exchange, output);
    }
}
