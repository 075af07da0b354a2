package com.crmfunctions.functions.churn;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Reads one segment of a parallel scan of the members table, page by page (each page at most {@code pageSize} items
 * and 1 MB), handing each page over before the next is read: memory holds one page, whatever the table's size.
 * Eventually consistent reads (half the cost): the score writes check what they depend on in their conditions.
 */
final class MemberScan {

    /** Takes one page; answers whether to read on. */
    @FunctionalInterface
    interface Pages {
        boolean accept(List<Map<String, AttributeValue>> items);
    }

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final int pageSize;

    MemberScan(DynamoDbClient dynamoDb, String table, int pageSize) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.pageSize = pageSize;
    }

    /** The table's item count as DynamoDB reports it (refreshed about every six hours). */
    long itemCount() {
        Long count = dynamoDb.describeTable(r -> r.tableName(table)).table().itemCount();
        return count == null ? 0 : count;
    }

    /**
     * Reads segment {@code segment} of {@code total}, after member {@code startAfter} if given, until it ends or
     * {@code pages} answers no.
     *
     * @return the member after which reading stopped early; empty when the segment was read to its end
     */
    Optional<String> segment(int segment, int total, Optional<String> startAfter, Pages pages) {
        Map<String, AttributeValue> start = startAfter.map(id -> Map.of(ScoreItems.MEMBER_ID, AttributeValue.fromS(id)))
                .orElse(null);
        while (true) {
            ScanRequest.Builder request = ScanRequest.builder().tableName(table).segment(segment).totalSegments(total)
                    .limit(pageSize);
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            ScanResponse page = dynamoDb.scan(request.build());
            boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
            boolean readOn = pages.accept(page.items());
            if (!more) {
                return Optional.empty();
            }
            start = page.lastEvaluatedKey();
            if (!readOn) {
                return Optional.of(start.get(ScoreItems.MEMBER_ID).s());
            }
        }
    }
}
