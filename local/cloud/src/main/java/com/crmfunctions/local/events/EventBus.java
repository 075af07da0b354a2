package com.crmfunctions.local.events;

import com.crmfunctions.local.sqs.LocalQueue;
import com.crmfunctions.local.support.Json;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.local.support.Timestamps;
import com.crmfunctions.wiring.RuleSpec;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The event bus: validates PutEvents entries as EventBridge does, wraps each accepted one in the
 * EventBridge envelope, matches it against the rules of the named bus and sends the envelope, as the
 * message body, to each matching rule's target queue (what an EventBridge SQS target delivers).
 * Delivery is done before PutEvents answers, so a caller that got its event id can already see the
 * messages. The default bus exists but has no rules, as in a fresh account.
 */
public final class EventBus {
    private static final Logger LOG = Logger.getLogger(EventBus.class.getName());

    private final String busName;
    private final String busArn;
    private final LocalAccount account;
    private final Clock clock;
    private final EventRules rules;
    private final Map<String, LocalQueue> queues;
    private final SqsClient sqs;
    private final PutEventsValidator validator;
    private final EventLog log = new EventLog();

    public EventBus(String busName, LocalAccount account, Clock clock, EventRules rules, Map<String, LocalQueue> queues, SqsClient sqs) {
        this.busName = busName;
        this.busArn = account.busArn(busName);
        this.account = account;
        this.clock = clock;
        this.rules = rules;
        this.queues = Map.copyOf(queues);
        this.sqs = sqs;
        this.validator = new PutEventsValidator(busName, busArn, account.busArn(PutEventsValidator.DEFAULT_BUS));
    }

    public EventLog log() { return log; }

    /** PutEvents: one result per entry, in order; throws {@link RequestRejectedException} for a bad request. */
    public List<EntryResult> put(List<PutEventsEntry> entries) {
        validator.checkRequest(entries);
        List<EntryResult> results = new ArrayList<>(entries.size());
        for (PutEventsEntry entry : entries) {
            Optional<EntryError> error = validator.check(entry);
            if (error.isPresent()) {
                log.record(new RejectedEntry(entry, error.get()));
                results.add(EntryResult.failed(error.get()));
            } else {
                results.add(EntryResult.accepted(publish(entry)));
            }
        }
        return results;
    }

    private String publish(PutEventsEntry entry) {
        String id = UUID.randomUUID().toString();
        String envelope = envelope(id, entry);
        boolean onNamedBus = isNamedBus(PutEventsValidator.busOf(entry));
        List<RuleSpec> matched = onNamedBus ? rules.matching(envelope) : List.of();
        List<String> deliveredTo = new ArrayList<>();
        for (RuleSpec rule : matched) {
            if (deliver(rule, envelope)) deliveredTo.add(rule.targetQueue());
        }
        log.record(new PublishedEvent(id, onNamedBus ? busName : PutEventsValidator.DEFAULT_BUS, entry.source(), entry.detailType(),
                envelope, matched.stream().map(RuleSpec::name).toList(), deliveredTo));
        return id;
    }

    private boolean isNamedBus(String bus) { return bus.equals(busName) || bus.equals(busArn); }

    private boolean deliver(RuleSpec rule, String envelope) {
        try {
            sqs.sendMessage(r -> r.queueUrl(queues.get(rule.targetQueue()).url()).messageBody(envelope));
            return true;
        } catch (SdkException e) {
            LOG.log(Level.WARNING, "rule " + rule.name() + ": delivery to queue " + rule.targetQueue() + " failed", e);
            return false;
        }
    }

    /** The envelope EventBridge builds, fields in EventBridge's order. */
    private String envelope(String id, PutEventsEntry entry) {
        Instant time = entry.time() != null ? entry.time() : clock.instant();
        ObjectNode envelope = Json.object()
                .put("version", "0")
                .put("id", id)
                .put("detail-type", entry.detailType())
                .put("source", entry.source())
                .put("account", account.id())
                .put("time", Timestamps.eventTime(time))
                .put("region", account.region());
        ArrayNode resources = envelope.putArray("resources");
        entry.resources().forEach(resources::add);
        envelope.set("detail", Json.parse(entry.detail()));
        return Json.write(envelope);
    }
}
