package com.crmfunctions.local.schedule;

import com.crmfunctions.local.ControllableClock;
import com.crmfunctions.local.support.Json;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.local.support.NamedThreads;
import com.crmfunctions.local.support.Timestamps;
import com.crmfunctions.wiring.ScheduleSpec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * EventBridge Scheduler on the shared clock. Each schedule remembers up to when it has been
 * evaluated; {@link #fireDue()} fires every occurrence passed since (in order), each as a
 * ScheduledEvent whose {@code time} is the scheduled instant. Moving the clock fires what it passed;
 * a clock that follows system time is also checked every second. Each occurrence fires once: moving
 * the clock back fires nothing, and moving it forward again fires only what lies past the furthest
 * time seen.
 *
 * <p>The event is what a Scheduler target configured with a ScheduledEvent-shaped input sends:
 * {@code source "aws.scheduler"}, {@code detail-type "Scheduled Event"}, {@code resources} = the
 * schedule ARN, {@code detail {}}.
 */
public final class Scheduler implements AutoCloseable {
    public static final String SOURCE = "aws.scheduler";
    public static final String DETAIL_TYPE = "Scheduled Event";
    /** A guard against a clock moved years ahead: past this many, later occurrences are skipped and logged. */
    static final int MAX_FIRINGS_PER_CHECK = 1000;

    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

    private final Map<String, Entry> schedules = new LinkedHashMap<>();
    private final ControllableClock clock;
    private final LocalAccount account;
    private final BiConsumer<String, byte[]> invoke;
    private final Runnable onClockChange = this::fireDue;
    private final ScheduledExecutorService ticker;
    private int pauses;

    /**
     * @param invoke called with (function name, ScheduledEvent JSON) for each firing whose function runs locally
     * @param running the names of the functions that run locally
     */
    public Scheduler(List<ScheduleSpec> specs, ControllableClock clock, LocalAccount account, List<String> running,
                     BiConsumer<String, byte[]> invoke) {
        this.clock = clock;
        this.account = account;
        this.invoke = invoke;
        Instant now = clock.instant();
        for (ScheduleSpec spec : specs) {
            schedules.put(spec.name(), new Entry(spec, ScheduleExpression.parse(spec.expression(), spec.timeZone(), now), now,
                    running.contains(spec.targetFunction())));
        }
        clock.addListener(onClockChange);
        if (clock.followsSystemTime()) {
            ticker = Executors.newSingleThreadScheduledExecutor(new NamedThreads("scheduler"));
            ticker.scheduleWithFixedDelay(this::fireDue, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /** Fires every occurrence passed since the last check, and returns them. */
    public synchronized List<ScheduleFiring> fireDue() {
        Instant now = clock.instant();
        if (pauses > 0) {
            schedules.values().forEach(entry -> entry.checkedUpTo = later(entry.checkedUpTo, now));
            return List.of();
        }
        List<ScheduleFiring> fired = new ArrayList<>();
        for (Entry entry : schedules.values()) {
            int count = 0;
            for (Optional<Instant> next = entry.expression.nextAfter(entry.checkedUpTo);
                 next.isPresent() && !next.get().isAfter(now); next = entry.expression.nextAfter(next.get())) {
                if (++count > MAX_FIRINGS_PER_CHECK) {
                    LOG.warning("schedule " + entry.spec.name() + ": more than " + MAX_FIRINGS_PER_CHECK
                            + " occurrences passed at once; the later ones up to " + now + " are skipped");
                    break;
                }
                fire(entry, next.get()).ifPresent(fired::add);
            }
            if (now.isAfter(entry.checkedUpTo)) entry.checkedUpTo = now;
        }
        return fired;
    }

    /**
     * Pauses the schedules (pauses nest: each {@code pause()} needs its {@link #resume()}). While paused, the
     * occurrences the clock passes are skipped, not kept for later: as for a deployed cloud taking in an old order
     * history, whose schedules run on today's time.
     */
    public synchronized void pause() {
        if (pauses++ == 0) fireDue(); // what fell due before the pause still fires
    }

    /** Ends one pause; the last one ends skipping (what passed up to now stays skipped). */
    public synchronized void resume() {
        if (pauses == 0) throw new IllegalStateException("the schedules are not paused");
        if (pauses == 1) fireDue(); // while still paused: moves past what the clock passed since the last check
        pauses--;
    }

    private static Instant later(Instant a, Instant b) { return a.isAfter(b) ? a : b; }

    /** Fires one occurrence of a schedule now (at the clock's current time). */
    public synchronized Optional<ScheduleFiring> fireNow(String schedule) {
        Entry entry = schedules.get(schedule);
        if (entry == null) throw new IllegalArgumentException("no schedule named " + schedule + "; known: " + schedules.keySet());
        return fire(entry, clock.instant());
    }

    @Override
    public void close() {
        clock.removeListener(onClockChange);
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Optional<ScheduleFiring> fire(Entry entry, Instant time) {
        String function = entry.spec.targetFunction();
        if (!entry.targetRuns) {
            LOG.fine(() -> "schedule " + entry.spec.name() + " at " + time + ": function " + function + " is not running locally");
            return Optional.empty();
        }
        invoke.accept(function, Json.bytes(scheduledEvent(entry.spec.name(), time)));
        return Optional.of(new ScheduleFiring(entry.spec.name(), function, time));
    }

    private ObjectNode scheduledEvent(String schedule, Instant time) {
        ObjectNode event = Json.object()
                .put("version", "0")
                .put("id", UUID.randomUUID().toString())
                .put("detail-type", DETAIL_TYPE)
                .put("source", SOURCE)
                .put("account", account.id())
                .put("time", Timestamps.eventTime(time))
                .put("region", account.region());
        event.putArray("resources").add(account.scheduleArn(schedule));
        event.putObject("detail");
        return event;
    }

    private static final class Entry {
        final ScheduleSpec spec;
        final ScheduleExpression expression;
        final boolean targetRuns;
        Instant checkedUpTo;

        Entry(ScheduleSpec spec, ScheduleExpression expression, Instant checkedUpTo, boolean targetRuns) {
            this.spec = spec;
            this.expression = expression;
            this.checkedUpTo = checkedUpTo;
            this.targetRuns = targetRuns;
        }
    }
}
