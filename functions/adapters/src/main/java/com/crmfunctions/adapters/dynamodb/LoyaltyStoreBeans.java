package com.crmfunctions.adapters.dynamodb;

import com.crmfunctions.adapters.FunctionContext;
import com.crmfunctions.adapters.ResourceNames;
import com.crmfunctions.loyalty.ProgrammeConfig;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The loyalty store as beans of a {@link FunctionContext}: the programme (from {@link ProgrammeSource}, validated
 * when first injected, i.e. while the handler initialises), the table names and the repositories over the
 * context's DynamoDB client.
 */
@Factory
class LoyaltyStoreBeans {

    @Singleton
    ProgrammeConfig programme() { return ProgrammeSource.fromEnvironment(); }

    @Singleton
    LoyaltyTables tables(ResourceNames names) { return LoyaltyTables.from(names); }

    @Singleton
    MemberRepository members(DynamoDbClient dynamoDb, LoyaltyTables tables, ProgrammeConfig programme) {
        return new MemberRepository(dynamoDb, tables, programme);
    }

    @Singleton
    LedgerRepository ledger(DynamoDbClient dynamoDb, LoyaltyTables tables) { return new LedgerRepository(dynamoDb, tables); }

    @Singleton
    OrderRepository orders(DynamoDbClient dynamoDb, LoyaltyTables tables) { return new OrderRepository(dynamoDb, tables); }

    @Singleton
    LedgerWriter ledgerWriter(DynamoDbClient dynamoDb, LoyaltyTables tables) { return new LedgerWriter(dynamoDb, tables); }
}
