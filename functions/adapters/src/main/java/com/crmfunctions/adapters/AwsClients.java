package com.crmfunctions.adapters;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS SDK clients of a function, one of each per JVM, built on first use and then shared by
 * every invocation of that execution environment.
 *
 * <p>Each client sits in its own holder class, so the JVM builds it the first time it is asked for
 * (thread-safe, no locking on the hot path) and a function that only talks to DynamoDB never pays
 * for loading the SQS, EventBridge or SES client classes at cold start.
 *
 * <p>Every client uses:
 * <ul>
 *   <li>the {@code url-connection-client}, set explicitly so the SDK does not scan the class path
 *       for an HTTP implementation (and the Apache and Netty clients are kept out of the jar);</li>
 *   <li>the region from {@code aws.region} or {@code AWS_REGION} only (Lambda always sets the
 *       latter), never a profile file or the instance metadata service, which would cost a network
 *       timeout at cold start when absent;</li>
 *   <li>the SDK's default credentials chain (Lambda's environment variables come first in it);</li>
 *   <li>no endpoint in code: the SDK's own service-specific overrides ({@code AWS_ENDPOINT_URL_DYNAMODB},
 *       {@code aws.endpointUrlDynamoDb}, ...) point the clients at the local cloud.</li>
 * </ul>
 * The {@code new...} methods build a fresh client with the same settings, for tests and tools that
 * need one outside the per-JVM singletons.
 */
public final class AwsClients {

    private AwsClients() {}

    /** The DynamoDB client of this JVM. */
    public static DynamoDbClient dynamoDb() { return DynamoDb.CLIENT; }

    /** The DynamoDB enhanced client of this JVM, over {@link #dynamoDb()}. */
    public static DynamoDbEnhancedClient dynamoDbEnhanced() { return DynamoDbEnhanced.CLIENT; }

    /** The SQS client of this JVM. */
    public static SqsClient sqs() { return Sqs.CLIENT; }

    /** The EventBridge client of this JVM. */
    public static EventBridgeClient eventBridge() { return EventBridge.CLIENT; }

    /** The SES v2 client of this JVM. */
    public static SesV2Client sesV2() { return SesV2.CLIENT; }

    public static DynamoDbClient newDynamoDb() { return configure(DynamoDbClient.builder()); }

    public static SqsClient newSqs() { return configure(SqsClient.builder()); }

    public static EventBridgeClient newEventBridge() { return configure(EventBridgeClient.builder()); }

    public static SesV2Client newSesV2() { return configure(SesV2Client.builder()); }

    /** The region functions run in: {@code aws.region}, else {@code AWS_REGION}; fails clearly if neither is set. */
    public static Region region() {
        return new SystemSettingsRegionProvider().getRegion();
    }

    private static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C configure(B builder) {
        return builder.httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region())
                .build();
    }

    private static final class DynamoDb { static final DynamoDbClient CLIENT = newDynamoDb(); }

    private static final class DynamoDbEnhanced {
        static final DynamoDbEnhancedClient CLIENT = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb()).build();
    }

    private static final class Sqs { static final SqsClient CLIENT = newSqs(); }

    private static final class EventBridge { static final EventBridgeClient CLIENT = newEventBridge(); }

    private static final class SesV2 { static final SesV2Client CLIENT = newSesV2(); }
}
