package com.crmfunctions.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CdnowReaderTest {

    @Test
    void readsTheEventLogCsv() throws Exception {
        Reading read = Reading.of(HistoryFormat.CDNOW, "masterid,sampleid,date,cds,sales\n4,1,19970101,2,29.33\n"
                + "4,1,19970118,2,29.73\n1101,87,19970105,1,0\n");
        assertThat(read.report.rows()).isEqualTo(3);
        assertThat(read.report.accepted()).isEqualTo(3);
        assertThat(read.report.droppedTotal()).isZero();
        Transaction first = read.transactions.get(0);
        assertThat(first.customerId()).isEqualTo("4");
        assertThat(first.occurredAt()).isEqualTo(LocalDateTime.of(1997, 1, 1, 0, 0));
        assertThat(first.amount()).isEqualByComparingTo(new BigDecimal("29.33"));
        assertThat(first.quantity()).isEqualTo(2);
        assertThat(read.transactions.get(2).amount()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void readsTheWhitespaceFilesWithTheSameCustomerIds() throws Exception {
        Reading master = Reading.of(HistoryFormat.CDNOW, " customer_id  date number_of_cds  dollar_value\n"
                + " 00004 19970101  2   29.33\n 00001 19970101  1   11.77\n");
        Reading sample = Reading.of(HistoryFormat.CDNOW, " 00004 0001 19970101  2   29.33\n");
        assertThat(master.transactions).extracting(Transaction::customerId).containsExactly("4", "1");
        assertThat(sample.transactions.get(0)).isEqualTo(master.transactions.get(0));
    }

    @Test
    void readsGzipWhateverTheName() throws Exception {
        Reading read = Reading.gzipped(HistoryFormat.CDNOW, "masterid,sampleid,date,cds,sales\n4,1,19970101,2,29.33\n");
        assertThat(read.transactions).hasSize(1);
    }

    @Test
    void namesTheLineOfABadRow() {
        assertThatThrownBy(() -> Reading.of(HistoryFormat.CDNOW,
                "masterid,sampleid,date,cds,sales\n4,1,19970101,2,29.33\n4,1,1997-01-18,2,29.73\n"))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("line 3").hasMessageContaining("1997-01-18");
        assertThatThrownBy(() -> Reading.of(HistoryFormat.CDNOW, "4 1 19970101\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("line 1");
    }
}
