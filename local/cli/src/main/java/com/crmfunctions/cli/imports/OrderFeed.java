package com.crmfunctions.cli.imports;

import com.crmfunctions.events.InvalidEventException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Sends the events of a plan through the webhook with {@code concurrency} deliveries in flight, in the order
 * the {@link Dispatcher} allows: each member's events one after the other in time order, the clock moved to
 * the watermark before each delivery. An event that breaks its contract is not sent, and a refund of an order
 * that was refused (by the webhook or for its contract) is withheld, so it cannot wait for its order for ever. When
 * the server cannot be reached even after retries, the feed stops and {@link #send} throws.
 */
final class OrderFeed {

    private final WebhookClient client;
    private final int concurrency;
    private final Optional<Duration> maxLead;
    private final Consumer<Instant> clock;
    private final ImportTally tally;

    /**
     * @param maxLead how far ahead of the clock an event may be sent; empty when {@code clock} is not followed
     * @param clock   moves the receiving cloud's clock forward to an instant (never back); a no-op for a remote cloud
     */
    OrderFeed(WebhookClient client, int concurrency, Optional<Duration> maxLead, Consumer<Instant> clock, ImportTally tally) {
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1");
        this.client = Objects.requireNonNull(client, "client");
        this.concurrency = concurrency;
        this.maxLead = Objects.requireNonNull(maxLead, "maxLead");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tally = Objects.requireNonNull(tally, "tally");
    }

    /** Sends every event and returns once all are answered. */
    void send(List<PlannedEvent> events) throws IOException, InterruptedException {
        Dispatcher dispatcher = new Dispatcher(events, maxLead);
        AtomicReference<IOException> failure = new AtomicReference<>();
        List<Thread> senders = new ArrayList<>(concurrency);
        for (int i = 1; i <= concurrency; i++) {
            Thread sender = new Thread(() -> run(dispatcher, failure), "crm-import-" + i);
            sender.setDaemon(true);
            senders.add(sender);
            sender.start();
        }
        try {
            for (Thread sender : senders) sender.join();
        } catch (InterruptedException e) {
            dispatcher.abort();
            senders.forEach(Thread::interrupt);
            throw e;
        }
        if (failure.get() != null) throw failure.get();
        clock.accept(dispatcher.watermark());
    }

    private void run(Dispatcher dispatcher, AtomicReference<IOException> failure) {
        try {
            for (Optional<Dispatcher.Ticket> next = dispatcher.next(); next.isPresent(); next = dispatcher.next()) {
                Dispatcher.Ticket ticket = next.get();
                try {
                    deliver(ticket);
                } catch (IOException e) {
                    failure.compareAndSet(null, new IOException("cannot reach " + client.url() + ": " + e.getMessage(), e));
                    dispatcher.abort();
                } catch (RuntimeException e) { // e.g. a URL the HTTP client refuses: stop, never report a silent success
                    failure.compareAndSet(null, new IOException("cannot send to " + client.url() + ": " + e.getMessage(), e));
                    dispatcher.abort();
                } finally {
                    dispatcher.done(ticket);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dispatcher.abort();
        }
    }

    private void deliver(Dispatcher.Ticket ticket) throws IOException, InterruptedException {
        PlannedEvent event = ticket.event();
        if (event.isRefund() && tally.orderRejected(event.orderId())) {
            tally.withheld();
            return;
        }
        String body;
        try {
            body = event.body();
        } catch (InvalidEventException e) {
            tally.invalid(event, e.getMessage());
            return;
        }
        clock.accept(ticket.clock());
        tally.answered(event, client.post(body));
    }
}
