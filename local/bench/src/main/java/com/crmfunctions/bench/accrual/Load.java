package com.crmfunctions.bench.accrual;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Runs workers side by side, one thread each, as concurrent Lambda execution environments. */
final class Load {

    /** What one execution environment does, again and again. */
    @FunctionalInterface
    interface Worker {
        /** Does one unit of work (a transaction, an SQS batch) and returns the orders it completed; throws if any failed. */
        int next() throws Exception;
    }

    /** Orders completed in a measured window, and the SDK requests sent in it, by operation. */
    record Measurement(long orders, Duration elapsed, Map<String, Long> requests) {
        double ordersPerSecond() {
            return orders / (elapsed.toNanos() / 1e9);
        }
    }

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private Load() {}

    /**
     * Runs the workers for {@code warmup}, then counts the orders they complete in the next {@code measured} (an order
     * counts when its unit of work ends), then stops them after their current unit.
     *
     * @throws IllegalStateException at once if a worker fails
     */
    static Measurement measure(List<Worker> workers, Duration warmup, Duration measured) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder orders = new LongAdder();
        ExecutorService threads = threads(workers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Worker worker : workers) {
                running.add(threads.submit(() -> {
                    while (!stop.get()) orders.add(worker.next());
                    return null;
                }));
            }
            awaitWhileRunning(running, warmup);
            Map<String, Long> requestsBefore = SdkRequestCounter.snapshot();
            long ordersBefore = orders.sum();
            long start = System.nanoTime();
            awaitWhileRunning(running, measured);
            long end = System.nanoTime();
            long ordersAfter = orders.sum();
            Map<String, Long> requestsAfter = SdkRequestCounter.snapshot();
            stop.set(true);
            for (Future<?> worker : running) result(worker);
            return new Measurement(ordersAfter - ordersBefore, Duration.ofNanos(end - start),
                    SdkRequestCounter.between(requestsBefore, requestsAfter));
        } finally {
            stop.set(true);
            threads.shutdown();
        }
    }

    /**
     * Runs each worker until it has completed at least {@code ordersPerWorker} orders.
     *
     * @return the orders completed
     * @throws IllegalStateException if a worker fails
     */
    static long run(List<Worker> workers, int ordersPerWorker) throws InterruptedException {
        ExecutorService threads = threads(workers.size());
        try {
            List<Future<Long>> running = new ArrayList<>();
            for (Worker worker : workers) {
                running.add(threads.submit(() -> {
                    long done = 0;
                    while (done < ordersPerWorker) done += worker.next();
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> worker : running) total += result(worker);
            return total;
        } finally {
            threads.shutdown();
        }
    }

    /** Waits for {@code duration}; a worker only ends by failing, and then this fails at once with its cause. */
    private static void awaitWhileRunning(List<Future<?>> running, Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            for (Future<?> worker : running) {
                if (worker.isDone()) result(worker);
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, POLL_NANOS));
        }
    }

    private static <T> T result(Future<T> worker) throws InterruptedException {
        try {
            return worker.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }

    private static ExecutorService threads(int count) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "bench-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
