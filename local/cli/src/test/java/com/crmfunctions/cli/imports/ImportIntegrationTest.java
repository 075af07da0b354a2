package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slice of the real Online Retail II file imported into the embedded local cloud end to end: 248 rows of nine
 * customers and ten guests (src/test/resources/online_retail_II_slice.csv), with cancellations that match, that
 * spill over two orders, that refund lines of several orders, that find no order (parked), and two wholesale
 * orders above the webhook's default quantity limit (10,000), which it refuses, so their refund is withheld.
 */
class ImportIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void importsTheSliceThroughTheWebhookAndTheBooksBalance() throws Exception {
        Path slice = Path.of(ImportIntegrationTest.class.getResource("/online_retail_II_slice.csv").toURI());
        Path parked = dir.resolve("parked.csv");
        StringWriter out = new StringWriter();
        java.io.PrintStream console = System.out;
        ImportReport report = new ImportRun(ImportSettings.embedded(slice).withConcurrency(4).withProgressEvery(Duration.ZERO)
                .withParkedFile(parked), new PrintWriter(out), dir.resolve("console.log")).run();

        ImportPlan plan = report.plan();
        assertThat(plan.rows()).isEqualTo(248);
        assertThat(plan.skipped()).isEqualTo(Map.of(SkipReason.NO_CUSTOMER, 10L, SkipReason.MANUAL, 3L));
        assertThat(plan.customers()).isEqualTo(8);
        assertThat(plan.orders()).isEqualTo(43);
        assertThat(plan.refunds()).isEqualTo(20);
        assertThat(plan.parked()).hasSize(6);
        assertThat(plan.parkedInvoices()).isEqualTo(5);
        assertThat(plan.parkedAmount()).isEqualByComparingTo(new BigDecimal("140.25"));
        assertThat(Files.readAllLines(parked)).hasSize(1 + 6).first().isEqualTo("invoice,customerId,invoiceDate,stockCode,units,unitPrice");

        ImportTally tally = report.tally();
        assertThat(tally.ordersSent()).isEqualTo(43);
        assertThat(tally.ordersAccepted()).isEqualTo(41);
        assertThat(tally.rejections()).isEqualTo(Map.of(400, 2L)); // orders 497946 and 501534: lines of 12,480 to 19,152 units
        assertThat(tally.examples().get(400)).contains("must be at most 10000");
        assertThat(tally.refundsWithheld()).isEqualTo(1);
        assertThat(tally.refundsSent()).isEqualTo(19);
        assertThat(tally.refundsAccepted()).isEqualTo(19);

        assertThat(report.drained()).contains(true);
        assertThat(report.busEvents()).containsEntry("OrderPlaced", 41L).containsEntry("PointsAccrued", 41L)
                .containsEntry("OrderRefunded", 19L).containsEntry("PointsReversed", 19L);
        assertThat(report.invariant()).hasValueSatisfying(invariant -> {
            assertThat(invariant.members()).isEqualTo(8);
            assertThat(invariant.missing()).isZero();
            assertThat(invariant.entries()).isEqualTo(41 + 19);
            assertThat(invariant.violations()).isZero();
            assertThat(invariant.pointsOutstanding()).isPositive();
        });
        assertThat(report.exitCode()).isZero();
        System.out.print(out); // the summary, for the build log
        assertThat(out.toString()).contains("Invariant: every member's balance equals the sum of their ledger entries");
        // the cloud's console went to the log, not between the import's lines: a refund of the slice waits for its order
        assertThat(out.toString()).contains("cloud's console", "console.log").doesNotContain("\"level\":");
        assertThat(Files.readString(dir.resolve("console.log"))).contains("DynamoDB Local");
        assertThat(System.out).as("the console is the terminal's again").isSameAs(console);
    }
}
