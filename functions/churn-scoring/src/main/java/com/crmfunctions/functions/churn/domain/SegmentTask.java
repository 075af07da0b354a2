package com.crmfunctions.functions.churn.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One worker's share of a scoring run: a segment of the members table's parallel scan.
 *
 * @param runId         the scoring run
 * @param model         the models table's partition key of the version to score with
 * @param fittedAt      its sort key
 * @param segment       the scan segment, 0-based
 * @param totalSegments the scan's total segments
 * @param now           the run's time: scores are as of this instant, never of the worker's clock
 * @param startAfter    the member id after which to continue (a continuation of a segment one invocation could not
 *                      finish), null to start at the beginning of the segment
 */
public record SegmentTask(String runId, String model, Instant fittedAt, int segment, int totalSegments, Instant now,
                          String startAfter) {

    public SegmentTask {
        requireText(runId, "runId");
        requireText(model, "model");
        Objects.requireNonNull(fittedAt, "fittedAt");
        Objects.requireNonNull(now, "now");
        if (totalSegments < 1 || totalSegments > ChurnSettings.MAX_SCAN_SEGMENTS || segment < 0 || segment >= totalSegments) {
            throw new IllegalArgumentException("segment " + segment + " of " + totalSegments + ": need 0 <= segment < "
                    + "totalSegments <= " + ChurnSettings.MAX_SCAN_SEGMENTS);
        }
        if (startAfter != null && startAfter.isBlank()) {
            throw new IllegalArgumentException("startAfter must be a member id or absent");
        }
    }

    /** The same segment, continuing after {@code memberId}. */
    public SegmentTask continuingAfter(String memberId) {
        return new SegmentTask(runId, model, fittedAt, segment, totalSegments, now, memberId);
    }

    public Optional<String> continuation() { return Optional.ofNullable(startAfter); }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
