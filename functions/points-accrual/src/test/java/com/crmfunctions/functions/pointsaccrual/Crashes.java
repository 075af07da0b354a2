package com.crmfunctions.functions.pointsaccrual;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Planned crashes of a points-accrual worker, each once, keyed by ledger entry id: the function "dies" (throws
 * out of the handler, so its message is not acknowledged and comes back after the visibility timeout) just
 * before its transaction, just after it, just before publishing, or after publishing but before emptying the
 * outbox. Thread-safe: the local cloud runs several workers.
 */
final class Crashes {

    /** Where a worker dies. */
    enum Point { BEFORE_COMMIT, AFTER_COMMIT, BEFORE_PUBLISH, BEFORE_OUTBOX_CLEARED }

    private final Set<String> planned = ConcurrentHashMap.newKeySet();
    private final AtomicInteger happened = new AtomicInteger();

    void plan(Point point, String entryId) {
        planned.add(point + " " + entryId);
    }

    int happened() {
        return happened.get();
    }

    private void maybeCrash(Point point, String entryId) {
        if (entryId != null && planned.remove(point + " " + entryId)) {
            happened.incrementAndGet();
            throw new SimulatedCrash(point + " of " + entryId);
        }
    }

    DynamoDbClient dynamoDb(DynamoDbClient delegate) {
        return new DynamoDbClient() {
            @Override
            public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
                String entryId = request.transactItems().stream().map(TransactWriteItem::put)
                        .filter(put -> put != null && put.item().containsKey("entryId") && put.item().containsKey("points"))
                        .map(put -> put.item().get("entryId").s()).findFirst().orElse(null);
                request.transactItems().stream().map(TransactWriteItem::update)
                        .filter(update -> update != null && update.updateExpression().startsWith("REMOVE") && update.key().containsKey("entryId"))
                        .forEach(update -> maybeCrash(Point.BEFORE_OUTBOX_CLEARED, update.key().get("entryId").s()));
                maybeCrash(Point.BEFORE_COMMIT, entryId);
                TransactWriteItemsResponse response = delegate.transactWriteItems(request);
                maybeCrash(Point.AFTER_COMMIT, entryId);
                return response;
            }

            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                return delegate.getItem(request);
            }

            @Override
            public QueryResponse query(QueryRequest request) {
                return delegate.query(request);
            }

            @Override
            public String serviceName() {
                return delegate.serviceName();
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    EventBridgeClient eventBridge(EventBridgeClient delegate) {
        return new EventBridgeClient() {
            @Override
            public PutEventsResponse putEvents(PutEventsRequest request) {
                request.entries().forEach(entry -> maybeCrash(Point.BEFORE_PUBLISH, entryIdOf(entry.detail())));
                return delegate.putEvents(request);
            }

            @Override
            public String serviceName() {
                return delegate.serviceName();
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    /** The ledger entry id an event detail announces ({@code "entryId":"order#o-1"}). */
    private static String entryIdOf(String detail) {
        int start = detail.indexOf("\"entryId\":\"");
        if (start < 0) {
            return null;
        }
        start += "\"entryId\":\"".length();
        return detail.substring(start, detail.indexOf('"', start));
    }

    /** The worker died here. */
    /**
     * An Error, not an exception: a dying worker is not a failure the function handles (as it handles a failure to
     * empty an outbox, by logging it); it ends the invocation, and none of the batch is acknowledged.
     */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String message) {
            super("simulated crash " + message);
        }
    }
}
