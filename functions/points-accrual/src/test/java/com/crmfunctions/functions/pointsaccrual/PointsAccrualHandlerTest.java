package com.crmfunctions.functions.pointsaccrual;

import static com.crmfunctions.functions.pointsaccrual.Storefront.aRefund;
import static com.crmfunctions.functions.pointsaccrual.Storefront.anOrder;
import static com.crmfunctions.functions.pointsaccrual.Storefront.eventJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.dynamodb.LedgerLine;
import com.crmfunctions.events.EventSamples;
import com.crmfunctions.events.EventType;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The handler's partial batch responses, on DynamoDB Local in process (no network): a bad record is reported alone,
 * with its reason logged, and never keeps the others from being applied.
 */
class PointsAccrualHandlerTest {

    private static AmazonDynamoDBLocal dynamoDbLocal;
    private static LoyaltyStore store;

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private RecordingEventBridge bus;
    private PointsAccrualHandler handler;

    @BeforeAll
    static void startDynamoDb() {
        dynamoDbLocal = DynamoDBEmbedded.create(true); // telemetry off: nothing sent, no metadata file in the working tree
        store = new LoyaltyStore(dynamoDbLocal.dynamoDbClient(), ProgrammeConfig.defaults()).provisioned();
    }

    @AfterAll
    static void stopDynamoDb() {
        dynamoDbLocal.shutdown();
    }

    @BeforeEach
    void newHandler() {
        bus = new RecordingEventBridge();
        JsonLog log = new JsonLog(new PrintStream(logged, true, StandardCharsets.UTF_8));
        handler = new PointsAccrualHandler(store.service(bus, log), log);
    }

    @Test
    void badRecordsAreReportedAloneAndTheOthersAreApplied() {
        String member = "m-" + UUID.randomUUID();
        SQSEvent batch = batch(
                eventJson(anOrder("o-good-1-" + member, member).merchandise("books", 2, "12.50").build()),
                "{\"detail-type\": \"OrderPlaced\", not json",
                eventJson(anOrder("o-usd-" + member, member).merchandise("books", 1, "10.00").build()).replace("\"GBP\"", "\"USD\""),
                EventSamples.json(EventType.POINTS_ACCRUED, 1),
                eventJson(anOrder("o-good-2-" + member, member).merchandise("music", 1, "40.00").build()));

        SQSBatchResponse response = handler.handleRequest(batch, null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("msg-2", "msg-3", "msg-4");
        assertThat(store.entries(member, 10)).extracting(LedgerLine::entryId)
                .containsExactly("order#o-good-1-" + member, "order#o-good-2-" + member);
        assertThat(store.member(member).balance()).isEqualTo(25 + 40);
        assertThat(bus.details("PointsAccrued")).hasSize(2);
        assertThat(logged.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(3).satisfiesExactly(
                line -> assertThat(line).contains("\"messageId\":\"msg-2\"", "InvalidEventException", "not valid JSON"),
                line -> assertThat(line).contains("\"messageId\":\"msg-3\"", "RejectedEventException",
                        "is in USD, which the programme does not accept (accepted: GBP)"),
                line -> assertThat(line).contains("\"messageId\":\"msg-4\"", "points-accrual consumes OrderPlaced and OrderRefunded, not PointsAccrued"));
    }

    @Test
    void aRecordDeliveredAgainSucceedsWithoutASecondEntryOrEvent() {
        String member = "m-" + UUID.randomUUID();
        String order = eventJson(anOrder("o-1-" + member, member).merchandise("books", 1, "99.99").build());

        assertThat(handler.handleRequest(batch(order), null).getBatchItemFailures()).isEmpty();
        assertThat(handler.handleRequest(batch(order, order), null).getBatchItemFailures()).isEmpty();

        assertThat(store.entries(member, 10)).singleElement().extracting(LedgerLine::points).isEqualTo(99L);
        assertThat(store.member(member).balance()).isEqualTo(99);
        assertThat(bus.details("PointsAccrued")).hasSize(1);
    }

    @Test
    void whenTheBatchsEventsCannotBePublishedItsAppliedRecordsFailAndTheirNextDeliveryPublishes() {
        String member = "m-" + UUID.randomUUID();
        String first = eventJson(anOrder("o-1-" + member, member).merchandise("books", 1, "20.00").build());
        String second = eventJson(anOrder("o-2-" + member, member).merchandise("books", 1, "30.00").build());
        bus.down(true);

        SQSBatchResponse response = handler.handleRequest(batch(first, "not an event", second), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder("msg-1", "msg-2", "msg-3");
        assertThat(store.member(member).balance()).as("committed, waiting in the outboxes").isEqualTo(50);
        assertThat(bus.details("PointsAccrued")).isEmpty();
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("could not be published", "\"records\":2");

        bus.down(false);
        assertThat(handler.handleRequest(batch(first, second), null).getBatchItemFailures()).isEmpty();
        assertThat(bus.details("PointsAccrued")).hasSize(2);
        assertThat(store.member(member).balance()).isEqualTo(50);
        assertThat(handler.handleRequest(batch(first), null).getBatchItemFailures()).isEmpty();
        assertThat(bus.details("PointsAccrued")).as("the outbox was emptied: not published a third time").hasSize(2);
    }

    @Test
    void aRefundThatContradictsItsOrderIsRejectedAndChangesNothing() {
        String member = "m-" + UUID.randomUUID();
        String orderId = "o-1-" + member;
        handler.handleRequest(batch(eventJson(anOrder(orderId, member).merchandise("books", 1, "50.00").build())), null);

        SQSBatchResponse response = handler.handleRequest(batch(
                eventJson(aRefund("r-1-" + member, orderId, "someone-else").of("line-1", "10.00").build())), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("names member someone-else but order " + orderId
                + " belongs to member " + member);
        assertThat(store.member(member).balance()).isEqualTo(50);
        assertThat(store.refundRecord(orderId, "r-1-" + member)).isEmpty();
    }

    private static SQSEvent batch(String... bodies) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (String body : bodies) {
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId("msg-" + (records.size() + 1));
            message.setBody(body);
            message.setEventSourceArn("arn:aws:sqs:eu-west-1:123456789012:points");
            records.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }
}
