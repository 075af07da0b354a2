package com.crmfunctions.history;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a reader did with a file: how many data rows it saw, how many transactions it delivered and how
 * many rows it left out, by reason.
 */
public record ReadReport(long rows, long accepted, Map<DropReason, Long> dropped) {

    public ReadReport {
        EnumMap<DropReason, Long> copy = new EnumMap<>(DropReason.class);
        copy.putAll(dropped);
        dropped = Collections.unmodifiableMap(copy);
    }

    /** Rows left out for any reason. */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long dropped(DropReason reason) {
        return dropped.getOrDefault(reason, 0L);
    }

    /** Mutable tally used by the readers while streaming. */
    static final class Tally {
        private long rows;
        private long accepted;
        private final EnumMap<DropReason, Long> dropped = new EnumMap<>(DropReason.class);

        void row() { rows++; }

        void accept() { accepted++; }

        void drop(DropReason reason) { dropped.merge(reason, 1L, Long::sum); }

        ReadReport report() { return new ReadReport(rows, accepted, dropped); }
    }
}
