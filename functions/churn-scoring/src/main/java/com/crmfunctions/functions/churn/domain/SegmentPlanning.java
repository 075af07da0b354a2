package com.crmfunctions.functions.churn.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How the members table is split into DynamoDB parallel-scan segments: for the fit, and for the workers.
 *
 * <p>DynamoDB assigns items to the segments of a parallel scan by the hash of their key, so every segment holds
 * about {@code 1 / totalSegments} of the members, and any set of segments is a uniform sample of them. The
 * coordinator uses this to fit on a sample of a large population without reading the rest.
 */
public final class SegmentPlanning {

    private SegmentPlanning() {}

    /**
     * The segments the coordinator reads for the fit.
     *
     * @param totalSegments the scan's {@code TotalSegments}
     * @param segments      the segments read, one per scanning thread
     * @param itemLimit     a segment stops being read after this many items: a bound on the coordinator's memory
     *                      should the table's item count (refreshed by DynamoDB about every six hours) be far too low
     */
    public record FitScan(int totalSegments, List<Integer> segments, long itemLimit) {

        public FitScan {
            segments = List.copyOf(segments);
            if (totalSegments < 1 || segments.isEmpty() || segments.size() > totalSegments || itemLimit < 1) {
                throw new IllegalArgumentException("need 1 <= segments read <= total segments and a positive item limit");
            }
        }

        /** Whether the scan reads the whole table (unless an item limit stops it). */
        public boolean readsEverything() { return segments.size() == totalSegments; }

        /**
         * The number of member items: exact after reading everything, else scaled up from the segments read; the
         * table's own (approximate) count when a segment was cut short by the item limit.
         */
        public long population(long itemsRead, boolean limitReached, long tableItemCount) {
            if (limitReached) {
                return Math.max(tableItemCount, itemsRead);
            }
            if (readsEverything()) {
                return itemsRead;
            }
            return Math.round((double) itemsRead * totalSegments / segments.size());
        }
    }

    /**
     * Reads everything when the table holds at most {@code sampleSize} items, else {@code threads} of
     * {@code threads × items / sampleSize} segments (about {@code sampleSize} items), starting at a segment chosen by
     * the run id so that consecutive runs fit on different members.
     *
     * @param tableItemCount the table's item count as DynamoDB reports it
     */
    public static FitScan fitScan(long tableItemCount, int sampleSize, int threads, String runId) {
        if (tableItemCount < 0 || sampleSize < 1 || threads < 1) {
            throw new IllegalArgumentException("need an item count >= 0, a sample size >= 1 and threads >= 1");
        }
        long wanted = (long) Math.ceil((double) tableItemCount * threads / sampleSize);
        int total = (int) Math.min(ChurnSettings.MAX_SCAN_SEGMENTS, Math.max(threads, wanted));
        int read = Math.min(threads, total);
        int start = total == read ? 0 : Math.floorMod(runId.hashCode(), total);
        List<Integer> segments = new ArrayList<>(read);
        for (int i = 0; i < read; i++) {
            segments.add((start + i) % total);
        }
        long limit = (2L * sampleSize + read - 1) / read;
        return new FitScan(total, segments, limit);
    }

    /** Worker segments for a population: one per {@code membersPerSegment} members, 1 to {@code maxSegments}. */
    public static int workerSegments(long population, int membersPerSegment, int maxSegments) {
        if (population < 0 || membersPerSegment < 1 || maxSegments < 1 || maxSegments > ChurnSettings.MAX_SCAN_SEGMENTS) {
            throw new IllegalArgumentException("need population >= 0, membersPerSegment >= 1 and 1 <= maxSegments <= "
                    + ChurnSettings.MAX_SCAN_SEGMENTS);
        }
        long segments = (population + membersPerSegment - 1) / membersPerSegment;
        return (int) Math.max(1, Math.min(maxSegments, segments));
    }
}
