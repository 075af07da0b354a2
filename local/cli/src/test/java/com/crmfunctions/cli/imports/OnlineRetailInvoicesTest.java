package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.history.HistoryFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnlineRetailInvoicesTest {

    @Test
    void groupsRowsIntoInvoicesMergingDuplicatesAndKeepingPricesApart() throws Exception {
        List<Invoice> invoices = RetailCsv.rows()
                .row("489434", "85048", 12, "2009-12-01 07:45", "6.95", "13085")
                .row("489434", "85048", 12, "2009-12-01 07:45", "6.95", "13085")   // the same row twice: one line of 24
                .row("489434", "85048", 6, "2009-12-01 07:46", "6.5", "13085")     // another price: a line of its own
                .row("489434", "79323P", 12, "2009-12-01 07:45", "6.75", "13085")
                .invoiceList();
        assertThat(invoices).singleElement().satisfies(invoice -> {
            assertThat(invoice.number()).isEqualTo("489434");
            assertThat(invoice.customerId()).isEqualTo("13085");
            assertThat(invoice.cancellation()).isFalse();
            assertThat(invoice.at()).isEqualTo(Instant.parse("2009-12-01T07:45:00Z")); // the earliest row; GMT in winter
            assertThat(invoice.lines()).containsExactly(
                    new Invoice.Line("85048", "85048", LineKind.MERCHANDISE, 24, new BigDecimal("6.95")),
                    new Invoice.Line("85048:2", "85048", LineKind.MERCHANDISE, 6, new BigDecimal("6.5")),
                    new Invoice.Line("79323P", "79323P", LineKind.MERCHANDISE, 12, new BigDecimal("6.75")));
        });
    }

    @Test
    void invoiceDatesAreLondonTimeSummerTimeIncluded() throws Exception {
        Invoice invoice = RetailCsv.rows().row("510000", "22423", 1, "2010-06-01 10:00", "12.75", "17850").invoiceList().get(0);
        assertThat(invoice.at()).isEqualTo(Instant.parse("2010-06-01T09:00:00Z"));
    }

    @Test
    void countsEverySkippedRowUnderItsFirstReasonAndSendsPostageAndChargesAsLinesThatEarnNothing() throws Exception {
        OnlineRetailInvoices read = RetailCsv.rows()
                .row("489435", "22350", 12, "2009-12-01 07:46", "2.55", "")          // guest
                .row("489436", "M", 1, "2009-12-01 07:47", "10.00", "13085")         // manual
                .row("C489437", "D", -1, "2009-12-01 07:48", "5.00", "13085")        // discount after sale
                .row("489438", "ADJUST", 1, "2009-12-01 07:49", "3.00", "13085")     // adjustment
                .row("489439", "TEST001", 1, "2009-12-01 07:50", "4.50", "13085")    // test product
                .row("489440", "AMAZONFEE", 1, "2009-12-01 07:51", "9.00", "13085")  // the shop's fee
                .row("489441", "21232", 12, "2009-12-01 07:52", "0", "13085")        // free
                .row("489442", "21232", -2, "2009-12-01 07:53", "1.25", "13085")     // negative on a sale
                .row("C489443", "21232", 2, "2009-12-01 07:54", "1.25", "13085")     // positive on a cancellation
                .row("", "21232", 2, "2009-12-01 07:54", "1.25", "13085")             // no invoice number
                .row("489444", "21232", 2, "2009-12-01 07:55", "1.25", "13085")
                .row("489444", "POST", 1, "2009-12-01 07:55", "18.00", "13085")
                .row("489444", "BANK CHARGES", 1, "2009-12-01 07:55", "15.00", "13085")
                .row("489444", "gift_0001_20", 1, "2009-12-01 07:55", "20.00", "13085")
                .invoices();
        assertThat(read.rows()).isEqualTo(14);
        assertThat(read.skipped()).isEqualTo(Map.of(SkipReason.NO_CUSTOMER, 1L, SkipReason.NO_INVOICE, 1L, SkipReason.MANUAL, 1L, SkipReason.DISCOUNT, 1L,
                SkipReason.ADJUSTMENT, 1L, SkipReason.TEST_PRODUCT, 1L, SkipReason.SHOP_CHARGE, 1L, SkipReason.NON_POSITIVE_PRICE, 1L,
                SkipReason.QUANTITY_SIGN, 2L));
        Invoice order = read.invoices().stream().filter(i -> i.number().equals("489444")).findFirst().orElseThrow();
        assertThat(order.lines()).extracting(Invoice.Line::lineId, Invoice.Line::kind).containsExactly(
                tuple("21232", LineKind.MERCHANDISE),
                tuple("POST", LineKind.SHIPPING),
                tuple("BANK-CHARGES", LineKind.FEE),
                tuple("gift_0001_20", LineKind.GIFT_CARD));
    }

    @Test
    void sortsInvoicesByTimeWithSalesBeforeCancellationsOfTheSameMinute() throws Exception {
        List<Invoice> invoices = RetailCsv.rows()
                .row("C489450", "22087", -2, "2009-12-01 10:33", "2.95", "16321")
                .row("489449", "22087", 12, "2009-12-01 10:33", "2.95", "16321")
                .row("489400", "22087", 1, "2009-12-01 09:00", "2.95", "16321")
                .invoiceList();
        assertThat(invoices).extracting(Invoice::number).containsExactly("489400", "489449", "C489450");
    }

    @Test
    void anInvoiceOfTwoCustomersIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> RetailCsv.rows()
                .row("489434", "85048", 12, "2009-12-01 07:45", "6.95", "13085")
                .row("489434", "79323P", 12, "2009-12-01 07:45", "6.75", "13086")
                .invoices())
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("line 3").hasMessageContaining("489434");
    }
}
