package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.s;

import com.crmfunctions.loyalty.LedgerEntry;
import com.crmfunctions.loyalty.OrderAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The {@code orders} table: per order ({@code orderId}), its account (record {@value OrderAccountItems#ACCOUNT_RECORD},
 * {@link OrderAccountItems}) and one record per refund ({@code refund#<refundId>}).
 *
 * <p>A refund record has {@code refundId}, {@code memberId} and {@code status}: {@code parked} (it arrived before its
 * order; {@code detail} holds its OrderRefunded detail JSON and {@code causationId} the id of the event that brought
 * it), {@code applied} (with its ledger {@code entryId}; written in the refund's own transaction, see
 * {@link LedgerWriter}) or {@code rejected} (with the {@code rejection} message). Parking and applying an order
 * exclude each other: a refund is parked only on condition that the order's account does not exist, in one
 * transaction that also writes the order's {@link #parkedMarkerKey parked marker}; the order's own transaction
 * requires the marker to be absent, so an order applied meanwhile always learns of the refunds parked before it.
 */
public final class OrderRepository {

    static final String PARKED_MARKER = "parked";
    static final String STATUS = "status";
    static final String PARKED = "parked";
    static final String APPLIED = "applied";
    static final String REJECTED = "rejected";
    static final String REFUND_ID = "refundId";
    static final String MEMBER_ID = "memberId";
    static final String ENTRY_ID = "entryId";
    private static final String DETAIL = "detail";
    private static final String CAUSATION_ID = "causationId";
    private static final String REJECTION = "rejection";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public OrderRepository(DynamoDbClient dynamoDb, LoyaltyTables tables) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = tables.orders();
    }

    /** The record id of a refund among its order's records: {@code refund#<refundId>}, like its ledger entry. */
    public static String refundRecordId(String refundId) {
        return LedgerEntry.refundEntryId(refundId);
    }

    /** The account of an applied order and its version; empty while the order has not been applied. */
    public Optional<StoredAccount> account(String orderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(OrderAccountItems.key(orderId))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredAccount(OrderAccountItems.fromItem(item), OrderAccountItems.version(item)));
    }

    /**
     * Parks a refund whose order has not been applied, in one transaction with the check that the order's
     * account still does not exist.
     */
    public ParkResult park(ParkedRefund refund) {
        if (refund.status() != ParkedRefund.Status.PARKED) {
            throw new IllegalArgumentException("refund " + refund.refundId() + " is " + refund.status() + ", not waiting to be parked");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(refund.orderId(), refund.refundId()));
        item.put(REFUND_ID, s(refund.refundId()));
        item.put(MEMBER_ID, s(refund.memberId()));
        item.put(STATUS, s(PARKED));
        item.put(DETAIL, s(refund.detailJson()));
        item.put(CAUSATION_ID, s(refund.causationId()));
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(OrderAccountItems.key(refund.orderId()))
                        .conditionExpression("attribute_not_exists(#r)")
                        .expressionAttributeNames(Map.of("#r", OrderAccountItems.RECORD_ID))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(#r)")
                        .expressionAttributeNames(Map.of("#r", OrderAccountItems.RECORD_ID))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(parkedMarkerKey(refund.orderId()))).build());
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(items));
            return ParkResult.PARKED;
        } catch (TransactionCanceledException e) {
            Cancellation cancellation = Cancellation.of(e, "parking refund " + refund.refundId());
            if (cancellation.conditionFailed(0)) {
                return ParkResult.ORDER_APPLIED;
            }
            return cancellation.conditionFailed(1) ? ParkResult.ALREADY_RECORDED : ParkResult.CONFLICT;
        }
    }

    /**
     * Every refund that was parked for {@code orderId}, whatever became of it since (still parked, applied,
     * rejected): the query is paginated to the end.
     */
    public List<ParkedRefund> refundsParkedFor(String orderId) {
        return dynamoDb.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("#o = :o AND begins_with(#r, :refund)")
                        .filterExpression("attribute_exists(#d)")
                        .expressionAttributeNames(Map.of("#o", OrderAccountItems.ORDER_ID, "#r", OrderAccountItems.RECORD_ID,
                                "#d", DETAIL))
                        .expressionAttributeValues(Map.of(":o", s(orderId), ":refund", s(refundRecordId("")))))
                .items().stream()
                .map(item -> {
                    Attributes.Reader read = Attributes.of(item, "parked refund of order " + orderId);
                    return new ParkedRefund(orderId, read.string(REFUND_ID), read.string(MEMBER_ID), read.string(DETAIL),
                            read.string(CAUSATION_ID), ParkedRefund.Status.of(read.string(STATUS)));
                })
                .toList();
    }

    /**
     * Marks a parked refund that its order turned out to contradict (another member, another currency): it
     * stays in the table with the reason and is never applied.
     */
    public void markRejected(String orderId, String refundId, String rejection) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(key(orderId, refundId))
                    .updateExpression("SET #s = :rejected, #why = :why")
                    .conditionExpression("#s = :parked")
                    .expressionAttributeNames(Map.of("#s", STATUS, "#why", REJECTION))
                    .expressionAttributeValues(Map.of(":rejected", s(REJECTED), ":why", s(rejection), ":parked", s(PARKED))));
        } catch (ConditionalCheckFailedException e) {
            // Applied or rejected by a concurrent delivery of the same order meanwhile: nothing left to mark.
        }
    }

    /**
     * The record that says "a refund waits for this order" ({@code recordId} = {@value #PARKED_MARKER}), written with
     * every parked refund. The order's transaction checks that it is absent, so an order with nothing parked for it
     * (nearly all) needs no query for parked refunds; see {@link LedgerWriter#commit}.
     */
    static Map<String, AttributeValue> parkedMarkerKey(String orderId) {
        return Map.of(OrderAccountItems.ORDER_ID, s(orderId), OrderAccountItems.RECORD_ID, s(PARKED_MARKER));
    }

    static Map<String, AttributeValue> key(String orderId, String refundId) {
        return Map.of(OrderAccountItems.ORDER_ID, s(orderId), OrderAccountItems.RECORD_ID, s(refundRecordId(refundId)));
    }

    /** What {@link #park} did. */
    public enum ParkResult {
        /** The refund is parked until its order is applied. */
        PARKED,
        /** The refund was already recorded (parked by an earlier delivery): nothing to do. */
        ALREADY_RECORDED,
        /** The order's account exists now: apply the refund instead. */
        ORDER_APPLIED,
        /** A concurrent transaction on the same items: try again. */
        CONFLICT
    }

    /** An account as stored, with its version for the conditional rewrite. */
    public record StoredAccount(OrderAccount account, long version) {}

    /**
     * A refund that arrived before its order.
     *
     * @param detailJson  the OrderRefunded detail as received
     * @param causationId the id of the EventBridge event that brought it
     * @param status      what became of it
     */
    public record ParkedRefund(String orderId, String refundId, String memberId, String detailJson, String causationId,
                               Status status) {

        public ParkedRefund {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(refundId, "refundId");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(detailJson, "detailJson");
            Objects.requireNonNull(causationId, "causationId");
            Objects.requireNonNull(status, "status");
        }

        /** A refund waiting for its order, as {@link #park} stores it. */
        public static ParkedRefund waiting(String orderId, String refundId, String memberId, String detailJson, String causationId) {
            return new ParkedRefund(orderId, refundId, memberId, detailJson, causationId, Status.PARKED);
        }

        /** The ledger entry the refund has (once applied): {@code refund#<refundId>}. */
        public String entryId() {
            return LedgerEntry.refundEntryId(refundId);
        }

        /** The {@code status} attribute of a refund record. */
        public enum Status {
            /** Waiting for its order. */
            PARKED,
            /** Applied in its own transaction, right after its order. */
            APPLIED,
            /** Its order contradicts it; never applied. */
            REJECTED;

            static Status of(String status) {
                switch (status) {
                    case OrderRepository.PARKED: return PARKED;
                    case OrderRepository.APPLIED: return APPLIED;
                    case OrderRepository.REJECTED: return REJECTED;
                    default: throw new IllegalStateException("refund record: unknown status " + status);
                }
            }
        }
    }
}
