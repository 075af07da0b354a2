package com.crmfunctions.bench.accrual;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.crmfunctions.events.Envelope;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventSamples;
import com.crmfunctions.events.EventType;
import com.crmfunctions.events.storefront.OrderPlaced;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * OrderPlaced events as the points queue delivers them to points-accrual: SQS records whose body is the complete
 * EventBridge event. Each is the shipped sample (two merchandise lines, shipping, tax, a coupon) in the programme's
 * currency, with its own order, member and event ids. The JSON is encoded and validated once; each order only fills the ids in, so making the
 * events costs the driver next to nothing.
 */
final class OrderEvents {

    // Valid ids (the schema's id pattern) found nowhere else in the sample.
    private static final String ORDER_SLOT = "bench-order-slot";
    private static final String MEMBER_SLOT = "bench-member-slot";
    private static final String EVENT_SLOT = "bench-event-slot";

    /** An order to place: whose, under which id. */
    record Order(String orderId, String memberId) {}

    private final String template;
    private final String queueArn;
    private final String region;

    /** Events of the queue {@code queueArn} in {@code region}, the orders in {@code currency}. */
    OrderEvents(String queueArn, String region, Currency currency) {
        this.queueArn = Objects.requireNonNull(queueArn, "queueArn");
        this.region = Objects.requireNonNull(region, "region");
        EventType type = EventType.ORDER_PLACED;
        Envelope<OrderPlaced> sample = EventCodec.fromEventJson(EventSamples.json(type, type.currentVersion()), OrderPlaced.class);
        OrderPlaced order = sample.detail();
        OrderPlaced slotted = new OrderPlaced(ORDER_SLOT, MEMBER_SLOT, order.storefront(), order.channel(), currency,
                order.lines(), order.totals(), order.couponCodes(), order.occurredAt(), order.correlationId(), order.causationId());
        this.template = EventCodec.toEventJson(new Envelope<>(EVENT_SLOT, sample.account(), sample.region(), sample.time(),
                sample.resources(), slotted));
    }

    /** The complete EventBridge event of the sample order placed as {@code orderId} by {@code memberId}. */
    String eventJson(String orderId, String memberId) {
        return template.replace(ORDER_SLOT, orderId).replace(MEMBER_SLOT, memberId).replace(EVENT_SLOT, "event-" + orderId);
    }

    /** An SQS event with one record per order. */
    SQSEvent batch(List<Order> orders) {
        List<SQSMessage> records = new ArrayList<>(orders.size());
        for (Order order : orders) {
            SQSMessage record = new SQSMessage();
            record.setMessageId("message-" + order.orderId());
            record.setReceiptHandle("receipt-" + order.orderId());
            record.setBody(eventJson(order.orderId(), order.memberId()));
            record.setEventSource("aws:sqs");
            record.setEventSourceArn(queueArn);
            record.setAwsRegion(region);
            record.setAttributes(Map.of("ApproximateReceiveCount", "1"));
            records.add(record);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }
}
