package com.crmfunctions.functions.pointsaccrual;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** An EventBridge that accepts every entry and keeps it (or, while down, refuses all), for tests without a bus. Thread-safe. */
final class RecordingEventBridge implements EventBridgeClient {

    private final List<PutEventsRequestEntry> entries = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /** While down, every PutEvents fails as an unreachable service does. */
    void down(boolean value) { down = value; }

    @Override
    public PutEventsResponse putEvents(PutEventsRequest request) {
        if (down) throw SdkClientException.create("Unable to execute HTTP request: Connection refused");
        entries.addAll(request.entries());
        return PutEventsResponse.builder().failedEntryCount(0)
                .entries(request.entries().stream().map(e -> PutEventsResultEntry.builder().eventId(UUID.randomUUID().toString()).build()).toList())
                .build();
    }

    /** The details put with {@code detailType}, in order. */
    List<String> details(String detailType) {
        return entries.stream().filter(e -> e.detailType().equals(detailType)).map(PutEventsRequestEntry::detail).toList();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
