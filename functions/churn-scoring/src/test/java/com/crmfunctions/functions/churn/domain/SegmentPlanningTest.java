package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentPlanningTest {

    @Test
    void aTableNoLargerThanTheSampleIsReadWholeOneSegmentPerThread() {
        SegmentPlanning.FitScan plan = SegmentPlanning.fitScan(150_000, 200_000, 4, "churn-2026-11-23T03:00:00Z");

        assertThat(plan.totalSegments()).isEqualTo(4);
        assertThat(plan.segments()).containsExactly(0, 1, 2, 3);
        assertThat(plan.readsEverything()).isTrue();
        assertThat(plan.population(150_123, false, 150_000)).isEqualTo(150_123);
    }

    @Test
    void anEmptyTableIsReadWhole() {
        SegmentPlanning.FitScan plan = SegmentPlanning.fitScan(0, 200_000, 4, "run");

        assertThat(plan.readsEverything()).isTrue();
        assertThat(plan.population(0, false, 0)).isZero();
    }

    @Test
    void aLargeTableIsSampledByReadingAboutSampleSizeItemsFromConsecutiveSegments() {
        SegmentPlanning.FitScan plan = SegmentPlanning.fitScan(10_000_000, 200_000, 4, "churn-2026-11-23T03:00:00Z");

        assertThat(plan.totalSegments()).isEqualTo(200);
        assertThat(plan.segments()).hasSize(4).allSatisfy(segment -> assertThat(segment).isBetween(0, 199));
        assertThat(new HashSet<>(plan.segments())).hasSize(4);
        assertThat(plan.readsEverything()).isFalse();
        assertThat(10_000_000L * plan.segments().size() / plan.totalSegments()).isEqualTo(200_000);
        // Scaled up from the segments read: 4 of 200.
        assertThat(plan.population(201_000, false, 10_000_000)).isEqualTo(10_050_000);
        // Each segment stops at twice its share, should the table's count be far too low.
        assertThat(plan.itemLimit()).isEqualTo(100_000);
        assertThat(plan.population(400_000, true, 10_000_000)).isEqualTo(10_000_000);
    }

    @Test
    void consecutiveRunsSampleDifferentSegments() {
        Set<Integer> starts = new HashSet<>();
        for (int week = 1; week <= 8; week++) {
            starts.add(SegmentPlanning.fitScan(10_000_000, 200_000, 4, "churn-2026-11-0" + week + "T03:00:00Z").segments().get(0));
        }
        assertThat(starts).hasSizeGreaterThan(1);
    }

    @Test
    void workerSegmentsFollowThePopulationWithinTheirBounds() {
        assertThat(SegmentPlanning.workerSegments(0, 50_000, 1000)).isEqualTo(1);
        assertThat(SegmentPlanning.workerSegments(50_000, 50_000, 1000)).isEqualTo(1);
        assertThat(SegmentPlanning.workerSegments(50_001, 50_000, 1000)).isEqualTo(2);
        assertThat(SegmentPlanning.workerSegments(401, 100, 1000)).isEqualTo(5);
        assertThat(SegmentPlanning.workerSegments(500_000_000, 50_000, 1000)).isEqualTo(1000);
        assertThatThrownBy(() -> SegmentPlanning.workerSegments(10, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SegmentPlanning.workerSegments(10, 10, 2_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
