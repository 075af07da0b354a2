package com.crmfunctions.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/** Checks that an SQS message body is the EventBridge envelope of a put entry, as an EventBridge→SQS target delivers it. */
final class EventEnvelopes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventEnvelopes() {}

    static JsonNode assertEnvelopeOf(String body, PutEventsRequestEntry entry, String eventId, String account, String region)
            throws Exception {
        JsonNode envelope = JSON.readTree(body);
        List<String> fields = new ArrayList<>();
        envelope.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail");
        assertThat(envelope.get("version").asText()).isEqualTo("0");
        assertThat(envelope.get("id").asText()).isEqualTo(eventId);
        assertThat(envelope.get("detail-type").asText()).isEqualTo(entry.detailType());
        assertThat(envelope.get("source").asText()).isEqualTo(entry.source());
        assertThat(envelope.get("account").asText()).isEqualTo(account);
        assertThat(envelope.get("region").asText()).isEqualTo(region);
        assertThat(envelope.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        List<String> resources = new ArrayList<>();
        envelope.get("resources").forEach(r -> resources.add(r.asText()));
        assertThat(resources).containsExactlyElementsOf(entry.resources());
        assertThat(envelope.get("detail")).isEqualTo(JSON.readTree(entry.detail()));
        return envelope;
    }
}
