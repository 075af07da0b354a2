package com.crmfunctions.functions.churn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.segments.LifecycleStage;
import com.crmfunctions.churn.segments.RfmScore;
import com.crmfunctions.churn.segments.Segment;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.insights.CustomerScored;
import com.crmfunctions.events.insights.PurchaseModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The events the workers publish, through the contract's own codec and schema. */
class ContractTermsTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final ModelVersion MBG_NBD = Versions.fitted("churn-2026-11-30T03:00:00Z",
            Instant.parse("2026-11-30T03:00:00Z"), ModelKind.MBG_NBD);

    @Test
    void aChangeBecomesACustomerScoredThatTheSchemaAccepts() {
        ModelVersion version = Versions.fitted("churn-2026-11-30T03:00:00Z", Instant.parse("2026-11-30T03:00:00Z"));
        MemberScore score = new MemberScore(new MemberSummary("m-1", 4, 120, 300, new BigDecimal("151.25"), 30.25, "audio"),
                0.22, 0.78, 0.31, 412.8049, 0.75, new RfmScore(2, 4, 4), Segment.DORMANT, LifecycleStage.CHURNED);
        ScoreChange change = ScoreChange.between(new StoredScores.Previous(LifecycleStage.DECLINE, Segment.POTENTIAL), score);

        CustomerScored event = ContractTerms.customerScored(score, change, version, GBP, 7);
        CustomerScored read = EventCodec.fromDetailJson(CustomerScored.class, EventCodec.toDetailJson(event));

        assertThat(read).isEqualTo(event);
        assertThat(event.model().purchase()).isEqualTo(PurchaseModel.BG_NBD);
        assertThat(event.summary().monetaryValue()).isEqualByComparingTo("30.25");
        assertThat(event.summary().recencyDays()).isEqualTo(120);
        assertThat(event.clv()).isEqualByComparingTo("412.80");
        assertThat(event.clvPercentile()).isEqualTo(75.0);
        assertThat(event.rfm().preferredCategory()).isEqualTo("audio");
        assertThat(event.stage()).isEqualTo(com.crmfunctions.events.insights.LifecycleStage.CHURNED);
        assertThat(event.previousStage()).isEqualTo(com.crmfunctions.events.insights.LifecycleStage.DECLINE);
        assertThat(event.segmentChanged()).isTrue();
        assertThat(event.occurredAt()).isEqualTo(version.fittedAt());
        assertThat(event.correlationId()).isEqualTo("churn-2026-11-30T03:00:00Z");
        assertThat(event.causationId()).isEqualTo("churn-2026-11-30T03:00:00Z-segment-7");
    }

    @Test
    void moneyIsInTheCurrencysMinorUnitAndNeverNegative() {
        assertThat(ContractTerms.money(12.345, GBP)).isEqualByComparingTo("12.35").hasScaleOf(2);
        assertThat(ContractTerms.money(1234.5, Currency.getInstance("JPY"))).isEqualByComparingTo("1235").hasScaleOf(0);
        assertThat(ContractTerms.money(-3, GBP)).isEqualByComparingTo("0.00");
    }

    /** A segment or model added to the churn module without its contract value fails here, not in a worker. */
    @Test
    void everySegmentAndPurchaseModelHasItsOwnContractValue() {
        for (Segment segment : Segment.values()) {
            assertThat(ContractTerms.segment(segment).name()).as("%s", segment).isEqualTo(segment.name());
        }
        for (ModelKind kind : ModelKind.values()) {
            assertThat(ContractTerms.purchaseModel(kind).name()).as("%s", kind).isEqualTo(kind.name());
        }
        assertThat(ContractTerms.purchaseModel(ModelKind.MBG_NBD)).isEqualTo(PurchaseModel.MBG_NBD);
    }

    /** The segments the contract used to call general, scored by an MBG/NBD version, as the workers publish them. */
    @ParameterizedTest
    @EnumSource(value = Segment.class, names = {"NEW", "AT_RISK", "LOST", "REGULAR"})
    void segmentsOnceCalledGeneralArePublishedByName(Segment segment) {
        MemberScore score = new MemberScore(new MemberSummary("m-1", 4, 120, 300, new BigDecimal("151.25"), 30.25, null),
                0.22, 0.78, 0.31, 412.8049, 0.75, new RfmScore(2, 4, 4), segment, LifecycleStage.DECLINE);
        ScoreChange change = ScoreChange.between(new StoredScores.Previous(LifecycleStage.DECLINE, Segment.REGULAR), score);
        CustomerScored event = ContractTerms.customerScored(score, change, MBG_NBD, GBP, 1);

        String json = EventCodec.toDetailJson(event);

        assertThat(EventCodec.fromDetailJson(CustomerScored.class, json)).isEqualTo(event);
        assertThat(event.model().purchase()).isEqualTo(PurchaseModel.MBG_NBD);
        assertThat(event.segment().name()).isEqualTo(segment.name());
        assertThat(event.previousSegment()).isEqualTo(com.crmfunctions.events.insights.Segment.REGULAR);
        assertThat(event.segmentChanged()).isEqualTo(segment != Segment.REGULAR);
        assertThat(json).contains("\"segment\":\"" + segment.name().toLowerCase(Locale.ROOT) + "\"", "\"purchase\":\"mbg_nbd\"");
    }
}
