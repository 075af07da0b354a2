package com.crmfunctions.churn.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.churn.CdnowData;
import com.crmfunctions.history.DropReason;
import com.crmfunctions.history.HistoryFormat;
import com.crmfunctions.history.ReadReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The UCI Online Retail II file (2009-12-01 to 2010-12-09), cleaned, calibrated to 2010-09-09. */
class OnlineRetailAnalysisTest {

    @Test
    void readsCleansAndAnalysesTheRealFile() throws Exception {
        CustomerHistories histories = new CustomerHistories();
        ReadReport read = HistoryFormat.ONLINE_RETAIL.reader()
                .read(CdnowData.sharedData().resolve("online_retail_II_2009-2010.csv.gz"), histories);
        assertThat(read.rows()).isEqualTo(525_461);
        assertThat(read.dropped(DropReason.MISSING_CUSTOMER_ID)).isEqualTo(107_927);
        assertThat(read.dropped(DropReason.CANCELLATION)).isEqualTo(9_839);
        assertThat(read.dropped(DropReason.NON_POSITIVE_QUANTITY)).isZero();
        assertThat(read.dropped(DropReason.NON_POSITIVE_PRICE)).isEqualTo(31);
        assertThat(read.accepted()).isEqualTo(407_664);
        assertThat(histories.customers()).isEqualTo(4_312);

        ChurnReport report = ChurnAnalysis.analyse(histories, AnalysisSettings.calibratedTo(LocalDate.of(2010, 9, 9))
                .withHoldoutEnd(LocalDate.of(2010, 12, 9)));
        assertThat(report.customers()).isEqualTo(3_373);
        assertThat(report.lateCustomers()).isEqualTo(939);
        HoldoutEvaluation holdout = report.holdout().orElseThrow();
        assertThat(holdout.actualPurchases()).isEqualTo(4_505);
        assertThat(holdout.churnRiskAuc()).isGreaterThan(0.70)
                .isGreaterThan(holdout.candidateAuc().get("days since last purchase"))
                .isGreaterThan(holdout.candidateAuc().get("bg-nbd 1-P(alive)"));
        assertThat(report.scores()).allSatisfy(s -> assertThat(s.clv()).isFinite().isGreaterThanOrEqualTo(0));
    }
}
