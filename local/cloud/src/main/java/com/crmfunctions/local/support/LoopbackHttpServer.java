package com.crmfunctions.local.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A JDK HTTP server on 127.0.0.1 and a port chosen by the system, with a small pool of named
 * threads. The stand-ins for EventBridge, SES and the HTTP API are built on it. An exception that
 * escapes a handler becomes a 500 with a JSON message instead of a hung connection.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LoopbackHttpServer.class.getName());

    static {
        // The JDK server writes a response's headers and body apart; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK (40 ms on Linux), on every request. Read once, when the first HttpServer is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server whose contexts map a path prefix to a handler. */
    public static LoopbackHttpServer start(String name, int threads, Map<String, HttpHandler> contexts) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            contexts.forEach((path, handler) -> server.createContext(path, guarded(name, handler)));
            ExecutorService executor = Executors.newFixedThreadPool(threads, new NamedThreads(name));
            server.setExecutor(executor);
            server.start();
            return new LoopbackHttpServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name + " server", e);
        }
    }

    public URI uri() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes a complete response. */
    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) exchange.getResponseBody().write(body);
        exchange.close();
    }

    public static void respondJson(HttpExchange exchange, int status, Object body) throws IOException {
        respond(exchange, status, "application/json", Json.bytes(body));
    }

    public static byte[] body(HttpExchange exchange) throws IOException {
        return exchange.getRequestBody().readAllBytes();
    }

    private static HttpHandler guarded(String name, HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException | IOException e) {
                LOG.log(Level.WARNING, name + ": request failed", e);
                String message = String.valueOf(e.getMessage());
                respond(exchange, 500, "application/json",
                        Json.write(Map.of("message", message)).getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
