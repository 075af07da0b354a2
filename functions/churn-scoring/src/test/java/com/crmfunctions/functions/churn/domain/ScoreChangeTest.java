package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.Segment;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreChangeTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void aFirstScoringChangesBoth() {
        ScoreChange change = ScoreChange.between(StoredScores.NONE.previousFor("run-2"), score(LifecycleStage.GROWTH, Segment.STRATEGIC));

        assertThat(change.stageChanged()).isTrue();
        assertThat(change.segmentChanged()).isTrue();
        assertThat(change.previousStage()).isNull();
        assertThat(change.any()).isTrue();
    }

    @Test
    void theSameStageAndSegmentAsLastRunIsNoChange() {
        StoredScores lastWeek = stored("run-1", LifecycleStage.GROWTH, Segment.POTENTIAL, null, null, "run-1");

        ScoreChange change = ScoreChange.between(lastWeek.previousFor("run-2"), score(LifecycleStage.GROWTH, Segment.POTENTIAL));

        assertThat(change.any()).isFalse();
    }

    /** The contract once called both of these general, and such a move went unannounced. */
    @Test
    void aMoveFromAtRiskToLostIsAChange() {
        StoredScores lastWeek = stored("run-1", LifecycleStage.DECLINE, Segment.AT_RISK, null, null, "run-1");

        ScoreChange change = ScoreChange.between(lastWeek.previousFor("run-2"), score(LifecycleStage.DECLINE, Segment.LOST));

        assertThat(change.stageChanged()).isFalse();
        assertThat(change.segmentChanged()).isTrue();
        assertThat(change.previousSegment()).isEqualTo(com.crmfunctions.events.insights.Segment.AT_RISK);
        assertThat(change.segment()).isEqualTo(com.crmfunctions.events.insights.Segment.LOST);
    }

    @Test
    void aRedeliveredRunComparesWithTheValuesItReplacedNotWithItsOwn() {
        StoredScores alreadyWritten = stored("run-2", LifecycleStage.CHURNED, Segment.LOST, LifecycleStage.DECLINE,
                Segment.DORMANT, "run-1");

        ScoreChange change = ScoreChange.between(alreadyWritten.previousFor("run-2"), score(LifecycleStage.CHURNED, Segment.LOST));

        assertThat(change.stageChanged()).isTrue();
        assertThat(change.previousStage()).isEqualTo(com.crmfunctions.events.insights.LifecycleStage.DECLINE);
        assertThat(change.segmentChanged()).isTrue();
        assertThat(change.previousSegment()).isEqualTo(com.crmfunctions.events.insights.Segment.DORMANT);
        assertThat(alreadyWritten.emitted("run-2")).isFalse();
        assertThat(alreadyWritten.scoredAfter(NOW)).isFalse();
        assertThat(alreadyWritten.scoredAfter(NOW.minusSeconds(1))).isTrue();
    }

    private static StoredScores stored(String run, LifecycleStage stage, Segment segment, LifecycleStage previousStage,
                                       Segment previousSegment, String emitted) {
        return new StoredScores(run, NOW, stage, segment, previousStage, previousSegment, emitted);
    }

    private static MemberScore score(LifecycleStage stage, Segment segment) {
        return new MemberScore(new MemberSummary("m-1", 2, 30, 60, BigDecimal.TEN, 3.3, null), 0.5, 0.5, 0.7, 12, 0.5,
                new RfmScore(3, 3, 3), segment, stage);
    }
}
