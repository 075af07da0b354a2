package com.crmfunctions.local.support;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names every thread the local cloud starts {@code local-cloud-<purpose>-<n>}, so a thread dump
 * (and the shutdown test) can tell them apart. They are not daemons: {@code close()} ends them.
 */
public final class NamedThreads implements ThreadFactory {
    public static final String PREFIX = "local-cloud-";

    private final String purpose;
    private final AtomicInteger count = new AtomicInteger();

    public NamedThreads(String purpose) { this.purpose = purpose; }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, PREFIX + purpose + "-" + count.incrementAndGet());
        thread.setDaemon(false);
        return thread;
    }
}
