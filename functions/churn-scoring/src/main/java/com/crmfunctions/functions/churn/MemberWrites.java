package com.crmfunctions.functions.churn;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Conditional updates of member items' score attributes ({@link ScoreItems}), and consistent re-reads. */
final class MemberWrites {

    private final DynamoDbClient dynamoDb;
    private final String table;

    MemberWrites(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Applies the update; false when its condition did not hold (nothing was written). */
    boolean update(String memberId, ScoreItems.Update update) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(key(memberId))
                    .updateExpression(update.expression())
                    .conditionExpression(update.condition())
                    .expressionAttributeNames(update.names())
                    .expressionAttributeValues(update.values()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** The member's item as it is now (strongly consistent); empty when it no longer exists. */
    Optional<Map<String, AttributeValue>> read(String memberId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key(memberId)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private static Map<String, AttributeValue> key(String memberId) {
        return Map.of(ScoreItems.MEMBER_ID, AttributeValue.fromS(memberId));
    }
}
