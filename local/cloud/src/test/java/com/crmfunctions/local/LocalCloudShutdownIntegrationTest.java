package com.crmfunctions.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.local.support.NamedThreads;
import com.crmfunctions.wiring.CrmWiring;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * {@code close()} stops everything the cloud started: no non-daemon thread it created outlives it
 * (DynamoDB Local's Jetty, ElasticMQ's actor system, the pollers, the HTTP servers, the scheduler's
 * ticker), even while pollers sit in a 20 s long poll.
 */
class LocalCloudShutdownIntegrationTest {

    @Test
    void closeLeavesNoThreadOfTheCloudRunning() throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        RecordingSqsHandler points = new RecordingSqsHandler();
        LocalCloud cloud = LocalCloud.builder()
                .wiring(CrmWiring.declaration())
                .clock(ControllableClock.followingSystemTime())
                .handler("points-accrual", () -> points)
                .start();
        Thread waiter = new Thread(() -> {
            try {
                cloud.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "await-close");
        waiter.start();
        try (EventBridgeClient events = EventBridgeClient.create()) {
            events.putEvents(r -> r.entries(e -> e.eventBusName(CrmWiring.BUS).source("crm.storefront").detailType("OrderPlaced")
                    .detail("{\"orderId\":\"o-shutdown\"}")));
            assertThat(cloud.awaitIdle(Duration.ofSeconds(60))).isTrue();
            assertThat(points.messagesWith("o-shutdown")).hasSize(1);
            assertThat(startedSince(before)).anyMatch(t -> t.getName().startsWith(NamedThreads.PREFIX + "lambda-points-accrual"));
        } finally {
            cloud.close();
        }

        waiter.join(Duration.ofSeconds(30).toMillis());
        assertThat(waiter.isAlive()).as("awaitClose() returns once the cloud is closed").isFalse();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!startedSince(before).isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
        List<Thread> left = startedSince(before);
        assertThat(left).as(() -> "threads left running:\n" + describe(left)).isEmpty();
        assertThat(System.getProperty("aws.endpointUrlEventBridge")).isNull();
    }

    private static String describe(List<Thread> threads) {
        StringBuilder text = new StringBuilder();
        for (Thread thread : threads) {
            text.append(thread.getName()).append('\n');
            for (StackTraceElement frame : thread.getStackTrace()) text.append("    at ").append(frame).append('\n');
        }
        return text.toString();
    }

    /** Live threads that were not there before and would keep the JVM alive, or that the cloud named. */
    private static List<Thread> startedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t))
                .filter(t -> !t.isDaemon() || t.getName().startsWith(NamedThreads.PREFIX))
                .toList();
    }
}
