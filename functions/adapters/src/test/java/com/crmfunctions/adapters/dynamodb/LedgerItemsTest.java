package com.crmfunctions.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.loyalty.AccrualOutcome;
import com.crmfunctions.loyalty.LedgerEntry;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LedgerItemsTest {

    private static final OutgoingEvent EVENT = OutgoingEvent.of("crm.loyalty", "PointsAccrued", "{\"orderId\":\"o-2\"}",
            Instant.parse("2025-01-15T10:00:05Z"));

    @Test
    void anOrderEntryIsStoredWithItsBasisBalanceAndOutbox() {
        AccrualOutcome.Applied order = Histories.busyMember("m-1").order("o-3", Instant.parse("2025-02-01T12:00:00Z"),
                Histories.GBP, Histories.merchandise("l-1", "books", 1, "10.00", "0")).lastApplied;

        Map<String, AttributeValue> item = LedgerItems.toItem(order.entry(), order.member().balance(), EVENT);

        assertThat(item.get("memberId").s()).isEqualTo("m-1");
        assertThat(item.get("entryId").s()).isEqualTo("order#o-3").isEqualTo(item.get("businessKey").s());
        assertThat(item.get("reason").s()).isEqualTo("order");
        assertThat(item.get("channel").s()).isEqualTo("app");
        assertThat(item.get("basis").m().get("tierId").s()).isEqualTo("silver");
        assertThat(item.get("basis").m().get("tierMultiplier").s()).isEqualTo("1.25");
        LedgerLine line = LedgerItems.toLine(item);
        assertThat(line).isEqualTo(new LedgerLine("order#o-3", order.entry().points(), order.member().balance(), "order", "app",
                Instant.parse("2025-02-01T12:00:00Z"), Optional.of(Instant.parse("2026-02-01T12:00:00Z")), "o-3",
                Optional.empty(), order.entry().basis().explanation()));
        assertThat(line.points()).isEqualTo(25); // 10.00 books × 2 × silver 1.25
        assertThat(LedgerItems.pendingEvent(item)).contains(EVENT);
    }

    @Test
    void aReversalNamesItsRefundAndHasNoExpiry() {
        AccrualOutcome.Applied refund = Histories.busyMember("m-1").lastApplied;
        assertThat(refund.entry().reason()).isEqualTo(LedgerEntry.Reason.REFUND);

        LedgerLine line = LedgerItems.toLine(LedgerItems.toItem(refund.entry(), refund.member().balance(), EVENT));

        assertThat(line.entryId()).isEqualTo("refund#r-1");
        assertThat(line.points()).isNegative();
        assertThat(line.refundId()).contains("r-1");
        assertThat(line.orderId()).isEqualTo("o-2");
        assertThat(line.expiresAt()).isEmpty();
        assertThat(line.balanceAfter()).isEqualTo(refund.member().balance());
    }

    @Test
    void anEntryWhoseEventWasPublishedHasNothingPending() {
        Map<String, AttributeValue> published = Map.of("memberId", AttributeValue.fromS("m-1"), "entryId", AttributeValue.fromS("order#o-1"));

        assertThat(LedgerItems.pendingEvent(published)).isEmpty();
    }
}
