package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqsBatchTest {

    private static final String QUEUE = "arn:aws:sqs:eu-west-1:123456789012:points";

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final JsonLog log = new JsonLog(new PrintStream(logged, true, StandardCharsets.UTF_8));
    private final List<String> handled = new ArrayList<>();

    @Test
    void aRecordThatThrowsIsReportedAndTheOthersAreNot() throws Exception {
        SQSEvent event = event(QUEUE, "m1", "m2", "m3");

        SQSBatchResponse response = SqsBatch.process(event, message -> {
            handled.add(message.getMessageId());
            if (message.getMessageId().equals("m2")) throw new IllegalArgumentException("order o-2 has no member");
        }, log);

        assertThat(failedIds(response)).containsExactly("m2");
        assertThat(handled).containsExactly("m1", "m2", "m3");
        List<JsonNode> lines = logLines();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("level").asText()).isEqualTo("ERROR");
        assertThat(lines.get(0).get("messageId").asText()).isEqualTo("m2");
        assertThat(lines.get(0).get("receiveCount").asText()).isEqualTo("1");
        assertThat(lines.get(0).get("errorType").asText()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(lines.get(0).get("error").asText()).isEqualTo("order o-2 has no member");
        assertThat(lines.get(0).get("stackTrace").asText()).contains("SqsBatchTest");
        assertThat(lines.get(0).has("body")).as("bodies may hold personal data").isFalse();
    }

    @Test
    void anEmptyOrMissingBatchHasNoFailures() {
        assertThat(SqsBatch.process(new SQSEvent(), message -> handled.add("called"), log).getBatchItemFailures()).isEmpty();
        assertThat(SqsBatch.process(event(QUEUE), message -> handled.add("called"), log).getBatchItemFailures()).isEmpty();
        assertThat(handled).isEmpty();
        assertThat(logged.size()).isZero();
    }

    @Test
    void whenEveryRecordFailsEveryRecordIsReported() throws Exception {
        SQSBatchResponse response = SqsBatch.process(event(QUEUE, "m1", "m2"), message -> {
            throw new Exception("checked failure of " + message.getMessageId());
        }, log);

        assertThat(failedIds(response)).containsExactly("m1", "m2");
        assertThat(logLines()).extracting(line -> line.get("error").asText())
                .containsExactly("checked failure of m1", "checked failure of m2");
    }

    @Test
    void onAFifoQueueTheRecordsAfterAFailureAreReportedUnprocessed() throws Exception {
        SQSBatchResponse response = SqsBatch.process(event(QUEUE + ".fifo", "m1", "m2", "m3"), message -> {
            handled.add(message.getMessageId());
            if (message.getMessageId().equals("m2")) throw new IllegalStateException("conflict");
        }, log);

        assertThat(failedIds(response)).containsExactly("m2", "m3");
        assertThat(handled).containsExactly("m1", "m2");
        assertThat(logLines()).extracting(line -> line.get("messageId").asText()).containsExactly("m2", "m3");
    }

    @Test
    void aJvmErrorIsNotCaughtSoTheWholeBatchIsRetried() {
        assertThatThrownBy(() -> SqsBatch.process(event(QUEUE, "m1"), message -> {
            throw new OutOfMemoryError("simulated");
        }, log)).isInstanceOf(OutOfMemoryError.class);
    }

    private static SQSEvent event(String queueArn, String... messageIds) {
        SQSEvent event = new SQSEvent();
        event.setRecords(Arrays.stream(messageIds).map(id -> {
            SQSMessage message = new SQSMessage();
            message.setMessageId(id);
            message.setEventSourceArn(queueArn);
            message.setBody("{\"detail\":{}}");
            message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
            return message;
        }).collect(Collectors.toList()));
        return event;
    }

    private static List<String> failedIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toList());
    }

    private List<JsonNode> logLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : logged.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isBlank()) lines.add(mapper.readTree(line));
        }
        return lines;
    }
}
