package com.crmfunctions.cli.imports;

import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.EventType;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import java.util.Comparator;
import java.util.Objects;

/**
 * One webhook delivery of an import: an {@code OrderPlaced} or an {@code OrderRefunded}, sent at its own time.
 *
 * @param sequence position in the source file, to keep file order among equal times
 */
record PlannedEvent(long sequence, EventDetail detail) {

    /** Time order; at the same instant orders before refunds, then file order. */
    static final Comparator<PlannedEvent> CHRONOLOGICAL = Comparator.comparing((PlannedEvent e) -> e.detail().occurredAt())
            .thenComparing(PlannedEvent::isRefund).thenComparingLong(PlannedEvent::sequence);

    PlannedEvent {
        Objects.requireNonNull(detail, "detail");
        if (!(detail instanceof OrderPlaced) && !(detail instanceof OrderRefunded)) {
            throw new IllegalArgumentException("an import sends orders and refunds, not " + detail.getClass().getSimpleName());
        }
    }

    /**
     * The canonical webhook body, {@code {"type":"OrderPlaced","detail":{...}}}. Encoded when it is sent: the
     * encoding checks the event contract, which costs more than anything else an import does locally, so it
     * runs on the sending threads.
     *
     * @throws com.crmfunctions.events.InvalidEventException when the detail breaks its event contract
     */
    String body() {
        return "{\"type\":\"" + detailType() + "\",\"detail\":" + EventCodec.toDetailJson(detail) + "}";
    }

    boolean isRefund() {
        return detail instanceof OrderRefunded;
    }

    String memberId() {
        return detail instanceof OrderRefunded refund ? refund.memberId() : ((OrderPlaced) detail).memberId();
    }

    /** The order placed, or the order refunded. */
    String orderId() {
        return detail instanceof OrderRefunded refund ? refund.orderId() : ((OrderPlaced) detail).orderId();
    }

    /** The business key consumers de-duplicate on: the order id or the refund id. */
    String key() {
        return detail instanceof OrderRefunded refund ? refund.refundId() : ((OrderPlaced) detail).orderId();
    }

    String detailType() {
        return EventType.of(detail).detailType();
    }
}
