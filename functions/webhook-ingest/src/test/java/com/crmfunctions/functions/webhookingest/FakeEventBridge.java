package com.crmfunctions.functions.webhookingest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * An EventBridge client in memory: records every PutEvents call, accepts entries, and on request
 * refuses the first entry of the next calls (as EventBridge does under throttling) or fails whole calls.
 */
final class FakeEventBridge implements EventBridgeClient {

    private final List<PutEventsRequest> calls = new ArrayList<>();
    private final List<PutEventsRequestEntry> accepted = new ArrayList<>();
    private int refusalsLeft;
    private String refusalCode;
    private boolean unreachable;

    /** The first entry of each of the next {@code calls} PutEvents calls is refused with {@code errorCode}. */
    FakeEventBridge refuseFirstEntry(int calls, String errorCode) {
        this.refusalsLeft = calls;
        this.refusalCode = errorCode;
        return this;
    }

    /** Every call fails as a whole, as when the endpoint cannot be reached. */
    FakeEventBridge unreachable() {
        this.unreachable = true;
        return this;
    }

    @Override
    public PutEventsResponse putEvents(PutEventsRequest request) {
        calls.add(request);
        if (unreachable) throw SdkClientException.create("Unable to execute HTTP request: connect timed out");
        List<PutEventsResultEntry> results = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < request.entries().size(); i++) {
            if (i == 0 && refusalsLeft > 0) {
                refusalsLeft--;
                failed++;
                results.add(PutEventsResultEntry.builder().errorCode(refusalCode).errorMessage("refused by the fake").build());
            } else {
                accepted.add(request.entries().get(i));
                results.add(PutEventsResultEntry.builder().eventId(UUID.randomUUID().toString()).build());
            }
        }
        return PutEventsResponse.builder().entries(results).failedEntryCount(failed).build();
    }

    List<PutEventsRequest> calls() {
        return calls;
    }

    /** Entries the bus took, in order. */
    List<PutEventsRequestEntry> accepted() {
        return accepted;
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
