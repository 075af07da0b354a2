package com.crmfunctions.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OnlineRetailReaderTest {

    private static final String II_HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n";

    @Test
    void keepsPurchasesAndCountsEveryDroppedRowByItsFirstReason() throws Exception {
        Reading read = Reading.of(HistoryFormat.ONLINE_RETAIL, II_HEADER
                + "489434,85048,\"15CM CHRISTMAS GLASS BALL, 20 LIGHTS\",12,2009-12-01 07:45:00,6.95,13085.0,United Kingdom\n"
                + "489434,22041,\"RECORD FRAME 7\"\" SINGLE SIZE \",48,2009-12-01 07:45:00,2.1,13085,United Kingdom\n"
                + "489435,22350,CAT BOWL,12,2009-12-01 07:46:00,2.55,,United Kingdom\n"
                + "C489449,22087,PAPER BUNTING,-12,2009-12-01 10:33:00,2.95,16321,Australia\n"
                + "489450,22087,PAPER BUNTING,-3,2009-12-01 10:33:00,2.95,16321,Australia\n"
                + "489451,22087,PAPER BUNTING,0,2009-12-01 10:33:00,2.95,16321,Australia\n"
                + "A506401,B,Adjust bad debt,1,2010-04-29 13:36:00,-53594.36,17000,United Kingdom\n"
                + "489452,POST,POSTAGE,1,2009-12-01 10:34:00,0,16321,Australia\n");
        assertThat(read.report.rows()).isEqualTo(8);
        assertThat(read.report.accepted()).isEqualTo(2);
        assertThat(read.report.dropped(DropReason.MISSING_CUSTOMER_ID)).isEqualTo(1);
        assertThat(read.report.dropped(DropReason.CANCELLATION)).isEqualTo(1);
        assertThat(read.report.dropped(DropReason.NON_POSITIVE_QUANTITY)).isEqualTo(2);
        assertThat(read.report.dropped(DropReason.NON_POSITIVE_PRICE)).isEqualTo(2);
        Transaction line = read.transactions.get(0);
        assertThat(line.customerId()).isEqualTo("13085");
        assertThat(line.amount()).isEqualByComparingTo(new BigDecimal("83.40"));
        assertThat(line.quantity()).isEqualTo(12);
        assertThat(line.orderId()).contains("489434");
        assertThat(line.sku()).contains("85048");
        assertThat(line.currency()).contains("GBP");
        assertThat(line.occurredAt()).isEqualTo(LocalDateTime.of(2009, 12, 1, 7, 45));
        assertThat(read.transactions.get(1).customerId()).isEqualTo("13085");
    }

    @Test
    void readsTheOriginalOnlineRetailColumnsAndDates() throws Exception {
        Reading read = Reading.of(HistoryFormat.ONLINE_RETAIL,
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                        + "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom\n");
        assertThat(read.transactions).singleElement().satisfies(t -> {
            assertThat(t.customerId()).isEqualTo("17850");
            assertThat(t.occurredAt()).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
            assertThat(t.amount()).isEqualByComparingTo(new BigDecimal("15.30"));
        });
    }

    @Test
    void refusesMissingColumnsAndBadNumbersWithTheLine() {
        assertThatThrownBy(() -> Reading.of(HistoryFormat.ONLINE_RETAIL, "Invoice,Quantity\n1,2\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("InvoiceDate");
        assertThatThrownBy(() -> Reading.of(HistoryFormat.ONLINE_RETAIL, II_HEADER
                + "489434,85048,GLASS BALL,12,2009-12-01 07:45:00,6.95,13085,United Kingdom\n"
                + "489434,85048,GLASS BALL,twelve,2009-12-01 07:45:00,6.95,13085,United Kingdom\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("line 3")
                .hasMessageContaining("twelve");
    }
}
