package com.crmfunctions.local.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DynamoDB Local in HTTP server mode, in this JVM. In memory unless a data directory is given
 * ({@code -dbPath}); one shared database whatever the caller's credentials or region
 * ({@code -sharedDb}), as functions and tools use different dummy keys.
 *
 * <p>DynamoDB Local takes a port, not "any port": a free one is found first, and the start is
 * retried if another process takes it in between.
 *
 * <p>DynamoDB Local 2.6.1 stops its background jobs with {@code shutdown()}, not {@code shutdownNow()}:
 * its shard-rollover scheduler keeps a non-daemon thread asleep for up to 7.5 minutes after the
 * server has stopped. {@link #close()} interrupts the job threads this server started, which ends them.
 */
public final class DynamoDbLocalServer implements AutoCloseable {
    private static final int ATTEMPTS = 3;

    private static final String JOBS_PACKAGE = "com.amazonaws.services.dynamodbv2.local.shared.jobs.";

    private final DynamoDBProxyServer server;
    private final int port;
    private final Set<Thread> threadsBefore;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port, Set<Thread> threadsBefore) {
        this.server = server;
        this.port = port;
        this.threadsBefore = threadsBefore;
    }

    public static DynamoDbLocalServer start(Optional<Path> dataDirectory) {
        Set<Thread> threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            try {
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(arguments(port, dataDirectory));
                server.start();
                return new DynamoDbLocalServer(server, port, threadsBefore);
            } catch (Exception e) {
                if (!(rootCause(e) instanceof BindException) || attempt == ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB Local did not start", e);
                }
            }
        }
    }

    public URI uri() { return URI.create("http://127.0.0.1:" + port); }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        } finally {
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (!threadsBefore.contains(thread) && runsJob(stack)) thread.interrupt();
            });
        }
    }

    private static boolean runsJob(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith(JOBS_PACKAGE));
    }

    private static String[] arguments(int port, Optional<Path> dataDirectory) {
        List<String> args = new ArrayList<>(List.of("-port", String.valueOf(port), "-sharedDb", "-disableTelemetry"));
        if (dataDirectory.isPresent()) {
            Path dir = dataDirectory.get();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the DynamoDB data directory " + dir, e);
            }
            args.addAll(List.of("-dbPath", dir.toAbsolutePath().toString()));
        } else {
            args.add("-inMemory");
        }
        return args.toArray(String[]::new);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for DynamoDB Local", e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause;
    }
}
