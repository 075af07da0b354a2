package com.crmfunctions.local.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts work in progress (handler invocations, queued asynchronous invocations) so the cloud can
 * tell when it is idle. Each change also bumps a generation number: a reader that sees the same
 * generation before and after looking at the queues knows nothing started or finished meanwhile.
 *
 * <p>{@link #end()} bumps the generation before it lowers the count, so a reader that sees no work
 * in progress also sees the generation of the work that just finished.
 */
public final class ActivityTracker {
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicLong generation = new AtomicLong();

    public void begin() {
        inProgress.incrementAndGet();
        generation.incrementAndGet();
    }

    public void end() {
        generation.incrementAndGet();
        inProgress.decrementAndGet();
    }

    public int inProgress() { return inProgress.get(); }

    public long generation() { return generation.get(); }
}
