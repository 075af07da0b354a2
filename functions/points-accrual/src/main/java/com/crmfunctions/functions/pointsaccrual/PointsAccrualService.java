package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.LedgerWriter;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.adapters.dynamodb.MemberRepository.StoredMember;
import com.crmfunctions.adapters.dynamodb.OrderRepository;
import com.crmfunctions.adapters.dynamodb.OrderRepository.ParkedRefund;
import com.crmfunctions.adapters.dynamodb.OrderRepository.StoredAccount;
import com.crmfunctions.events.Envelope;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.InvalidEventException;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.loyalty.Accrual;
import com.crmfunctions.loyalty.AccrualOutcome;
import com.crmfunctions.loyalty.Order;
import com.crmfunctions.loyalty.Refund;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies one OrderPlaced or OrderRefunded, exactly once in effect however often it is delivered:
 *
 * <ol>
 *   <li><b>Decide</b> with the loyalty domain ({@link Accrual}) on the member state and order account as read.</li>
 *   <li><b>Commit</b> in one transaction ({@link LedgerWriter}): the ledger entry (keyed by the business id, on
 *       condition that it is new), the member (on condition of its version) and the order account. A lost race
 *       reads again and recomputes ({@link ConflictRetry}); an entry that exists means the event was applied
 *       before.</li>
 *   <li><b>Publish</b> the entry's event, which the transaction stored in the entry's outbox, then empty the
 *       outbox. A delivery that finds its entry already written publishes whatever the outbox still holds, so an
 *       event is lost neither by a crash between commit and publish nor by one during it; the worst case is the
 *       same event twice, which consumers dedupe on its business key. The events of one SQS batch go out
 *       together ({@link #publish(Publications)}: one PutEvents per 10, one transaction empties their outboxes),
 *       after every record of the batch was committed.</li>
 *   <li><b>Refunds before orders</b>: a refund whose order has not been applied is parked in the orders table (on
 *       condition, in the same transaction, that the order's account still does not exist), with a marker for the
 *       order. The order's transaction requires the marker to be absent: if it is there, the order commits without
 *       that check and then applies the refunds parked for it, each in its own transaction, exactly as if they had
 *       arrived then. A delivery that finds the order applied before looks for parked refunds too (the earlier one
 *       may have died before applying them); an order committed with nothing parked needs no look.</li>
 * </ol>
 * A failure throws: the message is then retried, and after {@code maxReceiveCount} dead-lettered. Nothing is
 * swallowed.
 */
public final class PointsAccrualService {

    private static final String LOGGER = "PointsAccrual";

    private final Accrual accrual;
    private final MemberRepository members;
    private final OrderRepository orders;
    private final LedgerRepository ledger;
    private final LedgerWriter writer;
    private final EventPublisher publisher;
    private final ConflictRetry retry;
    private final JsonLog log;

    PointsAccrualService(Accrual accrual, MemberRepository members, OrderRepository orders, LedgerRepository ledger,
                         LedgerWriter writer, EventPublisher publisher, ConflictRetry retry, JsonLog log) {
        this.accrual = Objects.requireNonNull(accrual, "accrual");
        this.members = Objects.requireNonNull(members, "members");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Applies the EventBridge event in an SQS message body.
     *
     * @throws InvalidEventException      the body is not a valid OrderPlaced or OrderRefunded event (permanent)
     * @throws RejectedEventException     the programme will never apply it (permanent)
     * @throws ConcurrentUpdateException  every attempt lost a race (transient)
     */
    public void handle(String messageBody) {
        Publications publications = new Publications();
        apply(messageBody, publications);
        publish(publications);
    }

    /**
     * Decides and commits the event in an SQS message body, and adds the events to announce to {@code publications}
     * (which {@link #publish} must then put out: until it does, they wait in their entries' outboxes).
     *
     * @throws InvalidEventException      the body is not a valid OrderPlaced or OrderRefunded event (permanent)
     * @throws RejectedEventException     the programme will never apply it (permanent)
     * @throws ConcurrentUpdateException  every attempt lost a race (transient)
     */
    public void apply(String messageBody, Publications publications) {
        Envelope<EventDetail> event = EventCodec.fromEventJson(messageBody); // the envelope schema requires id and time
        Cause cause = new Cause(event.id(), event.time());
        if (event.detail() instanceof OrderPlaced placed) {
            applyOrder(placed, cause, publications);
        } else if (event.detail() instanceof OrderRefunded refunded) {
            applyRefund(refunded, cause, publications).rejection().ifPresent(message -> {
                throw new RejectedEventException(message);
            });
        } else {
            throw new IllegalArgumentException("points-accrual consumes OrderPlaced and OrderRefunded, not " + event.detailType());
        }
    }

    private void applyOrder(OrderPlaced placed, Cause cause, Publications publications) {
        Order order = StorefrontEvents.order(placed);
        boolean[] refundsParked = {false};
        boolean firstCommit = retry.run("order " + order.orderId(), () -> {
            StoredMember member = members.findOrNew(order.memberId());
            AccrualOutcome outcome = accrual.onOrder(member.state(), order);
            if (outcome instanceof AccrualOutcome.Rejected rejected) {
                throw new RejectedEventException(rejected.message());
            }
            AccrualOutcome.Applied applied = (AccrualOutcome.Applied) outcome;
            OutgoingEvent event = LoyaltyEvents.pointsAccrued(applied, placed, cause);
            switch (writer.commit(applied, member.version(), 0, event, !refundsParked[0])) {
                case COMMITTED:
                    publications.add(applied.entry().memberId(), applied.entry().entryId(), event);
                    return Optional.of(true);
                case DUPLICATE:
                    publishPending(applied.entry().memberId(), applied.entry().entryId(), publications);
                    return Optional.of(false);
                case ACCOUNT_EXISTS:
                    requireSameMember(order);
                    publishPending(applied.entry().memberId(), applied.entry().entryId(), publications);
                    return Optional.of(false);
                case REFUNDS_PARKED:
                    refundsParked[0] = true; // the next attempt commits without the check; then they are applied
                    return Optional.empty();
                default:
                    return Optional.empty();
            }
        });
        // Applied now with nothing parked for it: no refund can be waiting (parking requires the order's absence).
        // Otherwise (refunds parked, or an earlier delivery that may have died before applying them) look.
        if (!firstCommit || refundsParked[0]) {
            applyParkedRefunds(order.orderId(), cause, publications);
        }
    }


    /** An order's account exists but the entry for this member does not: the order id is someone else's. */
    private void requireSameMember(Order order) {
        orders.account(order.orderId()).map(StoredAccount::account)
                .filter(account -> !account.memberId().equals(order.memberId()))
                .ifPresent(account -> {
                    throw new RejectedEventException("order " + order.orderId() + " names member " + order.memberId()
                            + " but was already applied for member " + account.memberId()
                            + " (order ids must be unique across storefronts)");
                });
    }

    private RefundResult applyRefund(OrderRefunded refunded, Cause cause, Publications publications) {
        Refund refund = StorefrontEvents.refund(refunded);
        return retry.run("refund " + refund.refundId(), () -> {
            Optional<StoredAccount> account = orders.account(refund.orderId());
            if (account.isEmpty()) {
                return park(refunded, cause);
            }
            StoredMember member = members.findOrNew(refund.memberId());
            AccrualOutcome outcome = accrual.onRefund(member.state(), Optional.of(account.get().account()), refund);
            if (outcome instanceof AccrualOutcome.Rejected rejected) {
                return Optional.of(RefundResult.rejected(rejected.message()));
            }
            AccrualOutcome.Applied applied = (AccrualOutcome.Applied) outcome;
            OutgoingEvent event = LoyaltyEvents.pointsReversed(applied, account.get().account(), refunded, cause);
            switch (writer.commit(applied, member.version(), account.get().version(), event)) {
                case COMMITTED:
                    publications.add(applied.entry().memberId(), applied.entry().entryId(), event);
                    return Optional.of(RefundResult.DONE);
                case DUPLICATE:
                    publishPending(applied.entry().memberId(), applied.entry().entryId(), publications);
                    return Optional.of(RefundResult.DONE);
                default:
                    return Optional.empty();
            }
        });
    }

    private Optional<RefundResult> park(OrderRefunded refunded, Cause cause) {
        ParkedRefund parked = ParkedRefund.waiting(refunded.orderId(), refunded.refundId(), refunded.memberId(),
                EventCodec.toDetailJson(refunded), cause.eventId());
        switch (orders.park(parked)) {
            case PARKED:
                log.warn(LOGGER, "refund parked until its order is applied", refundFields(refunded.orderId(), refunded.refundId()));
                return Optional.of(RefundResult.DONE);
            case ALREADY_RECORDED:
                return Optional.of(RefundResult.DONE);
            default:
                return Optional.empty(); // the order was applied meanwhile, or a conflict: read again
        }
    }

    /**
     * Applies the refunds parked for an order that has just been applied (or delivered again), and publishes the
     * events of those an earlier delivery applied but died before announcing: a parked refund has no message of its
     * own, so its order's message carries it to the end. A parked refund the order contradicts is marked rejected,
     * with the reason, and logged: it must not hold its order's message hostage.
     */
    private void applyParkedRefunds(String orderId, Cause orderCause, Publications publications) {
        for (ParkedRefund parked : orders.refundsParkedFor(orderId)) {
            if (parked.status() == ParkedRefund.Status.APPLIED) {
                publishPending(parked.memberId(), parked.entryId(), publications);
            } else if (parked.status() == ParkedRefund.Status.PARKED) {
                applyParked(parked, orderCause, publications);
            }
        }
    }

    private void applyParked(ParkedRefund parked, Cause orderCause, Publications publications) {
        OrderRefunded refunded;
        try {
            refunded = EventCodec.fromDetailJson(OrderRefunded.class, parked.detailJson());
            StorefrontEvents.refund(refunded); // checks it converts, as applyRefund will
        } catch (IllegalArgumentException e) { // the stored detail itself is invalid: it can never be applied
            reject(parked, e.getMessage());
            return;
        }
        // Anything else that fails here (a programme changed under it, an outgoing event its schema refuses, DynamoDB)
        // throws: the order's message is retried and dead-lettered with the reason, and the refund stays parked.
        applyRefund(refunded, new Cause(parked.causationId(), orderCause.time()), publications).rejection()
                .ifPresent(reason -> reject(parked, reason));
    }

    /** A parked refund its order contradicts (another member, another currency): kept with the reason, never applied. */
    private void reject(ParkedRefund parked, String reason) {
        orders.markRejected(parked.orderId(), parked.refundId(), reason);
        Map<String, Object> fields = refundFields(parked.orderId(), parked.refundId());
        fields.put("reason", reason);
        log.error(LOGGER, "parked refund rejected when its order was applied", fields);
    }

    /**
     * Puts the events on the bus (one PutEvents per 10), then empties their entries' outboxes (one transaction per
     * 100). A publishing failure throws, leaving the outboxes as they were: the next delivery of the records that
     * brought the events publishes them (again, at worst). A failure to empty the outboxes is only logged.
     */
    public void publish(Publications publications) {
        if (publications.isEmpty()) return;
        publisher.publish(publications.events());
        try {
            ledger.clearOutboxes(publications.entries());
        } catch (RuntimeException e) {
            // The events are out; a full outbox only means a later redelivery would publish them again, which
            // consumers dedupe. Failing the records now would make that happen at once, for the whole batch.
            log.warn(LOGGER, "published events' outboxes not emptied", Map.of("entries", publications.entries().size(),
                    "errorType", e.getClass().getName(), "error", String.valueOf(e.getMessage())));
        }
    }

    /** The entry exists: publish its event if an earlier delivery did not get that far. */
    private void publishPending(String memberId, String entryId, Publications publications) {
        ledger.pendingEvent(memberId, entryId).ifPresent(event -> publications.add(memberId, entryId, event));
    }

    private static Map<String, Object> refundFields(String orderId, String refundId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("orderId", orderId);
        fields.put("refundId", refundId);
        return fields;
    }

    /** What became of a refund: applied (now or by an earlier delivery) or parked; or rejected, with the reason. */
    private record RefundResult(Optional<String> rejection) {
        static final RefundResult DONE = new RefundResult(Optional.empty());

        static RefundResult rejected(String reason) {
            return new RefundResult(Optional.of(reason));
        }
    }
}
