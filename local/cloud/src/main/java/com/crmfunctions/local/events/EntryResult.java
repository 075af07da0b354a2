package com.crmfunctions.local.events;

/** One {@code PutEventsResultEntry}: the event id, or the error that refused the entry. */
public record EntryResult(String eventId, EntryError error) {
    static EntryResult accepted(String eventId) { return new EntryResult(eventId, null); }

    static EntryResult failed(EntryError error) { return new EntryResult(null, error); }

    public boolean failed() { return error != null; }
}
