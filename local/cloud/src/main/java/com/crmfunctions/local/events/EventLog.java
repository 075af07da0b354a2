package com.crmfunctions.local.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the bus saw, in order: accepted events (with matches and deliveries) and refused entries.
 *
 * <p>Recording is constant time (an import puts tens of thousands of events through the bus), and the log keeps
 * the most recent {@value #RETAINED} entries of each kind so a long-running {@code crm local up} does not grow
 * without bound; the counts by detail type cover everything since the start.
 */
public final class EventLog {
    static final int RETAINED = 250_000;

    private final Deque<PublishedEvent> published = new ArrayDeque<>();
    private final Deque<RejectedEntry> rejected = new ArrayDeque<>();
    private final Map<String, Long> publishedByDetailType = new TreeMap<>();
    private long publishedTotal;

    synchronized void record(PublishedEvent event) {
        if (published.size() == RETAINED) published.removeFirst();
        published.addLast(event);
        publishedByDetailType.merge(event.detailType(), 1L, Long::sum);
        publishedTotal++;
    }

    synchronized void record(RejectedEntry entry) {
        if (rejected.size() == RETAINED) rejected.removeFirst();
        rejected.addLast(entry);
    }

    /** The accepted events, oldest first (the most recent {@value #RETAINED}). */
    public synchronized List<PublishedEvent> published() { return List.copyOf(published); }

    public synchronized List<RejectedEntry> rejected() { return List.copyOf(rejected); }

    /** Accepted events that matched at least one rule. */
    public List<PublishedEvent> matched() {
        return published().stream().filter(e -> !e.matchedRules().isEmpty()).toList();
    }

    /** How many events of each detail type the bus accepted since it started (sorted by detail type). */
    public synchronized Map<String, Long> publishedByDetailType() { return new TreeMap<>(publishedByDetailType); }

    /** How many events the bus accepted since it started. */
    public synchronized long publishedTotal() { return publishedTotal; }

}
