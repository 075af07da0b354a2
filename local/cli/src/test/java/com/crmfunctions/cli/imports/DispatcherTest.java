package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderTotals;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    private static final Instant T0 = Instant.parse("2010-01-04T09:00:00Z");

    @Test
    void givesEventsOutInTimeOrderWithTheWatermarkAtTheEarliestNotDone() throws Exception {
        Dispatcher dispatcher = new Dispatcher(List.of(order(1, "a", 0), order(2, "b", 5), order(3, "c", 9)), Optional.empty());
        Dispatcher.Ticket first = dispatcher.next().orElseThrow();
        Dispatcher.Ticket second = dispatcher.next().orElseThrow();
        Dispatcher.Ticket third = dispatcher.next().orElseThrow();
        assertThat(List.of(first, second, third)).extracting(t -> t.event().key()).containsExactly("1", "2", "3");
        assertThat(List.of(first, second, third)).extracting(Dispatcher.Ticket::clock).containsOnly(T0);
        dispatcher.done(second);
        assertThat(dispatcher.watermark()).isEqualTo(T0);
        dispatcher.done(first);
        assertThat(dispatcher.watermark()).isEqualTo(T0.plusSeconds(9 * 60));
        dispatcher.done(third);
        assertThat(dispatcher.next()).isEmpty();
    }

    @Test
    void aMembersNextEventWaitsUntilTheirPreviousOneIsDoneWhileOtherMembersGoOn() throws Exception {
        Dispatcher dispatcher = new Dispatcher(List.of(order(1, "a", 0), order(2, "a", 1), order(3, "b", 2)), Optional.empty());
        Dispatcher.Ticket a1 = dispatcher.next().orElseThrow();
        Dispatcher.Ticket b = dispatcher.next().orElseThrow();
        assertThat(b.event().key()).isEqualTo("3");
        dispatcher.done(a1);
        Dispatcher.Ticket a2 = dispatcher.next().orElseThrow();
        assertThat(a2.event().key()).isEqualTo("2");
        assertThat(a2.clock()).isEqualTo(T0.plusSeconds(60)); // the earliest not done is a2 itself
    }

    @Test
    void noEventIsGivenOutFurtherAheadOfTheWatermarkThanTheMaximumLead() throws Exception {
        Dispatcher dispatcher = new Dispatcher(List.of(order(1, "a", 0), order(2, "b", 30), order(3, "c", 61)),
                Optional.of(Duration.ofMinutes(60)));
        Dispatcher.Ticket first = dispatcher.next().orElseThrow();
        Dispatcher.Ticket second = dispatcher.next().orElseThrow();
        assertThat(second.event().key()).isEqualTo("2");
        ExecutorService waiter = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Dispatcher.Ticket>> third = waiter.submit(dispatcher::next);
            Thread.sleep(100);
            assertThat(third).isNotDone(); // 61 minutes after the watermark
            dispatcher.done(first);
            assertThat(third.get(5, TimeUnit.SECONDS)).hasValueSatisfying(t -> {
                assertThat(t.event().key()).isEqualTo("3");
                assertThat(t.clock()).isEqualTo(T0.plusSeconds(30 * 60));
            });
        } finally {
            waiter.shutdownNow();
        }
    }

    @Test
    void anAbortStopsEveryWaitingSender() throws Exception {
        Dispatcher dispatcher = new Dispatcher(List.of(order(1, "a", 0), order(2, "a", 1)), Optional.empty());
        dispatcher.next().orElseThrow();
        ExecutorService waiter = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Dispatcher.Ticket>> next = waiter.submit(dispatcher::next);
            dispatcher.abort();
            assertThat(next.get(5, TimeUnit.SECONDS)).isEmpty();
        } finally {
            waiter.shutdownNow();
        }
    }

    @Test
    void concurrentSendersKeepEachMembersOrderAndAMonotoneClockWithinTheLead() throws Exception {
        Random random = new Random(42);
        List<PlannedEvent> events = new ArrayList<>();
        int minute = 0;
        for (int i = 1; i <= 3000; i++) {
            minute += random.nextInt(3);
            events.add(order(i, "m" + random.nextInt(40), minute));
        }
        Duration lead = Duration.ofMinutes(20);
        Dispatcher dispatcher = new Dispatcher(events, Optional.of(lead));
        Map<String, List<Long>> sentByMember = new ConcurrentHashMap<>();
        List<Instant> clocks = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = new CopyOnWriteArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(6);
        for (int s = 0; s < 6; s++) {
            senders.submit(() -> {
                for (Optional<Dispatcher.Ticket> t = dispatcher.next(); t.isPresent(); t = dispatcher.next()) {
                    Dispatcher.Ticket ticket = t.get();
                    Instant at = ticket.event().detail().occurredAt();
                    if (ticket.clock().isAfter(at)) problems.add("the clock passed an event in flight");
                    if (at.isAfter(ticket.clock().plus(lead))) problems.add("beyond the lead");
                    synchronized (clocks) { // samples in the order taken
                        Instant watermark = dispatcher.watermark();
                        if (!clocks.isEmpty() && watermark.isBefore(clocks.get(clocks.size() - 1))) problems.add("watermark went back");
                        clocks.add(watermark);
                    }
                    sentByMember.computeIfAbsent(ticket.event().memberId(), m -> new CopyOnWriteArrayList<>()).add(ticket.event().sequence());
                    if (random.nextBoolean()) Thread.yield();
                    dispatcher.done(ticket);
                }
                return null;
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(problems).isEmpty();
        assertThat(sentByMember.values().stream().mapToInt(List::size).sum()).isEqualTo(events.size());
        sentByMember.values().forEach(sequences -> assertThat(sequences).isSorted());
    }

    /** An order of {@code member}, {@code minutes} after T0, its key and sequence {@code n}. */
    static PlannedEvent order(long n, String member, int minutes) {
        OrderLine line = new OrderLine("1", LineKind.MERCHANDISE, "SKU", "c", 1, BigDecimal.ONE, BigDecimal.ZERO);
        return new PlannedEvent(n, new OrderPlaced(Long.toString(n), member, "s", Channel.WEB, OrderEvents.GBP, List.of(line),
                new OrderTotals(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE), List.of(), T0.plusSeconds(minutes * 60L), "t", "t"));
    }
}
