package com.crmfunctions.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.Trigger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Direct invocations (HTTP, schedules) scale out over execution environments as Lambda's do, up to the limit. */
class LocalFunctionTest {
    private static final byte[] EVENT = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void concurrentInvocationsRunInSeparateEnvironmentsUpToTheLimitThenWait() throws Exception {
        AtomicInteger coldStarts = new AtomicInteger();
        Set<Object> instancesSeen = ConcurrentHashMap.newKeySet();
        CountDownLatch twoInside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        LocalFunction function = function(2, () -> {
            coldStarts.incrementAndGet();
            return new RequestHandler<ScheduledEvent, String>() {
                @Override
                public String handleRequest(ScheduledEvent event, com.amazonaws.services.lambda.runtime.Context context) {
                    instancesSeen.add(this);
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    twoInside.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                    return "done";
                }
            };
        });
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) calls.add(callers.submit(() -> function.invoke(EVENT)));

            assertThat(twoInside.await(30, TimeUnit.SECONDS)).as("two invocations at once").isTrue();
            release.countDown();
            for (Future<byte[]> call : calls) assertThat(new String(call.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("\"done\"");
        } finally {
            callers.shutdownNow();
        }
        assertThat(mostInside.get()).isEqualTo(2);
        assertThat(coldStarts.get()).as("the one made at start and one more").isEqualTo(2);
        assertThat(instancesSeen).hasSize(2);
    }

    @Test
    void aPollerTakesTheEnvironmentMadeAtStartAndInvocationsThenMakeTheirOwn() throws Exception {
        AtomicInteger coldStarts = new AtomicInteger();
        LocalFunction function = function(1, () -> {
            coldStarts.incrementAndGet();
            return (RequestHandler<ScheduledEvent, String>) (event, context) -> "ok";
        });
        assertThat(coldStarts.get()).isEqualTo(1);
        function.takeEnvironment();
        assertThat(coldStarts.get()).as("no second cold start for the poller").isEqualTo(1);
        function.invoke(EVENT);
        function.invoke(EVENT);
        assertThat(coldStarts.get()).as("one environment for the direct invocations, reused").isEqualTo(2);
    }

    @Test
    void aHandlerThatCannotBeCreatedGivesItsSlotBack() {
        AtomicInteger coldStarts = new AtomicInteger();
        LocalFunction function = function(1, () -> {
            if (coldStarts.incrementAndGet() > 1) throw new AssertionError("no handler this time");
            return (RequestHandler<ScheduledEvent, String>) (event, context) -> "ok";
        });
        function.takeEnvironment(); // the one made at start goes to a poller: the next invocation needs a cold start

        for (int attempt = 0; attempt < 3; attempt++) { // with the slot kept, the second attempt would wait for ever
            assertThatThrownBy(() -> function.invoke(EVENT)).isInstanceOf(FunctionError.class).hasMessageContaining("no handler this time");
        }
        assertThat(coldStarts.get()).isEqualTo(4);
    }

    private static LocalFunction function(int limit, java.util.function.Supplier<RequestHandler<?, ?>> handlers) {
        FunctionSpec spec = new FunctionSpec("birthday-trigger", "test", "unused", FunctionSpec.Status.PLANNED,
                new Trigger.Schedule("birthday-hourly"), 512, Duration.ofSeconds(30), List.of());
        return new LocalFunction(spec, handlers, LocalAccount.in("eu-west-1"), limit);
    }
}
