package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class FunctionContextTest {

    @Test
    void aContextGivesOneClientPerContextAndNoneShared() {
        try (ApplicationContext first = FunctionContext.start(); ApplicationContext second = FunctionContext.start()) {
            DynamoDbClient client = first.getBean(DynamoDbClient.class);
            assertThat(first.getBean(DynamoDbClient.class)).isSameAs(client);
            assertThat(second.getBean(DynamoDbClient.class)).isNotSameAs(client);
        }
    }

    @Test
    void thePublisherIsWiredToTheConfiguredBus() {
        try (ApplicationContext context = FunctionContext.start()) {
            assertThat(context.getBean(EventPublisher.class)).isNotNull();
            assertThat(context.getBean(ResourceNames.class).bus("crm-bus")).isEqualTo("crm-bus");
        }
    }

    @Test
    void theContextDoesNotReadEnvironmentVariablesAsProperties() {
        try (ApplicationContext context = FunctionContext.start()) {
            assertThat(context.getProperty("aws.region", String.class)).isEmpty();
        }
    }
}
