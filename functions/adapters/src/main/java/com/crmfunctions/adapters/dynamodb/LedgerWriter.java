package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.n;
import static com.crmfunctions.adapters.dynamodb.Attributes.s;

import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.loyalty.AccrualOutcome;
import com.crmfunctions.loyalty.LedgerEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Writes what applying an order or a refund decided ({@link AccrualOutcome.Applied}) in ONE
 * {@code TransactWriteItems}:
 * <ol>
 *   <li>the ledger entry, on condition that its id is new ({@code attribute_not_exists(entryId)}), with the event
 *       that announces it in its outbox ({@link LedgerItems});</li>
 *   <li>the member's loyalty attributes, on condition that {@value MemberItems#VERSION} is the one read (absent for
 *       a member without loyalty state), which it bumps;</li>
 *   <li>the order's account: created for an order (on condition that it does not exist), rewritten for a refund
 *       (on condition that its version is the one read);</li>
 *   <li>for a refund, its record in the orders table set to {@code applied} with its entry id (a parked refund's
 *       record keeps its detail);</li>
 *   <li>for an order, unless told otherwise, the check that no refund is parked for it (its marker is absent).</li>
 * </ol>
 * Either all of it happens or none, so the balance is always the sum of the ledger.
 */
public final class LedgerWriter {

    private final DynamoDbClient dynamoDb;
    private final LoyaltyTables tables;

    public LedgerWriter(DynamoDbClient dynamoDb, LoyaltyTables tables) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * @param memberVersion  the member's version as read (0: no loyalty state yet)
     * @param accountVersion the account's version as read; 0 for an order, whose account is new
     * @param event          the event announcing the entry, kept in its outbox until published
     */
    public CommitResult commit(AccrualOutcome.Applied applied, long memberVersion, long accountVersion, OutgoingEvent event) {
        return commit(applied, memberVersion, accountVersion, event, accountVersion == 0);
    }

    /**
     * @param requireNothingParked for an order: also require that no refund is parked for it (its marker is absent),
     *                             else {@link CommitResult#REFUNDS_PARKED} and nothing is written; pass {@code false}
     *                             once that answer came, to commit and then apply them
     */
    public CommitResult commit(AccrualOutcome.Applied applied, long memberVersion, long accountVersion, OutgoingEvent event,
                               boolean requireNothingParked) {
        LedgerEntry entry = applied.entry();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(p -> p.tableName(tables.ledger())
                .item(LedgerItems.toItem(entry, applied.member().balance(), event))
                .conditionExpression("attribute_not_exists(#e)")
                .expressionAttributeNames(Map.of("#e", LedgerItems.ENTRY_ID))).build());
        items.add(TransactWriteItem.builder().update(memberUpdate(applied, memberVersion)).build());
        items.add(TransactWriteItem.builder().put(p -> p.tableName(tables.orders())
                .item(OrderAccountItems.toItem(applied.order(), accountVersion + 1))
                .conditionExpression(accountVersion == 0 ? "attribute_not_exists(#r)" : "#v = :v")
                .expressionAttributeNames(accountVersion == 0 ? Map.of("#r", OrderAccountItems.RECORD_ID)
                        : Map.of("#v", OrderAccountItems.VERSION))
                .expressionAttributeValues(accountVersion == 0 ? null : Map.of(":v", n(accountVersion)))).build());
        int markerCheck = -1;
        if (accountVersion == 0 && requireNothingParked) {
            markerCheck = items.size();
            items.add(TransactWriteItem.builder().conditionCheck(c -> c.tableName(tables.orders())
                    .key(OrderRepository.parkedMarkerKey(applied.order().orderId()))
                    .conditionExpression("attribute_not_exists(#r)")
                    .expressionAttributeNames(Map.of("#r", OrderAccountItems.RECORD_ID))).build());
        }
        if (entry.basis() instanceof LedgerEntry.Reversed reversed) {
            items.add(TransactWriteItem.builder().update(u -> u.tableName(tables.orders())
                    .key(OrderRepository.key(reversed.orderId(), reversed.refundId()))
                    .updateExpression("SET #s = :applied, #rid = :rid, #m = :m, #e = :e")
                    .expressionAttributeNames(Map.of("#s", OrderRepository.STATUS, "#rid", OrderRepository.REFUND_ID,
                            "#m", OrderRepository.MEMBER_ID, "#e", OrderRepository.ENTRY_ID))
                    .expressionAttributeValues(Map.of(":applied", s(OrderRepository.APPLIED), ":rid", s(reversed.refundId()),
                            ":m", s(entry.memberId()), ":e", s(entry.entryId())))).build());
        }
        try {
            dynamoDb.transactWriteItems(r -> r.transactItems(items));
            return CommitResult.COMMITTED;
        } catch (TransactionCanceledException e) {
            Cancellation cancellation = Cancellation.of(e, "writing ledger entry " + entry.entryId() + " of member " + entry.memberId());
            if (cancellation.conditionFailed(0)) {
                return CommitResult.DUPLICATE;
            }
            if (accountVersion == 0 && cancellation.conditionFailed(2)) {
                return CommitResult.ACCOUNT_EXISTS;
            }
            if (markerCheck >= 0 && cancellation.conditionFailed(markerCheck)) {
                return CommitResult.REFUNDS_PARKED;
            }
            return CommitResult.CONFLICT;
        }
    }

    /** SET the member's loyalty attributes that have a value, REMOVE the others, bump the version. */
    private Update memberUpdate(AccrualOutcome.Applied applied, long expectedVersion) {
        Map<String, AttributeValue> attributes = MemberItems.attributes(applied.member());
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (int i = 0; i < MemberItems.STATE_ATTRIBUTES.size(); i++) {
            String attribute = MemberItems.STATE_ATTRIBUTES.get(i);
            names.put("#a" + i, attribute);
            if (attributes.containsKey(attribute)) {
                set.add("#a" + i + " = :a" + i);
                values.put(":a" + i, attributes.get(attribute));
            } else {
                remove.add("#a" + i);
            }
        }
        names.put("#v", MemberItems.VERSION);
        set.add("#v = :next");
        values.put(":next", n(expectedVersion + 1));
        String condition = "attribute_not_exists(#v)";
        if (expectedVersion > 0) {
            condition = "#v = :expected";
            values.put(":expected", n(expectedVersion));
        }
        String expression = "SET " + String.join(", ", set) + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        return Update.builder().tableName(tables.members())
                .key(Map.of(MemberItems.MEMBER_ID, s(applied.member().memberId())))
                .updateExpression(expression)
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build();
    }

    /** What {@link #commit} did. */
    public enum CommitResult {
        /** Everything was written. */
        COMMITTED,
        /** The entry already exists: the event was applied before; nothing was written. */
        DUPLICATE,
        /** An order's account exists although its entry for this member does not: the order id is another member's. */
        ACCOUNT_EXISTS,
        /** Refunds are parked for the order (nothing was written): commit again without the check, then apply them. */
        REFUNDS_PARKED,
        /** The member or the account changed since they were read (or a concurrent transaction): read again and retry. */
        CONFLICT
    }
}
