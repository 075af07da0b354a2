package com.crmfunctions.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.crmfunctions.local.events.PublishedEvent;
import com.crmfunctions.local.ses.SentEmail;
import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.QueueSpec;
import com.crmfunctions.wiring.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The real wiring on the embedded local cloud, driven with the real SDK clients (found through the
 * SDK system properties the cloud sets, with no endpoint in the test code). The functions are not
 * built yet, so recording test handlers are bound to them.
 */
class LocalCloudIntegrationTest {
    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    private static final String STOREFRONT = "crm.storefront";
    private static final String LOYALTY = "crm.loyalty";
    private static final String INSIGHTS = "crm.insights";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path outboxDirectory;

    private static final Map<String, RecordingSqsHandler> QUEUE_HANDLERS = new LinkedHashMap<>();
    private static final List<ScheduledEvent> SCHEDULED = new CopyOnWriteArrayList<>();
    private static final List<APIGatewayV2HTTPEvent> HTTP_REQUESTS = new CopyOnWriteArrayList<>();

    private static LocalCloud cloud;
    private static EventBridgeClient events;
    private static SqsClient sqs;
    private static SesV2Client ses;

    @BeforeAll
    static void startCloud() {
        LocalCloud.Builder builder = LocalCloud.builder()
                .wiring(CrmWiring.declaration())
                .clock(ControllableClock.fixedAt(START))
                .outboxDirectory(outboxDirectory)
                .visibilityTimeoutOverride(Duration.ofSeconds(1))
                .concurrencyLimit(1);
        for (FunctionSpec function : CrmWiring.declaration().functions()) {
            if (function.trigger() instanceof Trigger.Queue) {
                RecordingSqsHandler handler = new RecordingSqsHandler();
                QUEUE_HANDLERS.put(function.name(), handler);
                builder.handler(function.name(), () -> handler);
            }
        }
        builder.handler("points-expiry", () -> (RequestHandler<ScheduledEvent, Void>) (event, context) -> {
            SCHEDULED.add(event);
            return null;
        });
        builder.handler("member-api", MemberApiStub::new);
        cloud = builder.start();
        System.out.println(cloud.summary());
        events = EventBridgeClient.create();
        sqs = SqsClient.create();
        ses = SesV2Client.create();
    }

    @AfterAll
    static void stopCloud() {
        events.close();
        sqs.close();
        ses.close();
        cloud.close();
    }

    @Test
    void anOrderPlacedEventReachesPointsAccrualAsTheLambdaSqsEvent() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder().eventBusName(CrmWiring.BUS).source(STOREFRONT).detailType("OrderPlaced")
                .detail("{\"orderId\":\"" + orderId + "\",\"memberId\":\"m-1\",\"total\":{\"amount\":\"42.50\",\"currency\":\"EUR\"},\"weightKg\":1.50}")
                .resources("arn:aws:crm:eu-west-1:000000000000:order/" + orderId).build();
        String expectedTime = DateTimeFormatter.ISO_INSTANT.format(cloud.clock().instant().truncatedTo(ChronoUnit.SECONDS));

        PutEventsResponse put = events.putEvents(r -> r.entries(entry));
        assertThat(put.failedEntryCount()).isZero();
        String eventId = put.entries().get(0).eventId();
        assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();

        RecordingSqsHandler points = QUEUE_HANDLERS.get("points-accrual");
        List<SQSEvent.SQSMessage> received = points.messagesWith(orderId);
        assertThat(received).hasSize(1);
        SQSEvent.SQSMessage message = received.get(0);
        assertThat(message.getMessageId()).isNotBlank();
        assertThat(message.getReceiptHandle()).isNotBlank();
        assertThat(message.getEventSource()).isEqualTo("aws:sqs");
        assertThat(message.getEventSourceArn()).isEqualTo("arn:aws:sqs:eu-west-1:000000000000:points").isEqualTo(cloud.queueArn("points"));
        assertThat(message.getAwsRegion()).isEqualTo("eu-west-1");
        assertThat(message.getAttributes())
                .containsKeys("ApproximateReceiveCount", "SentTimestamp", "SenderId", "ApproximateFirstReceiveTimestamp")
                .containsEntry("ApproximateReceiveCount", "1");
        assertThat(message.getMessageAttributes()).isEmpty();
        assertThat(message.getMd5OfBody()).isEqualTo(md5(message.getBody()));
        JsonNode envelope = EventEnvelopes.assertEnvelopeOf(message.getBody(), entry, eventId, "000000000000", "eu-west-1");
        assertThat(envelope.get("time").asText()).isEqualTo(expectedTime);
        assertThat(message.getBody()).contains("\"weightKg\":1.50");

        RecordingSqsHandler.Invocation invocation = points.invocationsWith(orderId).get(0);
        assertThat(invocation.functionName()).isEqualTo("points-accrual");
        assertThat(invocation.requestId()).isNotBlank();
        assertThat(invocation.memoryMb()).isEqualTo(512);
        assertThat(invocation.remainingMillis()).isPositive().isLessThanOrEqualTo(30_000);

        QUEUE_HANDLERS.forEach((function, handler) -> {
            if (!function.equals("points-accrual")) assertThat(handler.messagesWith(orderId)).as(function).isEmpty();
        });
        assertThat(cloud.events().matched()).filteredOn(e -> e.id().equals(eventId)).singleElement().satisfies(e -> {
            assertThat(e.matchedRules()).containsExactly("points-accrual-OrderPlaced");
            assertThat(e.deliveredTo()).containsExactly("points");
            assertThat(e.envelope()).isEqualTo(message.getBody());
        });
    }

    @Test
    void eventsNoRuleTakesReachNobody() throws Exception {
        String marker = "unmatched-" + UUID.randomUUID();
        String detail = "{\"orderId\":\"" + marker + "\"}";
        PutEventsResponse put = events.putEvents(r -> r.entries(
                entry(CrmWiring.BUS, "crm.elsewhere", "OrderPlaced", detail),
                entry(CrmWiring.BUS, STOREFRONT, "OrderShipped", detail),
                entry(CrmWiring.BUS, INSIGHTS, "CustomerScored", "{\"stage\":\"active\",\"stageChanged\":true,\"m\":\"" + marker + "\"}"),
                entry(null, STOREFRONT, "OrderPlaced", detail)));
        assertThat(put.failedEntryCount()).isZero();
        List<String> ids = put.entries().stream().map(PutEventsResultEntry::eventId).toList();
        assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();

        List<PublishedEvent> published = cloud.events().published().stream().filter(e -> ids.contains(e.id())).toList();
        assertThat(published).hasSize(4).allSatisfy(e -> {
            assertThat(e.matchedRules()).isEmpty();
            assertThat(e.deliveredTo()).isEmpty();
        });
        assertThat(published).extracting(PublishedEvent::bus).containsExactly("crm-bus", "crm-bus", "crm-bus", "default");
        assertThat(cloud.events().matched()).extracting(PublishedEvent::id).doesNotContainAnyElementsOf(ids);
        QUEUE_HANDLERS.forEach((function, handler) -> assertThat(handler.messagesWith(marker)).as(function).isEmpty());
        for (QueueSpec queue : CrmWiring.declaration().queues()) {
            assertThat(messagesIn(queue.name())).as(queue.name()).isZero();
            assertThat(messagesIn(queue.deadLetterQueueName())).as(queue.deadLetterQueueName()).isZero();
        }
    }

    @Test
    void aRecordThatFailsInABatchIsRedeliveredAloneAndThenDeadLettered() throws Exception {
        String marker = UUID.randomUUID().toString();
        RecordingSqsHandler points = QUEUE_HANDLERS.get("points-accrual");
        // Hold the single poller in a first batch while three events queue up, so they arrive as one batch.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean holdNext = new AtomicBoolean(true);
        points.beforeEachBatch(() -> {
            if (holdNext.compareAndSet(true, false)) {
                held.countDown();
                await(release);
            }
        });
        points.failWhen(m -> m.getBody().contains("poison-" + marker));
        try {
            putOrder("gate-" + marker);
            assertThat(held.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            PutEventsResponse put = events.putEvents(r -> r.entries(order("good1-" + marker), order("poison-" + marker), order("good2-" + marker)));
            assertThat(put.failedEntryCount()).isZero();
            release.countDown();
            assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();
        } finally {
            release.countDown();
            points.beforeEachBatch(() -> {});
            points.failWhen(m -> false);
        }

        int maxReceiveCount = CrmWiring.declaration().queue("points").orElseThrow().maxReceiveCount();
        List<RecordingSqsHandler.Invocation> withPoison = points.invocationsWith("poison-" + marker);
        assertThat(withPoison.get(0).event().getRecords()).extracting(SQSEvent.SQSMessage::getBody)
                .anyMatch(b -> b.contains("good1-" + marker)).anyMatch(b -> b.contains("good2-" + marker)).hasSize(3);
        assertThat(points.messagesWith("good1-" + marker)).hasSize(1);
        assertThat(points.messagesWith("good2-" + marker)).hasSize(1);
        List<SQSEvent.SQSMessage> poison = points.messagesWith("poison-" + marker);
        assertThat(poison).hasSize(maxReceiveCount);
        assertThat(poison).extracting(m -> m.getAttributes().get("ApproximateReceiveCount"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, maxReceiveCount).mapToObj(String::valueOf).toList());

        List<Message> deadLetters = sqs.receiveMessage(r -> r.queueUrl(cloud.queueUrl("points-dlq")).maxNumberOfMessages(10)
                .waitTimeSeconds(5).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        assertThat(deadLetters).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo(poison.get(0).getBody()));
        sqs.deleteMessage(r -> r.queueUrl(cloud.queueUrl("points-dlq")).receiptHandle(deadLetters.get(0).receiptHandle()));
        assertThat(messagesIn("points")).isZero();
    }

    @Test
    void anEmailSentWithTheSdkLandsInTheOutbox() throws Exception {
        String subject = "Your points " + UUID.randomUUID();
        String messageId = ses.sendEmail(r -> r.fromEmailAddress("loyalty@shop.example")
                .destination(d -> d.toAddresses("ada@example.com"))
                .content(c -> c.simple(m -> m.subject(s -> s.data(subject))
                        .body(b -> b.text(t -> t.data("You have 120 points.")).html(h -> h.data("<p>You have 120 points.</p>")))))
                .emailTags(t -> t.name("reason").value("points"))).messageId();

        assertThat(cloud.outbox().messages()).filteredOn(m -> m.messageId().equals(messageId)).singleElement().satisfies(email -> {
            assertThat(email.from()).isEqualTo("loyalty@shop.example");
            assertThat(email.to()).containsExactly("ada@example.com");
            assertThat(email.subject()).isEqualTo(subject);
            assertThat(email.text()).isEqualTo("You have 120 points.");
            assertThat(email.html()).isEqualTo("<p>You have 120 points.</p>");
            assertThat(email.tags()).containsEntry("reason", "points");
            assertThat(email.sentAt()).isEqualTo(cloud.clock().instant());
        });
        try (var files = Files.list(outboxDirectory)) {
            Path file = files.filter(f -> f.getFileName().toString().endsWith("-" + messageId + ".json")).findFirst().orElseThrow();
            assertThat(JSON.readTree(file.toFile()).get("subject").asText()).isEqualTo(subject);
        }
        JsonNode listed = JSON.readTree(get(cloud.endpoints().sesv2().resolve("/_outbox")).body());
        assertThat(listed.isArray()).isTrue();
        assertThat(listed.findValuesAsText("messageId")).contains(messageId);
    }

    @Test
    void aRawEmailIsKeptWithItsHeadersAndBadRequestsAreRefused() {
        String mime = "From: care@shop.example\r\nTo: bob@example.com\r\nSubject: Happy birthday\r\n"
                + "Content-Type: text/plain\r\n\r\nA gift for you.";
        String messageId = ses.sendEmail(r -> r.content(c -> c.raw(raw -> raw.data(SdkBytes.fromUtf8String(mime))))).messageId();
        SentEmail email = cloud.outbox().messages().stream().filter(m -> m.messageId().equals(messageId)).findFirst().orElseThrow();
        assertThat(email.from()).isEqualTo("care@shop.example");
        assertThat(email.to()).containsExactly("bob@example.com");
        assertThat(email.subject()).isEqualTo("Happy birthday");
        assertThat(email.raw()).isEqualTo(mime);

        assertThatThrownBy(() -> ses.sendEmail(r -> r.destination(d -> d.toAddresses("x@example.com"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("no sender")).body(b -> b.text(t -> t.data("x")))))))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aScheduleFiresAScheduledEventAtTheClocksTime() throws Exception {
        // points-expiry-daily: cron(0 2 * * ? *) in UTC.
        Instant now = cloud.clock().instant();
        Instant next = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC);
        int before = SCHEDULED.size();

        cloud.clock().set(next);
        assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();

        assertThat(SCHEDULED).hasSize(before + 1);
        ScheduledEvent event = SCHEDULED.get(before);
        assertThat(event.getTime().getMillis()).isEqualTo(next.toEpochMilli());
        assertThat(event.getSource()).isEqualTo("aws.scheduler");
        assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
        assertThat(event.getResources()).containsExactly("arn:aws:scheduler:eu-west-1:000000000000:schedule/default/points-expiry-daily");
        assertThat(event.getAccount()).isEqualTo("000000000000");
        assertThat(event.getRegion()).isEqualTo("eu-west-1");
        assertThat(event.getDetail()).isEmpty();
        assertThat(event.getId()).isNotBlank();
        assertThat(cloud.fireDueSchedules()).isEmpty();

        cloud.clock().advance(Duration.ofMinutes(7));
        cloud.invokeSchedule("points-expiry-daily");
        assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();
        assertThat(SCHEDULED).hasSize(before + 2);
        assertThat(SCHEDULED.get(before + 1).getTime().getMillis()).isEqualTo(next.plus(Duration.ofMinutes(7)).toEpochMilli());
        assertThatThrownBy(() -> cloud.invokeSchedule("birthday-hourly")).hasMessageContaining("not running locally");
    }

    @Test
    void anHttpRequestReachesTheRoutedFunctionAsAnHttpApiEvent() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = cloud.endpoints().http().resolve("/members/m-42/ledger?from=2026-01-01&tag=a&tag=b");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("X-Trace-Id", "t-1")
                .header("Cookie", "session=abc; theme=dark").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-member")).hasValue("m-42");
        assertThat(JSON.readTree(response.body()).get("route").asText()).isEqualTo("GET /members/{id}/ledger");
        APIGatewayV2HTTPEvent event = HTTP_REQUESTS.get(HTTP_REQUESTS.size() - 1);
        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("GET /members/{id}/ledger");
        assertThat(event.getRawPath()).isEqualTo("/members/m-42/ledger");
        assertThat(event.getRawQueryString()).isEqualTo("from=2026-01-01&tag=a&tag=b");
        assertThat(event.getQueryStringParameters()).containsEntry("from", "2026-01-01").containsEntry("tag", "a,b");
        assertThat(event.getPathParameters()).containsExactlyEntriesOf(Map.of("id", "m-42"));
        assertThat(event.getHeaders()).containsEntry("x-trace-id", "t-1").doesNotContainKey("cookie");
        assertThat(event.getCookies()).containsExactly("session=abc", "theme=dark");
        assertThat(event.getIsBase64Encoded()).isFalse();
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        assertThat(context.getHttp().getMethod()).isEqualTo("GET");
        assertThat(context.getHttp().getPath()).isEqualTo("/members/m-42/ledger");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getHttp().getUserAgent()).isNotBlank();
        assertThat(context.getRequestId()).isNotBlank();
        assertThat(context.getRouteKey()).isEqualTo("GET /members/{id}/ledger");
        assertThat(context.getStage()).isEqualTo("$default");
        assertThat(context.getTimeEpoch()).isEqualTo(cloud.clock().millis());

        HttpResponse<String> redeem = http.send(HttpRequest.newBuilder(cloud.endpoints().http().resolve("/members/m-7/points/redeem"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"points\":100}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redeem.statusCode()).isEqualTo(200);
        APIGatewayV2HTTPEvent post = HTTP_REQUESTS.get(HTTP_REQUESTS.size() - 1);
        assertThat(post.getRouteKey()).isEqualTo("POST /members/{id}/points/redeem");
        assertThat(post.getBody()).isEqualTo("{\"points\":100}");
        assertThat(post.getPathParameters()).containsEntry("id", "m-7");

        HttpResponse<String> missing = get(cloud.endpoints().http().resolve("/nowhere"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("{\"message\":\"Not Found\"}"));
    }

    @Test
    void putEventsIsValidatedAsEventBridgeDoes() {
        PutEventsResponse put = events.putEvents(r -> r.entries(
                entry(CrmWiring.BUS, LOYALTY, "TierChanged", "{\"memberId\":\"m-3\"}"),
                entry(CrmWiring.BUS, LOYALTY, "TierChanged", null),
                entry(CrmWiring.BUS, LOYALTY, "TierChanged", "[1,2]"),
                entry("no-such-bus", LOYALTY, "TierChanged", "{}")));
        assertThat(put.failedEntryCount()).isEqualTo(3);
        assertThat(put.entries().get(0).eventId()).isNotBlank();
        assertThat(put.entries()).extracting(PutEventsResultEntry::errorCode)
                .containsExactly(null, "InvalidArgument", "MalformedDetail", "InvalidArgument");
        assertThat(cloud.events().rejected()).extracting(r -> r.entry().eventBusName() + " " + r.error().code())
                .contains("crm-bus MalformedDetail", "no-such-bus InvalidArgument");

        List<PutEventsRequestEntry> eleven = IntStream.range(0, 11)
                .mapToObj(i -> entry(CrmWiring.BUS, LOYALTY, "TierChanged", "{}")).toList();
        assertThatThrownBy(() -> events.putEvents(r -> r.entries(eleven))).isInstanceOfSatisfying(EventBridgeException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
    }

    @Test
    void builtAndBoundFunctionsRunAndTheSdkSettingsPointAtTheCloud() {
        assertThat(cloud.runningFunctions()).contains("points-accrual", "member-api", "points-expiry").doesNotContain("birthday-trigger");
        assertThat(cloud.sdkSettings().systemProperties())
                .containsEntry("aws.endpointUrlEventBridge", cloud.endpoints().events().toString())
                .containsEntry("aws.region", "eu-west-1");
        cloud.sdkSettings().systemProperties().forEach((name, value) -> assertThat(System.getProperty(name)).as(name).isEqualTo(value));
        assertThat(cloud.sdkSettings().environment()).containsEntry("AWS_ENDPOINT_URL_SESV2", cloud.endpoints().sesv2().toString());
        // each queue's URL under the names adapters' ResourceNames looks for
        assertThat(System.getProperty("crm.queue.churn-segments.url")).isEqualTo(cloud.queueUrl("churn-segments"));
        assertThat(cloud.sdkSettings().environment()).containsEntry("CRM_QUEUE_WIN_BACK_URL", cloud.queueUrl("win-back"))
                .containsEntry("CRM_QUEUE_POINTS_DLQ_URL", cloud.queueUrl("points-dlq"));
    }

    @Test
    void pausedSchedulesSkipTheOccurrencesTheClockPasses() throws Exception {
        int before = SCHEDULED.size();
        Instant now = cloud.clock().instant();
        Instant nextRun = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC);

        try (LocalCloud.SchedulePause paused = cloud.pauseSchedules()) {
            try (LocalCloud.SchedulePause nested = cloud.pauseSchedules()) {
                cloud.clock().set(nextRun); // passes one points-expiry-daily occurrence
            }
            cloud.clock().set(nextRun.plus(Duration.ofDays(2))); // still paused by the outer pause: two more
            assertThat(cloud.fireDueSchedules()).isEmpty();
        }
        assertThat(cloud.fireDueSchedules()).as("skipped, not kept for later").isEmpty();
        assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();
        assertThat(SCHEDULED).hasSize(before);

        cloud.clock().set(nextRun.plus(Duration.ofDays(3)));
        assertThat(cloud.awaitIdle(TIMEOUT)).isTrue();
        assertThat(SCHEDULED).hasSize(before + 1);
        assertThat(SCHEDULED.get(before).getTime().getMillis()).isEqualTo(nextRun.plus(Duration.ofDays(3)).toEpochMilli());
    }

    @Test
    void theSummaryListsEverything() {
        String summary = cloud.summary();
        cloud.endpoints().asMap().values().forEach(uri -> assertThat(summary).contains(uri.toString()));
        assertThat(summary).contains("aws.endpointUrlSesV2=" + cloud.endpoints().sesv2(), "AWS_ENDPOINT_URL_SQS=" + cloud.endpoints().sqs())
                .contains("ledger", "by-business-key", "TTL purgeAt", "churn-segments", "DLQ after 3 receives")
                .contains("win-back-trigger-CustomerScored", "cron(0 3 ? * MON *)")
                .contains("PLANNED running (handler bound locally)", "PLANNED not started", "GET /members/{id}/ledger")
                .contains("started in");
    }

    /** The member API stand-in: records the request, answers with the route and the member id. */
    public static final class MemberApiStub implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            HTTP_REQUESTS.add(event);
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                    .withHeaders(Map.of("content-type", "application/json", "x-member", event.getPathParameters().get("id")))
                    .withBody("{\"route\":\"" + event.getRouteKey() + "\"}").build();
        }
    }

    private static void putOrder(String orderId) {
        assertThat(events.putEvents(r -> r.entries(order(orderId))).failedEntryCount()).isZero();
    }

    private static PutEventsRequestEntry order(String orderId) {
        return entry(CrmWiring.BUS, STOREFRONT, "OrderPlaced", "{\"orderId\":\"" + orderId + "\"}");
    }

    private static PutEventsRequestEntry entry(String bus, String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder().eventBusName(bus).source(source).detailType(detailType).detail(detail).build();
    }

    private static long messagesIn(String queue) {
        return sqs.getQueueAttributes(r -> r.queueUrl(cloud.queueUrl(queue)).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
                .attributes().values().stream().mapToLong(Long::parseLong).sum();
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String md5(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
