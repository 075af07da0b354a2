package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.adapters.EventPublishException;
import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.OutgoingEvent;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The bus through {@link EventPublisher}, which retries refused entries; what still fails, entries or
 * the call as a whole (after the SDK's own retries), becomes a {@link BusUnavailableException}.
 */
final class EventBridgeSink implements EventSink {

    private final EventPublisher publisher;

    EventBridgeSink(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(List<OutgoingEvent> events) {
        try {
            publisher.publish(events);
        } catch (EventPublishException e) {
            throw new BusUnavailableException(e.getMessage(), e);
        } catch (SdkException e) {
            throw new BusUnavailableException("PutEvents failed: " + e.getMessage(), e);
        }
    }
}
