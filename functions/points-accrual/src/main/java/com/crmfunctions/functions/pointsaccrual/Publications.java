package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.adapters.dynamodb.LedgerRepository.EntryKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The events that committed ledger entries still have to announce, in the order they were committed, with the
 * entries whose outboxes hold them, each entry once (a batch may bring one message twice: the second delivery finds
 * the first's event still in the outbox). Not thread-safe: one per record or per batch.
 */
public final class Publications {
    private final List<EntryKey> entries = new ArrayList<>();
    private final List<OutgoingEvent> events = new ArrayList<>();

    void add(String memberId, String entryId, OutgoingEvent event) {
        add(new EntryKey(memberId, entryId), event);
    }

    /** Adds all of {@code other}'s, after this one's. */
    public void addAll(Publications other) {
        for (int i = 0; i < other.entries.size(); i++) add(other.entries.get(i), other.events.get(i));
    }

    private void add(EntryKey entry, OutgoingEvent event) {
        if (entries.contains(entry)) return; // at most a few dozen per batch
        entries.add(entry);
        events.add(event);
    }

    public boolean isEmpty() { return events.isEmpty(); }

    List<EntryKey> entries() { return List.copyOf(entries); }

    List<OutgoingEvent> events() { return List.copyOf(events); }
}
