package com.crmfunctions.wiring;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What invokes a function: an SQS event source mapping, a schedule, or HTTP API routes. */
public sealed interface Trigger {

    /**
     * SQS event source mapping. Partial batch responses are always on
     * ({@code ReportBatchItemFailures}); {@code maxConcurrency} caps the pollers (2..1000 in AWS).
     */
    record Queue(String queue, int batchSize, Duration maxBatchingWindow, int maxConcurrency) implements Trigger {
        public Queue {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(maxBatchingWindow, "max batching window");
            if (batchSize < 1 || batchSize > 10_000) throw new IllegalArgumentException("batch size must be 1..10000");
            if (batchSize > 10 && maxBatchingWindow.isZero()) {
                throw new IllegalArgumentException("a batch size above 10 needs a batching window (as in AWS)");
            }
            if (maxConcurrency < 2 || maxConcurrency > 1000) throw new IllegalArgumentException("max concurrency must be 2..1000");
        }
    }

    /** Invoked by the named schedule with a ScheduledEvent. */
    record Schedule(String schedule) implements Trigger {
        public Schedule { Objects.requireNonNull(schedule, "schedule"); }
    }

    /** API Gateway HTTP API (payload format 2.0) routes, e.g. {@code POST /webhooks/{source}}. */
    record Http(List<Route> routes) implements Trigger {
        public Http {
            routes = List.copyOf(routes);
            if (routes.isEmpty()) throw new IllegalArgumentException("an HTTP trigger needs a route");
        }
    }

    record Route(String method, String path) {
        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/")) throw new IllegalArgumentException("route path must start with /: " + path);
        }

        /** The API Gateway route key, e.g. {@code GET /members/{id}}. */
        public String routeKey() { return method + " " + path; }
    }
}
