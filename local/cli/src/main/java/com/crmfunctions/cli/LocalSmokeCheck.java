package com.crmfunctions.cli;

import com.crmfunctions.adapters.AwsClients;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventEntry;
import com.crmfunctions.events.EventSamples;
import com.crmfunctions.events.EventType;
import com.crmfunctions.local.LocalCloud;
import com.crmfunctions.local.SdkSettings;
import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.QueueSpec;
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
import software.amazon.awssdk.services.sqs.model.Message;

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

            EventEntry entry = EventCodec.toEntry(EventCodec.fromEventJson(EventSamples.json(EventType.CUSTOMER_PROFILE_CHANGED, 1)).detail());
            String marker = "smoke-" + System.nanoTime();
            PutEventsResponse put = events.putEvents(r -> r.entries(e -> e.eventBusName(wiring.busName())
                    .source(entry.source()).detailType(entry.detailType()).detail(entry.detail()).resources(marker)));
            check("EventBridge: PutEvents accepted", put.failedEntryCount() == 0);
            check("EventBridge: the rule delivered the event to its queue", delivered(sqs, wiring, marker));

            ses.sendEmail(r -> r.fromEmailAddress("crm@example.com")
                    .destination(d -> d.toAddresses("member@example.com"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data(marker)).body(b -> b.text(t -> t.data("smoke check"))))));
            check("SES: the email is in the outbox",
                    cloud.outbox().messages().stream().anyMatch(m -> m.toString().contains(marker)));
        } catch (RuntimeException e) {
            failures.add("unexpected error: " + e);
        }
        out.println(failures.isEmpty() ? "Smoke check passed." : "Smoke check FAILED: " + failures);
        out.flush();
        return failures.isEmpty();
    }

    /** The profile queue has no built consumer yet, so the delivered message waits there. */
    private boolean delivered(SqsClient sqs, Wiring wiring, String marker) {
        QueueSpec queue = wiring.queue(CrmWiring.PROFILE_QUEUE).orElseThrow();
        String url = cloud.queueUrl(queue.name());
        for (int attempt = 0; attempt < 10; attempt++) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1).maxNumberOfMessages(10)).messages();
            if (messages.stream().anyMatch(m -> m.body().contains(marker))) {
                return true;
            }
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
