package com.crmfunctions.cli;

import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.adapters.dynamodb.ProgrammeSource;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventEntry;
import com.crmfunctions.events.EventSamples;
import com.crmfunctions.events.EventType;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.local.SdkSettings;
import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.TableSpec;
import com.crmfunctions.wiring.Wiring;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code crm local up --smoke}: talks to every service of a started local cloud with the real AWS
 * SDK clients, configured only by the endpoint system properties that functions use too.
 */
final class LocalSmokeCheck {
    private final LocalCloud cloud;
    private final PrintWriter out;
    private final List<String> failures = new ArrayList<>();

    LocalSmokeCheck(LocalCloud cloud, PrintWriter out) {
        this.cloud = cloud;
        this.out = out;
    }

    boolean run() {
        Wiring wiring = CrmWiring.declaration();
        try (SdkSettings.Applied ignored = cloud.applySdkSystemProperties();
             DynamoDbClient dynamo = AwsClients.newDynamoDb();
             SqsClient sqs = AwsClients.newSqs();
             EventBridgeClient events = AwsClients.newEventBridge();
             SesV2Client ses = AwsClients.newSesV2()) {

            Set<String> tables = Set.copyOf(dynamo.listTables().tableNames());
            check("DynamoDB: every declared table exists",
                    wiring.tables().stream().map(TableSpec::name).allMatch(tables::contains));

            List<String> queueUrls = sqs.listQueues().queueUrls();
            check("SQS: every declared queue and its DLQ exists", wiring.queues().stream()
                    .allMatch(q -> hasQueue(queueUrls, q.name()) && hasQueue(queueUrls, q.deadLetterQueueName())));

            // End to end through a live rule: an order on the bus reaches points-accrual through its queue, which
            // writes the ledger and announces PointsAccrued. The member is new, named by the marker.
            String marker = "smoke-" + System.nanoTime();
            EventEntry entry = EventCodec.toEntry(smokeOrder(marker));
            PutEventsResponse put = events.putEvents(r -> r.entries(e -> e.eventBusName(wiring.busName())
                    .source(entry.source()).detailType(entry.detailType()).detail(entry.detail())));
            check("EventBridge: PutEvents accepted", put.failedEntryCount() == 0);
            check("EventBridge -> points queue -> points-accrual: the order earned points (PointsAccrued)", accrued(marker));

            ses.sendEmail(r -> r.fromEmailAddress("crm@example.com")
                    .destination(d -> d.toAddresses("member@example.com"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data(marker)).body(b -> b.text(t -> t.data("smoke check"))))));
            check("SES: the email is in the outbox",
                    cloud.outbox().messages().stream().anyMatch(m -> m.toString().contains(marker)));
        } catch (RuntimeException e) {
            failures.add("unexpected error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        }
        out.println(failures.isEmpty() ? "Smoke check passed." : "Smoke check FAILED: " + failures);
        out.flush();
        return failures.isEmpty();
    }

    /** The sample order, in the programme's base currency, placed by a new member whose id is {@code marker}. */
    private static OrderPlaced smokeOrder(String marker) {
        OrderPlaced sample = EventCodec.fromEventJson(EventSamples.json(EventType.ORDER_PLACED, EventType.ORDER_PLACED.currentVersion()),
                OrderPlaced.class).detail();
        return new OrderPlaced("order-" + marker, marker, sample.storefront(), sample.channel(),
                ProgrammeSource.fromEnvironment().currencies().base(), sample.lines(), sample.totals(), sample.couponCodes(),
                sample.occurredAt(), sample.correlationId(), sample.causationId());
    }

    /** Whether PointsAccrued for the member {@code marker} came out within about 20 s. */
    private boolean accrued(String marker) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (cloud.events().published().stream()
                    .anyMatch(e -> e.detailType().equals("PointsAccrued") && e.envelope().contains("\"" + marker + "\""))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean hasQueue(List<String> urls, String name) {
        return urls.stream().anyMatch(u -> u.endsWith("/" + name));
    }

    private void check(String what, boolean ok) {
        out.println((ok ? "  ok    " : "  FAIL  ") + what);
        if (!ok) {
            failures.add(what);
        }
    }
}
