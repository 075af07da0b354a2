package com.crmfunctions.bench.coldstart;

import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.ResourceNames;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The beans of the Micronaut side: the same client and work the plain handler builds by hand. */
@Factory
class ColdStartBeans {

    @Singleton
    DynamoDbClient dynamoDb() {
        return AwsClients.dynamoDb();
    }

    @Singleton
    OrderRecorder orderRecorder(DynamoDbClient dynamoDb) {
        return new OrderRecorder(dynamoDb, ResourceNames.fromEnvironment().table("orders"));
    }
}
