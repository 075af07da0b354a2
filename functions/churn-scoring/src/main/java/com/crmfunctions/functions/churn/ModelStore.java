package com.crmfunctions.functions.churn;

import static com.crmfunctions.adapters.dynamodb.Attributes.instant;
import static com.crmfunctions.adapters.dynamodb.Attributes.s;

import com.crmfunctions.functions.churn.domain.ModelVersion;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Model versions in the {@code models} table ({@link ModelItems}). */
final class ModelStore {

    private final DynamoDbClient dynamoDb;
    private final String table;

    ModelStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * What a run saved: the version its workers score with, the number of segments it fans out to, and whether the
     * latest pointer names that version.
     */
    record Saved(ModelVersion version, int workerSegments, boolean latest) {}

    /**
     * Writes the version, once: a retry of the same run (same {@code fittedAt}) keeps the version and fan-out its first
     * attempt stored, which workers may already be scoring with, and drops what it fitted again. Then moves the latest
     * pointer to the version unless the pointer already names a later one (a late retry of an older run).
     */
    Saved save(ModelVersion version, ModelItems.RunFacts facts) {
        ModelVersion kept = version;
        int segments = facts.workerSegments();
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(ModelItems.item(version, facts))
                    .conditionExpression("attribute_not_exists(#m)")
                    .expressionAttributeNames(Map.of("#m", ModelItems.MODEL)));
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> stored = find(ModelItems.key(version.fittedAt())).orElseThrow();
            kept = ModelItems.version(stored);
            segments = ModelItems.workerSegments(stored);
        }
        ModelVersion pointed = kept;
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(ModelItems.latestKey())
                    .updateExpression("SET #version = :version, #runId = :runId")
                    .conditionExpression("attribute_not_exists(#version) OR #version <= :version")
                    .expressionAttributeNames(Map.of("#version", ModelItems.VERSION, "#runId", ModelItems.RUN_ID))
                    .expressionAttributeValues(Map.of(":version", instant(pointed.fittedAt()), ":runId", s(pointed.runId()))));
            return new Saved(kept, segments, true);
        } catch (ConditionalCheckFailedException e) {
            return new Saved(kept, segments, false);
        }
    }

    /**
     * The version fitted at {@code fittedAt}.
     *
     * @throws IllegalStateException when there is none, or it is not a valid version
     */
    ModelVersion version(Instant fittedAt) {
        return find(ModelItems.key(fittedAt)).map(ModelItems::version).orElseThrow(() -> new IllegalStateException(
                "model version " + fittedAt + " of " + ModelItems.CHURN_SCORING + " is not in table " + table));
    }

    /** The version the latest pointer names, if any run has saved one. */
    Optional<ModelVersion> latest() {
        return find(ModelItems.latestKey()).map(pointer -> version(ModelItems.latestVersion(pointer)));
    }

    private Optional<Map<String, AttributeValue>> find(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
