package com.crmfunctions.events;

/**
 * What a producer puts on the bus for one detail: the three strings of an EventBridge
 * {@code PutEventsRequestEntry} (plus the bus name, which is wiring).
 *
 * @param detail the validated detail JSON
 */
public record EventEntry(String source, String detailType, String detail) {}
