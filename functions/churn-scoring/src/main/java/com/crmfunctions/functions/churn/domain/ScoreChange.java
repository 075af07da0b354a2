package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.events.insights.LifecycleStage;
import com.crmfunctions.events.insights.Segment;

/**
 * Whether a member's scoring changed what consumers see, in the terms of the CustomerScored contract: its lifecycle
 * stage or its segment (the contract names every segment of the churn model, so any move is a change). A first
 * scoring is a change of both.
 */
public record ScoreChange(LifecycleStage stage, LifecycleStage previousStage, boolean stageChanged, Segment segment,
                          Segment previousSegment, boolean segmentChanged) {

    public static ScoreChange between(StoredScores.Previous previous, MemberScore now) {
        LifecycleStage stage = ContractTerms.stage(now.stage());
        Segment segment = ContractTerms.segment(now.segment());
        LifecycleStage previousStage = previous.stage() == null ? null : ContractTerms.stage(previous.stage());
        Segment previousSegment = previous.segment() == null ? null : ContractTerms.segment(previous.segment());
        return new ScoreChange(stage, previousStage, stage != previousStage, segment, previousSegment,
                segment != previousSegment);
    }

    /** Whether a CustomerScored is due. */
    public boolean any() { return stageChanged || segmentChanged; }
}
