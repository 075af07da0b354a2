package com.crmfunctions.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.QueueSpec;
import com.crmfunctions.wiring.RuleSpec;
import com.crmfunctions.wiring.Wiring;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The event half of the integration scenario against LocalStack instead of the embedded cloud: the
 * points queue, its DLQ and the rules that feed it are created from the same wiring, an OrderPlaced
 * event is put with the real EventBridgeClient and read back from the queue, and the body must be the
 * same envelope the embedded cloud delivers ({@link EventEnvelopes}). Skipped where there is no Docker.
 *
 * <p>The email half is not here: LocalStack Community does not implement SES v2 (it is a Pro feature,
 * localstack/localstack#9453), and the functions send with SES v2.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalCloudLocalStackTest {
    private static final Wiring WIRING = CrmWiring.declaration();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer("localstack/localstack:4.0.3").withServices("sqs", "events");

    private static EventBridgeClient events;
    private static SqsClient sqs;
    private static String pointsQueueUrl;

    @BeforeAll
    static void createTheWiredResources() throws Exception {
        events = configure(EventBridgeClient.builder()).build();
        sqs = configure(SqsClient.builder()).build();

        QueueSpec points = WIRING.queue(CrmWiring.POINTS_QUEUE).orElseThrow();
        String dlqUrl = sqs.createQueue(r -> r.queueName(points.deadLetterQueueName())).queueUrl();
        String dlqArn = arnOf(dlqUrl);
        String redrivePolicy = JSON.writeValueAsString(Map.of("deadLetterTargetArn", dlqArn, "maxReceiveCount", points.maxReceiveCount()));
        pointsQueueUrl = sqs.createQueue(r -> r.queueName(points.name()).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(points.visibilityTimeout().toSeconds()),
                QueueAttributeName.REDRIVE_POLICY, redrivePolicy))).queueUrl();
        String pointsArn = arnOf(pointsQueueUrl);

        events.createEventBus(r -> r.name(WIRING.busName()));
        for (RuleSpec rule : WIRING.rulesTargeting(points.name())) {
            events.putRule(r -> r.name(rule.name()).eventBusName(WIRING.busName()).eventPattern(rule.eventPattern()));
            events.putTargets(r -> r.rule(rule.name()).eventBusName(WIRING.busName()).targets(t -> t.id(points.name()).arn(pointsArn)));
        }
    }

    @AfterAll
    static void closeClients() {
        events.close();
        sqs.close();
    }

    @Test
    void anOrderPlacedEventReachesThePointsQueueAsTheEnvelope() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder().eventBusName(WIRING.busName()).source("crm.storefront")
                .detailType("OrderPlaced").detail("{\"orderId\":\"" + orderId + "\",\"memberId\":\"m-1\"}").build();
        PutEventsResponse put = events.putEvents(r -> r.entries(entry));
        assertThat(put.failedEntryCount()).isZero();

        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(pointsQueueUrl).waitTimeSeconds(20).maxNumberOfMessages(10)).messages();
        assertThat(messages).singleElement().satisfies(message -> EventEnvelopes.assertEnvelopeOf(message.body(), entry,
                put.entries().get(0).eventId(), "000000000000", LOCALSTACK.getRegion()));
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        URI endpoint = LOCALSTACK.getEndpoint();
        return builder.endpointOverride(endpoint).region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())));
    }

    private static String arnOf(String queueUrl) {
        return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }
}
