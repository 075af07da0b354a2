package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the summary counts: skipped rows by reason, sent, accepted, rejected by status, withheld, parked, the invariant. */
class ImportSummaryTest {

    private static final WebhookClient.Response ACCEPTED = new WebhookClient.Response(202, "{\"accepted\":[]}", 1);

    @Test
    void countsEveryOutcome() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("500001", "22423", 5, "2010-01-04 10:00", "12.75", "13085")
                .row("500002", "37410", 19152, "2010-01-04 11:00", "0.10", "13902")
                .row("500003", "22423", 1, "2010-01-04 12:00", "12.75", "")
                .row("C500004", "22423", -1, "2010-01-05 10:00", "12.75", "13085")
                .row("C500005", "37410", -2, "2010-01-05 11:00", "0.10", "13902")
                .row("C500006", "84879", -3, "2010-01-05 12:00", "1.69", "13085")
                .plan();
        List<PlannedEvent> events = plan.events();
        assertThat(events).extracting(PlannedEvent::key).containsExactly("500001", "500002", "C500004", "C500005");

        ImportTally tally = new ImportTally();
        tally.answered(events.get(0), ACCEPTED);
        tally.answered(events.get(1), new WebhookClient.Response(400, "{\"error\":\"invalid payload\"}", 1));
        tally.answered(events.get(2), new WebhookClient.Response(202, "{\"accepted\":[]}", 2));
        assertThat(tally.orderRejected("500002")).isTrue();
        tally.withheld(); // C500005: its order was refused

        InvariantCheck.Result invariant = new InvariantCheck.Result(1, 2, 0, 0, 60, List.of());
        ImportReport report = new ImportReport.Builder(Path.of("slice.csv"), OrderFormat.ONLINE_RETAIL, ImportSettings.LONDON, plan)
                .target(URI.create("http://127.0.0.1:1/webhooks/canonical"), true).tally(tally).concurrency(8)
                .planning(Duration.ofMillis(100)).cloudStart(Duration.ofSeconds(3)).sending(Duration.ofMillis(250))
                .draining(Duration.ofMillis(250)).drained(true).busEvents(Map.of("OrderPlaced", 1L)).invariant(invariant)
                .checking(Duration.ofMillis(10)).build();

        assertThat(tally.ordersSent()).isEqualTo(2);
        assertThat(tally.ordersAccepted()).isEqualTo(1);
        assertThat(tally.refundsAccepted()).isEqualTo(1);
        assertThat(tally.rejections()).isEqualTo(Map.of(400, 1L));
        assertThat(tally.retried()).isEqualTo(1);
        assertThat(report.exitCode()).isZero();
        assertThat(report.render())
                .contains("6 read, 1 skipped")
                .contains("no customer id")
                .contains("2 to send · 2 sent · 1 accepted")
                .contains("2 to send · 1 sent · 1 accepted · 1 withheld")
                .contains("1 cancellation lines of 1 C invoices, £5.07")
                .contains("400 × 1")
                .contains("OrderPlaced 500002: {\"error\":\"invalid payload\"}")
                .contains("1 deliveries needed more than one attempt")
                .contains("2 orders/s (orders accepted / sending and draining)")
                .containsPattern("violations\\s+0")
                .containsPattern("points outstanding\\s+60");
    }

    @Test
    void aViolationOrAQueueThatDidNotDrainFailsTheImport() throws Exception {
        ImportPlan plan = RetailCsv.rows().row("500001", "22423", 5, "2010-01-04 10:00", "12.75", "13085").plan();
        ImportReport.Builder base = new ImportReport.Builder(Path.of("x.csv"), OrderFormat.ONLINE_RETAIL, ImportSettings.LONDON, plan)
                .target(URI.create("http://127.0.0.1:1/webhooks/canonical"), true).tally(new ImportTally()).sending(Duration.ofSeconds(1));
        assertThat(base.drained(false).build().exitCode()).isEqualTo(1);
        InvariantCheck.Result broken = new InvariantCheck.Result(1, 1, 1, 0, 60, List.of("member 13085: balance 60, ledger sum 63"));
        ImportReport report = base.drained(true).invariant(broken).build();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.render()).contains("member 13085: balance 60, ledger sum 63");
    }
}
