package com.crmfunctions.functions.pointsaccrual;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Optimistic concurrency's other half: an attempt that lost a race (the member or the account changed since it
 * read them) reads again and recomputes, up to {@code maxAttempts} times, waiting a random time between half and
 * all of {@code min(maxDelay, baseDelay × 2^(n-1))} before the n-th retry so that racing workers drift apart.
 * When every attempt lost, {@link ConcurrentUpdateException} fails the message, which SQS delivers again later.
 */
record ConflictRetry(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {

    /**
     * 20 attempts, waiting up to 5, 10, 20 ... 160 ms between them: about 2.6 s in all at worst per record, so even a
     * batch of 10 records that all lose races stays inside the function's 30 s. A member with many orders in the
     * queue at once (a wholesale customer during an import) is worked on by several pollers; with 10 attempts one
     * order in 23,000 still lost every race (demo, 10 pollers) and waited out the queue's 180 s visibility timeout.
     */
    static final ConflictRetry DEFAULT = new ConflictRetry(20, Duration.ofMillis(5), Duration.ofMillis(160),
            d -> Thread.sleep(d.toMillis()));

    /** Waits between attempts; tests may pass one that does not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    ConflictRetry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * Runs {@code attempt} until it gives a result (an empty result means it lost a race).
     *
     * @param what names the work in the exception, e.g. {@code "order 5521809133710"}
     */
    <T> T run(String what, Supplier<Optional<T>> attempt) {
        for (int n = 1; ; n++) {
            Optional<T> result = attempt.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (n == maxAttempts) {
                throw new ConcurrentUpdateException(what + ": still conflicting with concurrent updates after "
                        + maxAttempts + " attempts; the message will be delivered again");
            }
            pause(n);
        }
    }

    private void pause(int retry) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry - 1, 20));
        try {
            sleeper.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdateException("interrupted while waiting to retry", e);
        }
    }
}
