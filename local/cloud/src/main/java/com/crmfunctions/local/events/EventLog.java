package com.crmfunctions.local.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the bus saw, in order: accepted events (with matches and deliveries) and refused entries. */
public final class EventLog {
    private final List<PublishedEvent> published = new CopyOnWriteArrayList<>();
    private final List<RejectedEntry> rejected = new CopyOnWriteArrayList<>();

    void record(PublishedEvent event) { published.add(event); }

    void record(RejectedEntry entry) { rejected.add(entry); }

    public List<PublishedEvent> published() { return List.copyOf(published); }

    public List<RejectedEntry> rejected() { return List.copyOf(rejected); }

    /** Accepted events that matched at least one rule. */
    public List<PublishedEvent> matched() {
        return published.stream().filter(e -> !e.matchedRules().isEmpty()).toList();
    }
}
