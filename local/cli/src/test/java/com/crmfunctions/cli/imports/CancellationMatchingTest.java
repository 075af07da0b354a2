package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.RefundedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that finds the orders an Online Retail cancellation refunds ({@link CancellationMatcher}). */
class CancellationMatchingTest {

    private static final String CUSTOMER = "13085";

    @Test
    void aCancellationRefundsTheLatestEarlierOrderContainingTheStockCode() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("500001", "22423", 5, "2010-01-04 10:00", "12.75", CUSTOMER)
                .row("500002", "84879", 5, "2010-01-05 10:00", "1.69", CUSTOMER)   // no 22423
                .row("500003", "22423", 5, "2010-01-06 10:00", "12.75", CUSTOMER)  // the latest with 22423
                .row("500004", "22423", 5, "2010-01-06 10:00", "12.75", "17850")   // another customer's
                .row("C500005", "22423", -2, "2010-01-07 09:30", "12.75", CUSTOMER)
                .row("500006", "22423", 5, "2010-01-08 10:00", "12.75", CUSTOMER)  // after the cancellation
                .plan();
        assertThat(refunds(plan)).singleElement().isEqualTo(new OrderRefunded("C500005", "500003", CUSTOMER, "online-retail",
                OrderEvents.GBP, List.of(new RefundedLine("22423", LineKind.MERCHANDISE, 2, new BigDecimal("25.50"))),
                new BigDecimal("25.50"), Instant.parse("2010-01-07T09:30:00Z"), "import-C500005", "import-C500005"));
        assertThat(plan.parked()).isEmpty();
    }

    @Test
    void aCancellationOfTheSameMinuteAsItsOrderFindsIt() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("C489450", "22087", -2, "2009-12-01 10:33", "2.95", CUSTOMER)
                .row("489449", "22087", 12, "2009-12-01 10:33", "2.95", CUSTOMER)
                .plan();
        assertThat(refunds(plan)).singleElement().extracting(OrderRefunded::orderId).isEqualTo("489449");
        assertThat(plan.events()).extracting(PlannedEvent::key).containsExactly("489449", "C489450");
    }

    @Test
    void aCancellationWhoseOrderPredatesTheFileIsParkedNotSent() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("500001", "22423", 5, "2010-01-04 10:00", "12.75", CUSTOMER)
                .row("C500002", "21232", -4, "2010-01-05 10:00", "1.25", CUSTOMER)
                .row("C500003", "22423", -1, "2010-01-05 11:00", "12.75", "17850")
                .plan();
        assertThat(refunds(plan)).isEmpty();
        assertThat(plan.parked()).containsExactly(
                new ParkedLine("C500002", CUSTOMER, Instant.parse("2010-01-05T10:00:00Z"), "21232", 4, new BigDecimal("1.25")),
                new ParkedLine("C500003", "17850", Instant.parse("2010-01-05T11:00:00Z"), "22423", 1, new BigDecimal("12.75")));
        assertThat(plan.parkedInvoices()).isEqualTo(2);
        assertThat(plan.parkedAmount()).isEqualByComparingTo("17.75");
    }

    @Test
    void oneCancellationOfLinesOfTwoOrdersIsOneRefundPerOrder() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("500001", "22423", 5, "2010-01-04 10:00", "12.75", CUSTOMER)
                .row("500002", "84879", 8, "2010-01-05 10:00", "1.69", CUSTOMER)
                .row("C500003", "22423", -1, "2010-01-06 10:00", "12.75", CUSTOMER)
                .row("C500003", "84879", -8, "2010-01-06 10:00", "1.69", CUSTOMER)
                .plan();
        assertThat(refunds(plan)).extracting(OrderRefunded::refundId, OrderRefunded::orderId, OrderRefunded::total).containsExactly(
                tuple("C500003-1", "500001", new BigDecimal("12.75")),
                tuple("C500003-2", "500002", new BigDecimal("13.52")));
    }

    @Test
    void unitsBeyondTheLatestOrdersGoOnToTheOrderBeforeAndNeverTwice() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("500001", "22423", 5, "2010-01-04 10:00", "12.75", CUSTOMER)
                .row("500002", "22423", 3, "2010-01-05 10:00", "12.75", CUSTOMER)
                .row("C500003", "22423", -6, "2010-01-06 10:00", "12.75", CUSTOMER)  // 3 from 500002, 3 from 500001
                .row("C500004", "22423", -4, "2010-01-07 10:00", "12.75", CUSTOMER)  // 2 left in 500001; 2 parked
                .plan();
        List<OrderRefunded> refunds = refunds(plan);
        assertThat(refunds).extracting(OrderRefunded::refundId, OrderRefunded::orderId).containsExactly(
                tuple("C500003-1", "500002"),
                tuple("C500003-2", "500001"),
                tuple("C500004", "500001"));
        assertThat(refunds).flatExtracting(OrderRefunded::lines).extracting(RefundedLine::quantity).containsExactly(3, 3, 2);
        assertThat(plan.parked()).singleElement().satisfies(line -> {
            assertThat(line.invoice()).isEqualTo("C500004");
            assertThat(line.units()).isEqualTo(2);
        });
    }

    @Test
    void duplicateCancellationRowsAreOneLineAndTheSamePriceIsReturnedFirst() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("500001", "22423", 2, "2010-01-04 10:00", "12.75", CUSTOMER)
                .row("500001", "22423", 10, "2010-01-04 10:00", "10.95", CUSTOMER)
                .row("C500002", "22423", -2, "2010-01-05 10:00", "10.95", CUSTOMER)
                .row("C500002", "22423", -2, "2010-01-05 10:00", "10.95", CUSTOMER)  // the same row again
                .plan();
        assertThat(refunds(plan)).singleElement().satisfies(refund -> {
            assertThat(refund.refundId()).isEqualTo("C500002");
            assertThat(refund.lines()).containsExactly(new RefundedLine("22423:2", LineKind.MERCHANDISE, 4, new BigDecimal("43.80")));
            assertThat(refund.total()).isEqualByComparingTo("43.80");
        });
    }

    @Test
    void aReturnedPostageLineRefundsTheShippingLine() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("500001", "22423", 2, "2010-01-04 10:00", "12.75", CUSTOMER)
                .row("500001", "POST", 1, "2010-01-04 10:00", "18.00", CUSTOMER)
                .row("C500002", "POST", -1, "2010-01-05 10:00", "18.00", CUSTOMER)
                .plan();
        assertThat(refunds(plan)).singleElement().extracting(r -> r.lines().get(0))
                .isEqualTo(new RefundedLine("POST", LineKind.SHIPPING, 1, new BigDecimal("18.00")));
    }

    private static List<OrderRefunded> refunds(ImportPlan plan) {
        return plan.events().stream().filter(PlannedEvent::isRefund).map(e -> (OrderRefunded) e.detail()).toList();
    }
}
