package com.crmfunctions.bench.coldstart;

import com.crmfunctions.adapters.ResourceNames;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The work of the Micronaut side; its DynamoDB client is the adapters' bean, as in the product's functions. */
@Factory
class ColdStartBeans {

    @Singleton
    OrderRecorder orderRecorder(DynamoDbClient dynamoDb) {
        return new OrderRecorder(dynamoDb, ResourceNames.fromEnvironment().table("orders"));
    }
}
