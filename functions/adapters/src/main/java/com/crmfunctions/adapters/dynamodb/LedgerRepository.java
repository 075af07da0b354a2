package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.s;

import com.crmfunctions.adapters.OutgoingEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reads a member's ledger page by page, and empties the outbox of an entry once its event is out. */
public final class LedgerRepository {

    /** The most entries one page may hold. */
    public static final int MAX_PAGE_SIZE = 100;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public LedgerRepository(DynamoDbClient dynamoDb, LoyaltyTables tables) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = tables.ledger();
    }

    /**
     * One page of {@code memberId}'s entries in entry-id order, starting after {@code cursor} (from the previous
     * page's {@link LedgerPage#next()}). Each call is one query: its {@code LastEvaluatedKey} becomes the next
     * cursor, so nothing is lost when DynamoDB ends a page early at 1 MB.
     *
     * @param limit 1 to {@value #MAX_PAGE_SIZE}
     * @throws LedgerCursor.InvalidCursorException when the cursor is not one this service wrote
     */
    public LedgerPage page(String memberId, int limit, Optional<String> cursor) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE_SIZE + ", was " + limit);
        }
        Optional<Map<String, AttributeValue>> start = cursor.map(LedgerCursor::decode)
                .map(entryId -> LedgerItems.key(memberId, entryId));
        QueryResponse response = dynamoDb.query(r -> r.tableName(table).consistentRead(true).limit(limit)
                .keyConditionExpression("#m = :m")
                .expressionAttributeNames(Map.of("#m", LedgerItems.MEMBER_ID))
                .expressionAttributeValues(Map.of(":m", s(memberId)))
                .exclusiveStartKey(start.orElse(null)));
        Optional<String> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Optional.of(LedgerCursor.encode(response.lastEvaluatedKey().get(LedgerItems.ENTRY_ID).s()))
                : Optional.empty();
        return new LedgerPage(response.items().stream().map(LedgerItems::toLine).toList(), next);
    }

    /** The event an entry's outbox still holds; empty once it was published (or when there is no such entry). */
    public Optional<OutgoingEvent> pendingEvent(String memberId, String entryId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(LedgerItems.key(memberId, entryId))
                .projectionExpression("#e, #o")
                .expressionAttributeNames(Map.of("#e", LedgerItems.ENTRY_ID, "#o", LedgerItems.OUTBOX))).item();
        return item == null || item.isEmpty() ? Optional.empty() : LedgerItems.pendingEvent(item);
    }

    /** A ledger entry's key. */
    public record EntryKey(String memberId, String entryId) {}

    /** DynamoDB's limit on the actions of one transaction. */
    static final int MAX_TRANSACTION_ACTIONS = 100;

    /**
     * Empties the outboxes of entries whose events have been published: one request per 100 entries (a transaction
     * of removals, each on condition that its entry exists), instead of one per entry.
     */
    public void clearOutboxes(List<EntryKey> entries) {
        for (int from = 0; from < entries.size(); from += MAX_TRANSACTION_ACTIONS) {
            List<TransactWriteItem> removals = entries.subList(from, Math.min(entries.size(), from + MAX_TRANSACTION_ACTIONS)).stream()
                    .map(entry -> TransactWriteItem.builder().update(u -> u.tableName(table)
                            .key(LedgerItems.key(entry.memberId(), entry.entryId()))
                            .updateExpression("REMOVE #o")
                            .conditionExpression("attribute_exists(#e)")
                            .expressionAttributeNames(Map.of("#o", LedgerItems.OUTBOX, "#e", LedgerItems.ENTRY_ID))).build())
                    .toList();
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(removals));
            } catch (TransactionCanceledException e) {
                throw new IllegalStateException("the outboxes of " + entries.size() + " ledger entries could not be emptied: "
                        + e.cancellationReasons(), e);
            }
        }
    }
}
