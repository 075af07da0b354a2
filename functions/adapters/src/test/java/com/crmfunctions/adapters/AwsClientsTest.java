package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class AwsClientsTest {

    @Test
    void regionComesFromTheEnvironment() {
        // surefire sets AWS_REGION=eu-west-1, as Lambda sets it for a function
        assertThat(AwsClients.region()).isEqualTo(Region.EU_WEST_1);
        try (DynamoDbClient client = AwsClients.newDynamoDb()) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
        }
    }

    @Test
    void endpointIsTheSdksOwnServiceSpecificOverride() {
        System.setProperty("aws.endpointUrlDynamoDb", "http://127.0.0.1:4566");
        try (DynamoDbClient dynamoDb = AwsClients.newDynamoDb(); SqsClient sqs = AwsClients.newSqs()) {
            assertThat(dynamoDb.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:4566"));
            assertThat(sqs.serviceClientConfiguration().endpointOverride()).isEmpty();
        } finally {
            System.clearProperty("aws.endpointUrlDynamoDb");
        }
    }

    @Test
    void eachClientIsBuiltOncePerJvm() {
        assertThat(AwsClients.dynamoDb()).isSameAs(AwsClients.dynamoDb());
        assertThat(AwsClients.dynamoDbEnhanced()).isSameAs(AwsClients.dynamoDbEnhanced());
        assertThat(AwsClients.sqs()).isSameAs(AwsClients.sqs());
        assertThat(AwsClients.eventBridge()).isSameAs(AwsClients.eventBridge());
        assertThat(AwsClients.sesV2()).isSameAs(AwsClients.sesV2());
    }
}
