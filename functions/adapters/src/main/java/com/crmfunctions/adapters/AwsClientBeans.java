package com.crmfunctions.adapters;

import com.crmfunctions.wiring.CrmWiring;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SDK clients as beans of a {@link FunctionContext}: built on first injection, once per
 * context (so once per handler), with the settings of {@link AwsClients}; closed with the context.
 */
@Factory
class AwsClientBeans {

    @Singleton
    DynamoDbClient dynamoDb() { return AwsClients.newDynamoDb(); }

    @Singleton
    SqsClient sqs() { return AwsClients.newSqs(); }

    @Singleton
    EventBridgeClient eventBridge() { return AwsClients.newEventBridge(); }

    @Singleton
    SesV2Client sesV2() { return AwsClients.newSesV2(); }

    @Singleton
    ResourceNames resourceNames() { return ResourceNames.fromEnvironment(); }

    @Singleton
    EventPublisher eventPublisher(EventBridgeClient eventBridge, ResourceNames names) {
        return new EventPublisher(eventBridge, names.bus(CrmWiring.BUS));
    }
}
