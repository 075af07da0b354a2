package com.crmfunctions.cli.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hands the events of an import to concurrent senders so that
 * <ul>
 *   <li>each member's events go out one at a time, in time order (an event of a member is given out only once
 *       the member's previous one is {@link #done done});</li>
 *   <li>otherwise events go out in time order, several in flight;</li>
 *   <li>the <b>watermark</b>, the time of the earliest event not yet done, never goes back: the local cloud's
 *       clock follows it, so no part of the system sees a time later than an event still in flight;</li>
 *   <li>no event given out lies more than {@code maxLead} after the watermark, so an event is never further in
 *       the clock's future than {@code webhook-ingest} tolerates ({@code CRM_WEBHOOK_MAX_CLOCK_SKEW}).</li>
 * </ul>
 * Thread-safe; {@link #next()} blocks until an event may go.
 */
final class Dispatcher {

    private final List<PlannedEvent> events;
    private final Optional<Duration> maxLead;

    /** Next event of the stream not yet looked at. */
    private int next;
    /** Events looked at and not yet done (given out, or waiting for their member). */
    private final TreeSet<Integer> open = new TreeSet<>();
    /** Members with an event given out and not done. */
    private final Set<String> busy = new HashSet<>();
    /** Per member, their events waiting (while the member is busy), in time order. */
    private final Map<String, ArrayDeque<Integer>> waiting = new HashMap<>();
    /** The first waiting event of each member that is no longer busy. */
    private final PriorityQueue<Integer> ready = new PriorityQueue<>();
    private boolean aborted;

    /**
     * @param events  in {@link PlannedEvent#CHRONOLOGICAL} order
     * @param maxLead how far after the watermark an event may be given out; empty for no limit (when no clock follows)
     */
    Dispatcher(List<PlannedEvent> events, Optional<Duration> maxLead) {
        this.events = List.copyOf(events);
        this.maxLead = maxLead;
    }

    /**
     * The next event that may go, waiting until there is one.
     *
     * @return empty once every event was given out (or the import was aborted)
     */
    synchronized Optional<Ticket> next() throws InterruptedException {
        while (true) {
            if (aborted || (next == events.size() && ready.isEmpty() && waiting.isEmpty())) return Optional.empty();
            Instant watermark = watermark();
            Instant horizon = maxLead.map(watermark::plus).orElse(Instant.MAX);
            Integer candidate = ready.peek();
            while (next < events.size() && (candidate == null || next < candidate) && !at(next).isAfter(horizon)) {
                int index = next++;
                open.add(index);
                String member = events.get(index).memberId();
                if (busy.contains(member) || waiting.containsKey(member)) {
                    waiting.computeIfAbsent(member, m -> new ArrayDeque<>()).add(index);
                } else {
                    candidate = index;
                }
            }
            if (candidate != null && !at(candidate).isAfter(horizon)) {
                String member = events.get(candidate).memberId();
                if (ready.remove(candidate)) {
                    ArrayDeque<Integer> queue = waiting.get(member);
                    queue.poll();
                    if (queue.isEmpty()) waiting.remove(member);
                }
                busy.add(member);
                return Optional.of(new Ticket(candidate, events.get(candidate), watermark));
            }
            wait();
        }
    }

    /** The event of this ticket was answered (whatever the answer). */
    synchronized void done(Ticket ticket) {
        String member = ticket.event().memberId();
        if (!open.remove(ticket.index()) || !busy.remove(member)) {
            throw new IllegalStateException("event " + ticket.index() + " was not given out");
        }
        ArrayDeque<Integer> queue = waiting.get(member);
        if (queue != null) ready.add(queue.peek());
        notifyAll();
    }

    /** Stops giving out events: {@link #next()} returns empty from now on. */
    synchronized void abort() {
        aborted = true;
        notifyAll();
    }

    /** The time of the earliest event not yet done; the last event's time once all are done. */
    synchronized Instant watermark() {
        if (!open.isEmpty()) return at(open.first());
        if (next < events.size()) return at(next);
        return events.isEmpty() ? Instant.EPOCH : at(events.size() - 1);
    }

    private Instant at(int index) {
        return events.get(index).detail().occurredAt();
    }

    /**
     * An event given out.
     *
     * @param clock the watermark when it was given out: the clock must stand at least there before it is sent
     */
    record Ticket(int index, PlannedEvent event, Instant clock) {}
}
