package com.crmfunctions.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalReaderTest {

    @Test
    void readsCsvWithOptionalColumnsInAnyOrder() throws Exception {
        Reading read = Reading.of(HistoryFormat.CANONICAL, "occurredAt,customerId,orderId,amount,category,currency\n"
                + "2024-03-01T09:30:00Z,c-1,o-1,12.50,books,EUR\n"
                + "2024-03-02,c-2,,7,,\n");
        assertThat(read.report.accepted()).isEqualTo(2);
        Transaction first = read.transactions.get(0);
        assertThat(first.customerId()).isEqualTo("c-1");
        assertThat(first.orderId()).contains("o-1");
        assertThat(first.category()).contains("books");
        assertThat(first.currency()).contains("EUR");
        assertThat(first.amount()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(first.occurredAt()).isEqualTo(LocalDateTime.of(2024, 3, 1, 9, 30));
        Transaction second = read.transactions.get(1);
        assertThat(second.orderId()).isEmpty();
        assertThat(second.category()).isEmpty();
        assertThat(second.occurredAt()).isEqualTo(LocalDateTime.of(2024, 3, 2, 0, 0));
    }

    @Test
    void readsJsonLinesAndConvertsOffsetsToTheShopZone() throws Exception {
        String lines = "{\"customerId\":\"c-1\",\"orderId\":\"o-1\",\"occurredAt\":\"2024-03-01T23:30:00Z\",\"amount\":12.5}\n"
                + "\n{\"customerId\":42,\"orderId\":\"o-2\",\"occurredAt\":\"2024-03-02T10:00:00\",\"amount\":\"3.10\","
                + "\"category\":\"toys\",\"quantity\":2}\n";
        List<Transaction> out = new ArrayList<>();
        ReadReport report = HistoryFormat.CANONICAL.reader(ZoneId.of("Asia/Shanghai"))
                .read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out::add);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(out.get(0).occurredAt()).isEqualTo(LocalDateTime.of(2024, 3, 2, 7, 30));
        assertThat(out.get(1).customerId()).isEqualTo("42");
        assertThat(out.get(1).quantity()).isEqualTo(2);
        assertThat(out.get(1).amount()).isEqualByComparingTo(new BigDecimal("3.10"));
    }

    @Test
    void refusesIncompleteOrNegativeRowsWithTheirLine() {
        assertThatThrownBy(() -> Reading.of(HistoryFormat.CANONICAL,
                "customerId,orderId,occurredAt,amount\nc-1,o-1,2024-03-01,10\nc-2,o-2,2024-03-01,-5\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("line 3").hasMessageContaining("negative");
        assertThatThrownBy(() -> Reading.of(HistoryFormat.CANONICAL,
                "{\"customerId\":\"c-1\",\"orderId\":\"o-1\",\"occurredAt\":\"2024-03-01\"}\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("amount is missing");
        assertThatThrownBy(() -> Reading.of(HistoryFormat.CANONICAL,
                "customerId,orderId,occurredAt,amount\nc-1,o-1,yesterday,10\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("yesterday");
    }

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        assertThat(HistoryFormat.fromName("Online-Retail")).isEqualTo(HistoryFormat.ONLINE_RETAIL);
        assertThat(HistoryFormat.fromName("cdnow")).isEqualTo(HistoryFormat.CDNOW);
        assertThatThrownBy(() -> HistoryFormat.fromName("excel"))
                .hasMessageContaining("cdnow, online-retail, canonical");
    }
}
