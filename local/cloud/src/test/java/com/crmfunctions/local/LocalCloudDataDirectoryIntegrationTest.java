package com.crmfunctions.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.wiring.CrmWiring;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * With a data directory, DynamoDB data outlives the cloud, and a restart keeps the tables it finds.
 * The second run leaves the SDK system properties alone at start and sets them on request.
 */
class LocalCloudDataDirectoryIntegrationTest {

    @Test
    void dataWrittenInOneRunIsThereInTheNext(@TempDir Path data) {
        Map<String, AttributeValue> member = Map.of("memberId", AttributeValue.fromS("m-1"), "tier", AttributeValue.fromS("gold"));
        try (LocalCloud cloud = LocalCloud.builder().wiring(CrmWiring.declaration()).dataDirectory(data).start();
             DynamoDbClient dynamo = DynamoDbClient.create()) {
            dynamo.putItem(r -> r.tableName(CrmWiring.MEMBERS).item(member));
        }
        try (LocalCloud cloud = LocalCloud.builder().wiring(CrmWiring.declaration()).dataDirectory(data).sdkSystemProperties(false).start();
             SdkSettings.Applied applied = cloud.applySdkSystemProperties();
             DynamoDbClient dynamo = DynamoDbClient.create()) {
            assertThat(dynamo.getItem(r -> r.tableName(CrmWiring.MEMBERS).key(Map.of("memberId", AttributeValue.fromS("m-1")))).item())
                    .isEqualTo(member);
            assertThat(dynamo.listTables().tableNames()).containsExactlyInAnyOrder("members", "ledger", "orders", "coupons", "messages", "models");
            assertThat(dynamo.describeTimeToLive(r -> r.tableName(CrmWiring.COUPONS)).timeToLiveDescription().timeToLiveStatus())
                    .isEqualTo(TimeToLiveStatus.ENABLED);
            assertThat(dynamo.describeTable(r -> r.tableName(CrmWiring.LEDGER)).table().globalSecondaryIndexes())
                    .singleElement().satisfies(index -> assertThat(index.indexName()).isEqualTo("by-business-key"));
        }
    }
}
