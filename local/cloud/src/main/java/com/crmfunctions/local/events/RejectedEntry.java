package com.crmfunctions.local.events;

/** An entry the bus refused, with the error its PutEvents result carried. */
public record RejectedEntry(PutEventsEntry entry, EntryError error) {}
