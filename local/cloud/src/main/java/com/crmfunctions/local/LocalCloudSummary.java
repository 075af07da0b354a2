package com.crmfunctions.local;

import com.crmfunctions.local.lambda.SqsEventSourceMapping;
import com.crmfunctions.local.schedule.ScheduleExpression;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.IndexSpec;
import com.crmfunctions.wiring.KeySpec;
import com.crmfunctions.wiring.QueueSpec;
import com.crmfunctions.wiring.RuleSpec;
import com.crmfunctions.wiring.ScheduleSpec;
import com.crmfunctions.wiring.TableSpec;
import com.crmfunctions.wiring.Trigger;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The printable summary of a running local cloud: what is where, and what runs. */
final class LocalCloudSummary {
    private final LocalCloud cloud;
    private final StringBuilder text = new StringBuilder();

    LocalCloudSummary(LocalCloud cloud) { this.cloud = cloud; }

    String render() {
        text.append(String.format(Locale.ROOT, "CRM local cloud: started in %.2f s (region %s, account %s)%n",
                cloud.startupTime().toMillis() / 1000.0, cloud.region(), cloud.accountId()));
        section("Endpoints");
        cloud.endpoints().asMap().forEach((name, uri) -> line("%-9s %s", name, uri));
        line("outbox    GET %s/_outbox%s", cloud.endpoints().sesv2(),
                cloud.outbox().directory().map(d -> ", files in " + d.toAbsolutePath()).orElse(" (in memory)"));
        section("SDK settings (set in this JVM while the cloud runs)");
        text.append(cloud.sdkSettings().describe());
        section("Clock");
        line("%s", cloud.clock());
        section("Tables (DynamoDB Local, " + cloud.dataDirectory().map(d -> "data in " + d.toAbsolutePath()).orElse("in memory") + ")");
        cloud.wiring().tables().forEach(this::table);
        section("Queues (each with a -dlq)");
        cloud.wiring().queues().forEach(this::queue);
        section("Rules on " + cloud.wiring().busName());
        for (RuleSpec rule : cloud.wiring().rules()) {
            line("%-36s %s -> %s%s", rule.name(), rule.eventPattern(), rule.targetQueue(),
                    cloud.liveRules().contains(rule) ? "" : "  (not on the bus: its consumer does not run)");
        }
        section("Schedules");
        cloud.wiring().schedules().forEach(this::schedule);
        section("Functions");
        Map<String, SqsEventSourceMapping> pollers = cloud.mappings().stream()
                .collect(Collectors.toMap(SqsEventSourceMapping::functionName, Function.identity()));
        for (FunctionSpec function : cloud.wiring().functions()) {
            SqsEventSourceMapping mapping = pollers.get(function.name());
            line("%-26s %-40s %s%s", function.name(), cloud.bindings().get(function.name()).state(), trigger(function.trigger()),
                    mapping == null ? "" : ", pollers: " + mapping.concurrency());
        }
        section("HTTP routes served");
        cloud.httpRoutes().forEach(route -> line("%s", route));
        return text.toString();
    }

    private void table(TableSpec table) {
        StringBuilder keys = new StringBuilder(key(table.partitionKey()));
        table.sortKey().ifPresent(sk -> keys.append(", ").append(key(sk)));
        for (IndexSpec index : table.globalIndexes()) {
            keys.append("; GSI ").append(index.name()).append('(').append(key(index.partitionKey()));
            index.sortKey().ifPresent(sk -> keys.append(", ").append(key(sk)));
            keys.append(')');
        }
        table.ttlAttribute().ifPresent(ttl -> keys.append("; TTL ").append(ttl));
        line("%-10s %s", table.name(), keys);
    }

    private void queue(QueueSpec queue) {
        String visibility = queue.visibilityTimeout().toSeconds() + " s"
                + cloud.visibilityTimeoutOverride().map(o -> " (locally " + o.toMillis() / 1000.0 + " s)").orElse("");
        line("%-15s visibility %s, DLQ after %d receives", queue.name(), visibility, queue.maxReceiveCount());
    }

    private void schedule(ScheduleSpec schedule) {
        String next = ScheduleExpression.parse(schedule.expression(), schedule.timeZone(), cloud.clock().instant())
                .nextAfter(cloud.clock().instant()).map(Object::toString).orElse("never");
        String zone = schedule.timeZone().equals(ZoneOffset.UTC) ? "UTC" : schedule.timeZone().getId();
        line("%-22s %-22s %-4s -> %-26s next %s", schedule.name(), schedule.expression(), zone, schedule.targetFunction(), next);
    }

    private static String trigger(Trigger trigger) {
        if (trigger instanceof Trigger.Queue q) return "queue " + q.queue() + " (batch " + q.batchSize() + ")";
        if (trigger instanceof Trigger.Schedule s) return "schedule " + s.schedule();
        Trigger.Http http = (Trigger.Http) trigger;
        return "http " + http.routes().stream().map(Trigger.Route::routeKey).collect(Collectors.joining(", "));
    }

    private static String key(KeySpec key) { return key.name() + ":" + key.type(); }

    private void section(String title) { text.append('\n').append(title).append('\n'); }

    private void line(String format, Object... args) { text.append("  ").append(String.format(Locale.ROOT, format, args)).append('\n'); }
}
