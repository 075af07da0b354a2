package com.crmfunctions.local;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings that point AWS SDK v2 clients at the local cloud without code changes: the
 * per-service endpoint overrides the SDK reads (system property {@code aws.endpointUrl<Service>},
 * environment {@code AWS_ENDPOINT_URL_<SERVICE>}; names checked in SDK 2.40's client builders), the
 * region, dummy credentials, and each queue's URL under the name the functions look it up by.
 */
public final class SdkSettings {
    /** Dummy credentials: the local services do not check signatures. */
    public static final String ACCESS_KEY_ID = "local";
    public static final String SECRET_ACCESS_KEY = "local";

    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    SdkSettings(Endpoints endpoints, String region, Map<String, String> queueUrls) {
        add("aws.endpointUrlDynamoDb", "AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamodb().toString());
        add("aws.endpointUrlSqs", "AWS_ENDPOINT_URL_SQS", endpoints.sqs().toString());
        add("aws.endpointUrlEventBridge", "AWS_ENDPOINT_URL_EVENTBRIDGE", endpoints.events().toString());
        add("aws.endpointUrlSesV2", "AWS_ENDPOINT_URL_SESV2", endpoints.sesv2().toString());
        add("aws.region", "AWS_REGION", region);
        add("aws.accessKeyId", "AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        add("aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        // The functions find a queue's URL by its logical name (adapters' ResourceNames); the CDK app sets the same
        // variables from the deployed queues.
        queueUrls.forEach((queue, url) -> add("crm.queue." + queue + ".url", queueUrlVariable(queue), url));
    }

    /** {@code churn-segments} → {@code CRM_QUEUE_CHURN_SEGMENTS_URL}, the variable a function reads a queue's URL from. */
    public static String queueUrlVariable(String queue) {
        return "CRM_QUEUE_" + queue.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** JVM system properties, e.g. {@code aws.endpointUrlSqs=http://127.0.0.1:41234}. */
    public Map<String, String> systemProperties() { return Map.copyOf(systemProperties); }

    /** The same as environment variables, for another process (e.g. {@code AWS_ENDPOINT_URL_SQS}). */
    public Map<String, String> environment() { return Map.copyOf(environment); }

    /** Sets the system properties; closing the result puts the previous values back. */
    public Applied apply() {
        Map<String, String> previous = new HashMap<>();
        systemProperties.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        return new Applied(previous);
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        systemProperties.keySet().forEach(name -> text.append("  ").append(name).append('=').append(systemProperties.get(name)).append('\n'));
        text.append("  (environment: ");
        text.append(String.join(" ", environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        return text.append(")\n").toString();
    }

    private void add(String property, String variable, String value) {
        systemProperties.put(property, value);
        environment.put(variable, value);
    }

    /** Applied system properties; {@link #close()} restores what was there before. */
    public static final class Applied implements AutoCloseable {
        private final Map<String, String> previous;

        private Applied(Map<String, String> previous) { this.previous = previous; }

        @Override
        public void close() {
            previous.forEach((name, value) -> {
                if (value == null) System.clearProperty(name); else System.setProperty(name, value);
            });
        }
    }
}
