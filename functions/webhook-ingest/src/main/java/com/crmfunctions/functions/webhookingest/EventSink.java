package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.adapters.OutgoingEvent;
import java.util.List;

/** Where accepted events go: the bus. */
interface EventSink {

    /**
     * Puts every event on the bus, or throws.
     *
     * @throws BusUnavailableException if the bus did not accept them all (after retries); events of
     *                                 the batch may have gone out, which is harmless because
     *                                 consumers de-duplicate on business keys
     */
    void publish(List<OutgoingEvent> events);
}
