package com.crmfunctions.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.Trigger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExecutionEnvironmentTest {
    private static final String SQS_EVENT = "{\"Records\":[{\"messageId\":\"m-1\",\"receiptHandle\":\"r-1\",\"body\":\"{}\","
            + "\"attributes\":{\"ApproximateReceiveCount\":\"2\"},\"messageAttributes\":{},\"md5OfBody\":\"99914b932bd37a50b983c5e7c90ae93b\","
            + "\"eventSource\":\"aws:sqs\",\"eventSourceARN\":\"arn:aws:sqs:eu-west-1:000000000000:points\",\"awsRegion\":\"eu-west-1\"}]}";

    @Test
    void aTypedHandlerGetsTheEventAsTheLambdaRuntimeDeserializesIt() throws Exception {
        AtomicReference<SQSEvent> seen = new AtomicReference<>();
        byte[] output = environment(() -> new FailingFirstRecord(seen)).invoke(bytes(SQS_EVENT));

        SQSEvent.SQSMessage message = seen.get().getRecords().get(0);
        assertThat(message.getEventSourceArn()).isEqualTo("arn:aws:sqs:eu-west-1:000000000000:points");
        assertThat(message.getAttributes()).containsEntry("ApproximateReceiveCount", "2");
        assertThat(new String(output, StandardCharsets.UTF_8)).contains("\"batchItemFailures\"").contains("\"itemIdentifier\":\"m-1\"");
        assertThat(BatchResponses.failedMessageIds(output, Set.of("m-1", "m-2"))).containsExactly("m-1");
    }

    @Test
    void aLambdaExpressionHandlerGetsTheTriggersEventClass() throws Exception {
        AtomicReference<Object> seen = new AtomicReference<>();
        Supplier<RequestHandler<?, ?>> handlers = () -> (RequestHandler<Object, Object>) (event, context) -> {
            seen.set(event);
            return Map.of("ok", true);
        };
        byte[] output = environment(handlers).invoke(bytes(SQS_EVENT));
        assertThat(seen.get()).isInstanceOf(SQSEvent.class);
        assertThat(new String(output, StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
    }

    @Test
    void aHandlerThatThrowsFailsTheInvocation() {
        Supplier<RequestHandler<?, ?>> handlers = () -> (RequestHandler<SQSEvent, Void>) (event, context) -> {
            throw new IllegalStateException("boom");
        };
        assertThatThrownBy(() -> environment(handlers).invoke(bytes(SQS_EVENT))).isInstanceOfSatisfying(FunctionError.class, e -> {
            assertThat(e.errorType()).isEqualTo(IllegalStateException.class.getName());
            assertThat(e.getMessage()).isEqualTo("boom");
        });
    }

    @Test
    void aPartialBatchResponseIsReadAsLambdaReadsIt() {
        Set<String> batch = Set.of("a", "b");
        assertThat(BatchResponses.failedMessageIds(bytes("null"), batch)).isEmpty();
        assertThat(BatchResponses.failedMessageIds(bytes("{\"batchItemFailures\":[]}"), batch)).isEmpty();
        assertThat(BatchResponses.failedMessageIds(bytes("{\"batchItemFailures\":[{\"itemIdentifier\":\"b\"}]}"), batch)).containsExactly("b");
        assertThat(BatchResponses.failedMessageIds(bytes("{\"batchItemFailures\":[{\"itemIdentifier\":\"zzz\"}]}"), batch))
                .containsExactlyInAnyOrderElementsOf(batch);
        assertThat(BatchResponses.failedMessageIds(bytes("{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}"), batch))
                .containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void handlerTypesAreResolvedThroughGenericSuperclasses() {
        HandlerTypes types = HandlerTypes.of(ConcreteHandler.class);
        assertThat(types.input()).isEqualTo(SQSEvent.class);
        assertThat(types.output()).isEqualTo(SQSBatchResponse.class);
        assertThat(HandlerTypes.known(HandlerTypes.of(RawHandler.class).input())).isFalse();
    }

    private static ExecutionEnvironment environment(Supplier<? extends RequestHandler<?, ?>> handlers) {
        FunctionSpec spec = new FunctionSpec("points-accrual", "test", "unused", FunctionSpec.Status.PLANNED,
                new Trigger.Queue("points", 10, Duration.ZERO, 2), 512, Duration.ofSeconds(30), List.of());
        return new LocalFunction(spec, handlers, LocalAccount.in("eu-west-1"), 1).takeEnvironment();
    }

    private static byte[] bytes(String json) { return json.getBytes(StandardCharsets.UTF_8); }

    static final class FailingFirstRecord implements RequestHandler<SQSEvent, SQSBatchResponse> {
        private final AtomicReference<SQSEvent> seen;

        FailingFirstRecord(AtomicReference<SQSEvent> seen) { this.seen = seen; }

        @Override
        public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
            seen.set(event);
            return new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure(event.getRecords().get(0).getMessageId())));
        }
    }

    abstract static class BatchHandler<I, O> implements RequestHandler<I, O> {}

    static final class ConcreteHandler extends BatchHandler<SQSEvent, SQSBatchResponse> {
        @Override
        public SQSBatchResponse handleRequest(SQSEvent event, Context context) { return null; }
    }

    @SuppressWarnings("rawtypes")
    static final class RawHandler implements RequestHandler {
        @Override
        public Object handleRequest(Object input, Context context) { return null; }
    }
}
