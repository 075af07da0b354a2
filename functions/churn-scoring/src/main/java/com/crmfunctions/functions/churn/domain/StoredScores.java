package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.Segment;
import java.time.Instant;

/**
 * What a member item says about its last scoring: enough to tell a first scoring from a redelivered one and to
 * publish each change exactly as often as it happened (see {@link ScoreChange}).
 *
 * @param runId          run that last scored the member, null if none
 * @param scoredAt       that run's time
 * @param stage          stage it gave
 * @param segment        segment it gave
 * @param previousStage  the stage before that run, null at the first scoring
 * @param previousSegment the segment before that run
 * @param emittedRunId   the last run whose CustomerScored for this member was published
 */
public record StoredScores(String runId, Instant scoredAt, LifecycleStage stage, Segment segment,
                           LifecycleStage previousStage, Segment previousSegment, String emittedRunId) {

    /** A member never scored. */
    public static final StoredScores NONE = new StoredScores(null, null, null, null, null, null, null);

    /** What run {@code run} replaces: the scores before it, even when it has already written its own. */
    public Previous previousFor(String run) {
        return run.equals(runId) ? new Previous(previousStage, previousSegment) : new Previous(stage, segment);
    }

    /** Whether a run later than {@code now} has scored the member: an older run must leave it alone. */
    public boolean scoredAfter(Instant now) {
        return scoredAt != null && scoredAt.isAfter(now);
    }

    /** Whether run {@code run} has published this member's CustomerScored. */
    public boolean emitted(String run) {
        return run.equals(emittedRunId);
    }

    /** Stage and segment before a run; null where the member had none. */
    public record Previous(LifecycleStage stage, Segment segment) {}
}
