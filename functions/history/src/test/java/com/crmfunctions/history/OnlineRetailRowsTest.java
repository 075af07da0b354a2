package com.crmfunctions.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnlineRetailRowsTest {

    @Test
    void deliversEveryRowUncleanedWithSignedQuantities() throws IOException {
        List<OnlineRetailRow> rows = read("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
                + "489434,85048,\"GLASS BALL, 20 LIGHTS\",12,2009-12-01 07:45:00,6.95,13085.0,United Kingdom\n"
                + "C489449,22087,PAPER BUNTING,-12,2009-12-01 10:33:00,2.95,16321,Australia\n"
                + "489435,22350,CAT BOWL,12,2009-12-01 07:46:00,2.55,,United Kingdom\n"
                + "A506401,B,Adjust bad debt,1,2010-04-29 13:36:00,-53594.36,,United Kingdom\n");
        assertThat(rows).extracting(OnlineRetailRow::invoice).containsExactly("489434", "C489449", "489435", "A506401");
        assertThat(rows.get(0)).isEqualTo(new OnlineRetailRow(2, "489434", "85048", 12, LocalDateTime.of(2009, 12, 1, 7, 45),
                new BigDecimal("6.95"), "13085"));
        assertThat(rows.get(1).cancellation()).isTrue();
        assertThat(rows.get(1).quantity()).isEqualTo(-12);
        assertThat(rows.get(2).hasCustomer()).isFalse();
        assertThat(rows.get(3).price()).isEqualByComparingTo("-53594.36");
    }

    @Test
    void readsTheOriginalColumnNamesAndSpreadsheetDates() throws IOException {
        List<OnlineRetailRow> rows = read("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "C536379,D,Discount,-1,12/1/2010 9:41,27.5,14527,United Kingdom\n");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.stockCode()).isEqualTo("D");
            assertThat(row.invoiceDate()).isEqualTo(LocalDateTime.of(2010, 12, 1, 9, 41));
            assertThat(row.customerId()).isEqualTo("14527");
        });
    }

    @Test
    void aRowThatCannotBeReadNamesItsLine() {
        assertThatThrownBy(() -> read("Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID\n"
                + "489434,85048,12,2009-12-01 07:45:00,6.95,13085\n"
                + "489434,85049,12,1 Dec 2009,6.95,13085\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("line 3").hasMessageContaining("1 Dec 2009");
    }

    private static List<OnlineRetailRow> read(String csv) throws IOException {
        List<OnlineRetailRow> rows = new ArrayList<>();
        new OnlineRetailRows().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), rows::add);
        return rows;
    }
}
