package com.crmfunctions.bench.accrual;

import com.crmfunctions.wiring.CrmWiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The transaction points-accrual commits for an order, without points-accrual: the ceiling its throughput is
 * measured against. Three writes, as {@code LedgerWriter} makes them for an order:
 * <ol>
 *   <li>Put the ledger entry {@code order#<orderId>} if {@code attribute_not_exists(entryId)}, with the event in its
 *       {@code outbox};</li>
 *   <li>Update the member's loyalty attributes (SET each), if {@code loyaltyVersion} is the one expected (absent for
 *       the member's first order), bumping it;</li>
 *   <li>Put the order's account ({@code <orderId>} / {@code order}) if {@code attribute_not_exists(recordId)}.</li>
 * </ol>
 * The items are copies of those points-accrual wrote for a real order (read back, with the event it published put
 * back in the outbox it emptied), with the keys changed: both sides write the same bytes to the same tables and
 * indexes. Key and attribute names are the item layout of the points-accrual README.
 */
final class RawOrderCommit {

    private static final String MEMBER_ID = "memberId";
    private static final String ENTRY_ID = "entryId";
    private static final String BUSINESS_KEY = "businessKey";
    private static final String ORDER_ID = "orderId";
    private static final String RECORD_ID = "recordId";
    private static final String ACCOUNT_RECORD = "order";
    private static final String VERSION = "loyaltyVersion";
    private static final String OUTBOX = "outbox";

    private final Map<String, AttributeValue> ledgerItem;
    private final Map<String, AttributeValue> orderItem;
    private final String memberUpdate;
    private final Map<String, String> memberNames;
    private final Map<String, AttributeValue> memberValues;

    private RawOrderCommit(Map<String, AttributeValue> ledgerItem, Map<String, AttributeValue> memberItem,
                           Map<String, AttributeValue> orderItem) {
        this.ledgerItem = Map.copyOf(ledgerItem);
        this.orderItem = Map.copyOf(orderItem);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> set = new ArrayList<>();
        memberItem.forEach((attribute, value) -> {
            if (attribute.equals(MEMBER_ID) || attribute.equals(VERSION)) return;
            int i = set.size();
            names.put("#a" + i, attribute);
            values.put(":a" + i, value);
            set.add("#a" + i + " = :a" + i);
        });
        names.put("#v", VERSION);
        set.add("#v = :next");
        this.memberUpdate = "SET " + String.join(", ", set);
        this.memberNames = Map.copyOf(names);
        this.memberValues = Map.copyOf(values);
    }

    /**
     * Copies the items points-accrual wrote for {@code orderId} of {@code memberId}.
     *
     * @param outbox the outbox the entry held until its event was published
     */
    static RawOrderCommit copying(DynamoDbClient dynamoDb, String memberId, String orderId, Map<String, AttributeValue> outbox) {
        Map<String, AttributeValue> ledger = new HashMap<>(read(dynamoDb, CrmWiring.LEDGER,
                Map.of(MEMBER_ID, s(memberId), ENTRY_ID, s(entryId(orderId)))));
        ledger.putIfAbsent(OUTBOX, AttributeValue.fromM(outbox));
        return new RawOrderCommit(ledger, read(dynamoDb, CrmWiring.MEMBERS, Map.of(MEMBER_ID, s(memberId))),
                read(dynamoDb, CrmWiring.ORDERS, Map.of(ORDER_ID, s(orderId), RECORD_ID, s(ACCOUNT_RECORD))));
    }

    /** The commit of order {@code orderId} of {@code memberId}, whose item is at {@code memberVersion} (0: absent). */
    TransactWriteItemsRequest request(String memberId, String orderId, long memberVersion) {
        Map<String, AttributeValue> ledger = new HashMap<>(ledgerItem);
        ledger.put(MEMBER_ID, s(memberId));
        ledger.put(ENTRY_ID, s(entryId(orderId)));
        ledger.put(BUSINESS_KEY, s(entryId(orderId)));
        ledger.put(ORDER_ID, s(orderId));
        Map<String, AttributeValue> order = new HashMap<>(orderItem);
        order.put(ORDER_ID, s(orderId));
        order.put(MEMBER_ID, s(memberId));
        Map<String, AttributeValue> values = new HashMap<>(memberValues);
        values.put(":next", AttributeValue.fromN(Long.toString(memberVersion + 1)));
        if (memberVersion > 0) values.put(":expected", AttributeValue.fromN(Long.toString(memberVersion)));
        return TransactWriteItemsRequest.builder().transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(CrmWiring.LEDGER).item(ledger)
                        .conditionExpression("attribute_not_exists(#e)").expressionAttributeNames(Map.of("#e", ENTRY_ID))).build(),
                TransactWriteItem.builder().update(u -> u.tableName(CrmWiring.MEMBERS).key(Map.of(MEMBER_ID, s(memberId)))
                        .updateExpression(memberUpdate)
                        .conditionExpression(memberVersion > 0 ? "#v = :expected" : "attribute_not_exists(#v)")
                        .expressionAttributeNames(memberNames).expressionAttributeValues(values)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(CrmWiring.ORDERS).item(order)
                        .conditionExpression("attribute_not_exists(#r)").expressionAttributeNames(Map.of("#r", RECORD_ID))).build())
                .build();
    }

    private static Map<String, AttributeValue> read(DynamoDbClient dynamoDb, String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            throw new IllegalStateException("points-accrual wrote no item " + key + " in table " + table);
        }
        return item;
    }

    private static String entryId(String orderId) {
        return "order#" + orderId;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
