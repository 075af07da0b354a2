package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.s;

import com.crmfunctions.adapters.OutgoingEvent;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

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

    /** Empties the outbox of an entry whose event has been published. */
    public void clearOutbox(String memberId, String entryId) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(LedgerItems.key(memberId, entryId))
                    .updateExpression("REMOVE #o")
                    .conditionExpression("attribute_exists(#e)")
                    .expressionAttributeNames(Map.of("#o", LedgerItems.OUTBOX, "#e", LedgerItems.ENTRY_ID)));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("ledger entry " + entryId + " of member " + memberId + " does not exist", e);
        }
    }
}
