package com.crmfunctions.local.dynamodb;

import com.crmfunctions.wiring.IndexSpec;
import com.crmfunctions.wiring.KeySpec;
import com.crmfunctions.wiring.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Creates the declared tables (keys, GSIs with projection ALL, on-demand billing) and enables TTL.
 * A table that already exists (a kept data directory) is left as it is.
 */
public final class TableProvisioner {
    private final DynamoDbClient dynamoDb;

    public TableProvisioner(DynamoDbClient dynamoDb) { this.dynamoDb = dynamoDb; }

    public void provision(List<TableSpec> tables) {
        tables.forEach(this::provision);
    }

    private void provision(TableSpec table) {
        try {
            dynamoDb.createTable(createRequest(table));
        } catch (ResourceInUseException alreadyThere) {
            // Kept from an earlier run in the same data directory.
        }
        table.ttlAttribute().ifPresent(attribute -> enableTtl(table.name(), attribute));
    }

    private void enableTtl(String table, String attribute) {
        TimeToLiveStatus status = dynamoDb.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription().timeToLiveStatus();
        if (status != TimeToLiveStatus.ENABLED && status != TimeToLiveStatus.ENABLING) {
            dynamoDb.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(s -> s.enabled(true).attributeName(attribute)));
        }
    }

    static CreateTableRequest createRequest(TableSpec table) {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (IndexSpec index : table.globalIndexes()) {
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(keySchema(index.partitionKey(), index.sortKey().orElse(null), attributes))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build());
        }
        return CreateTableRequest.builder()
                .tableName(table.name())
                .keySchema(keySchema(table.partitionKey(), table.sortKey().orElse(null), attributes))
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .attributeDefinitions(attributes.values())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    private static List<KeySchemaElement> keySchema(KeySpec partition, KeySpec sort, Map<String, AttributeDefinition> attributes) {
        List<KeySchemaElement> schema = new ArrayList<>();
        schema.add(key(partition, KeyType.HASH, attributes));
        if (sort != null) schema.add(key(sort, KeyType.RANGE, attributes));
        return schema;
    }

    private static KeySchemaElement key(KeySpec key, KeyType type, Map<String, AttributeDefinition> attributes) {
        attributes.putIfAbsent(key.name(), AttributeDefinition.builder()
                .attributeName(key.name())
                .attributeType(ScalarAttributeType.fromValue(key.type().name()))
                .build());
        return KeySchemaElement.builder().attributeName(key.name()).keyType(type).build();
    }
}
