package com.crmfunctions.churn;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.analysis.CustomerHistories;
import com.crmfunctions.history.HistoryFormat;
import com.crmfunctions.history.ReadReport;
import com.crmfunctions.history.Transaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three CDNOW files read alike: the whitespace sample is the event log, the master has the full cohort. */
class CdnowFilesTest {

    @Test
    void sampleTextAndEventLogAreTheSamePurchases() throws Exception {
        List<Transaction> text = new ArrayList<>();
        List<Transaction> csv = new ArrayList<>();
        HistoryFormat.CDNOW.reader().read(CdnowData.sharedData().resolve("CDNOW_sample.txt"), text::add);
        HistoryFormat.CDNOW.reader().read(CdnowData.sharedData().resolve("cdnowElog.csv"), csv::add);
        assertThat(text).hasSize(6919);
        assertThat(text.stream().map(CdnowFilesTest::key)).containsExactlyElementsOf(csv.stream().map(CdnowFilesTest::key)
                .toList());
    }

    /** The purchase without the amount's scale ({@code 0} and {@code 0.00} are the same amount). */
    private static String key(Transaction t) {
        return t.customerId() + "|" + t.occurredAt() + "|" + t.amount().stripTrailingZeros().toPlainString() + "|"
                + t.quantity();
    }

    @Test
    void masterFileHoldsTheWholeCohort() throws Exception {
        CustomerHistories histories = new CustomerHistories();
        ReadReport report = HistoryFormat.CDNOW.reader().read(CdnowData.sharedData().resolve("CDNOW_master.txt"),
                histories);
        assertThat(report.accepted()).isEqualTo(69_659);
        assertThat(histories.customers()).isEqualTo(23_570);
    }
}
