package com.crmfunctions.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The one clock of a local cloud: event times, scheduled events and HTTP request times all read it,
 * and handlers under test should be given it too. It either stands still until it is set or advanced
 * ({@link #fixedAt}), or follows system time from a movable offset ({@link #followingSystemTime}).
 * Setting or advancing it tells the listeners (the scheduler fires the schedules it passed).
 *
 * <p>Thread-safe. {@link #withZone} returns a view sharing the same time.
 */
public final class ControllableClock extends Clock {
    private final State state;
    private final ZoneId zone;

    private ControllableClock(State state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    /** A clock that stands at {@code start} until set or advanced. */
    public static ControllableClock fixedAt(Instant start) {
        return new ControllableClock(new State(Objects.requireNonNull(start, "start"), Clock.systemUTC()), ZoneOffset.UTC);
    }

    /** A clock that follows system time; set/advance move it by an offset and it keeps running from there. */
    public static ControllableClock followingSystemTime() {
        return new ControllableClock(new State(null, Clock.systemUTC()), ZoneOffset.UTC);
    }

    @Override
    public Instant instant() { return state.instant(); }

    @Override
    public ZoneId getZone() { return zone; }

    @Override
    public ControllableClock withZone(ZoneId newZone) { return new ControllableClock(state, newZone); }

    /** Whether the clock runs on its own (it follows system time) or stands still between changes. */
    public boolean followsSystemTime() { return state.followsSystemTime(); }

    /** Moves the clock to {@code instant} and notifies the listeners. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        state.change(current -> instant);
    }

    /** Moves the clock forward (or back, for a negative amount) and notifies the listeners. */
    public void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        state.change(current -> current.plus(amount));
    }

    /** Called with the new time after each {@link #set}/{@link #advance}, on the caller's thread. */
    public void addListener(Runnable listener) { state.listeners.add(Objects.requireNonNull(listener)); }

    public void removeListener(Runnable listener) { state.listeners.remove(listener); }

    @Override
    public String toString() {
        return "ControllableClock[" + instant() + (followsSystemTime() ? ", following system time" : ", fixed") + "]";
    }

    private static final class State {
        private final Clock system;
        private final boolean followsSystem;
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private Instant fixed;
        private Duration offset = Duration.ZERO;

        State(Instant fixed, Clock system) {
            this.fixed = fixed;
            this.system = system;
            this.followsSystem = fixed == null;
        }

        boolean followsSystemTime() { return followsSystem; }

        synchronized Instant instant() {
            return followsSystem ? system.instant().plus(offset) : fixed;
        }

        void change(UnaryOperator<Instant> move) {
            synchronized (this) {
                Instant target = move.apply(instant());
                if (followsSystem) {
                    offset = Duration.between(system.instant(), target);
                } else {
                    fixed = target;
                }
            }
            listeners.forEach(Runnable::run);
        }
    }
}
