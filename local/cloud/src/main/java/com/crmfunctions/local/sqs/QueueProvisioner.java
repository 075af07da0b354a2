package com.crmfunctions.local.sqs;

import com.crmfunctions.local.support.Json;
import com.crmfunctions.wiring.QueueSpec;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates every declared queue after its dead-letter queue: visibility timeout, retention, and a
 * RedrivePolicy that moves a message to the DLQ after {@code maxReceiveCount} receives. (ElasticMQ
 * 1.7.1 accepts the retention period but does not apply it: messages do not expire locally.)
 *
 * <p>Declared visibility timeouts are minutes long (they must outlast the function timeout), which
 * would make local redelivery slow; an override replaces them on the source queues, for tests.
 */
public final class QueueProvisioner {
    private final SqsClient sqs;
    private final Optional<Duration> visibilityTimeoutOverride;

    public QueueProvisioner(SqsClient sqs, Optional<Duration> visibilityTimeoutOverride) {
        this.sqs = sqs;
        this.visibilityTimeoutOverride = visibilityTimeoutOverride;
    }

    /** Creates the queues and their DLQs, and returns them all by name. */
    public Map<String, LocalQueue> provision(List<QueueSpec> queues) {
        Map<String, LocalQueue> created = new LinkedHashMap<>();
        for (QueueSpec spec : queues) {
            LocalQueue dlq = create(spec.deadLetterQueueName(), attributes(spec.deadLetterRetention()));
            Map<QueueAttributeName, String> attributes = attributes(spec.retention());
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, seconds(visibilityTimeoutOverride.orElse(spec.visibilityTimeout())));
            attributes.put(QueueAttributeName.REDRIVE_POLICY,
                    Json.write(Map.of("deadLetterTargetArn", dlq.arn(), "maxReceiveCount", spec.maxReceiveCount())));
            created.put(spec.name(), create(spec.name(), attributes));
            created.put(dlq.name(), dlq);
        }
        return created;
    }

    private LocalQueue create(String name, Map<QueueAttributeName, String> attributes) {
        String url = sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new LocalQueue(name, url, arn);
    }

    private static Map<QueueAttributeName, String> attributes(Duration retention) {
        Map<QueueAttributeName, String> attributes = new EnumMap<>(QueueAttributeName.class);
        attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, seconds(retention));
        return attributes;
    }

    private static String seconds(Duration duration) { return String.valueOf(duration.toSeconds()); }
}
