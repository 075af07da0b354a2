package com.crmfunctions.cli;

import static com.crmfunctions.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm import orders} and {@code crm demo} as a user meets them: help, options and errors (nothing started). */
class ImportCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theTopLevelHelpListsImportAndDemo() {
        assertThat(run("--help").out()).contains("import", "demo");
    }

    @Test
    void importOrdersDocumentsItsOptionsTheCancellationRuleAndTheSkippedRows() {
        CliRun run = run("import", "orders", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format", "--endpoint", "--secret", "--secret-file", "--concurrency", "--max-lead",
                "--parked", "--data-dir", "--[no-]check", "--zone", "--storefront", "--channel", "--currency");
        assertThat(run.out().replaceAll("\\s+", " ")).contains("LATEST order placed no later than the cancellation", "PARKED",
                "<C invoice>-1", "AMAZONFEE", "BANK CHARGES as a fee line");
    }

    @Test
    void theDemoSaysWhatItImportsAndCreditsTheData() {
        CliRun run = run("demo", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Online Retail II", "Daqing Chen", "CC BY 4.0", "--concurrency");
    }

    @Test
    void aMissingFileIsAClearErrorAndNothingStarts() {
        CliRun run = run("import", "orders", dir.resolve("nope.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no such file").contains("nope.csv");
    }

    @Test
    void aRunningCloudNeedsItsKey() throws Exception {
        Path file = Files.writeString(dir.resolve("orders.csv"), "customerId,orderId,occurredAt,amount,sku\nM-1,O-1,2024-03-01,10,A\n");
        CliRun run = run("import", "orders", file.toString(), "--endpoint", "http://127.0.0.1:9", "--secret-file", dir.resolve("none.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--secret-file FILE or --secret KEY");
    }

    @Test
    void anEndpointWithoutSchemeIsRefusedBeforeAnythingIsSent() throws Exception {
        Path file = Files.writeString(dir.resolve("orders.csv"), "customerId,orderId,occurredAt,amount,sku\nM-1,O-1,2024-03-01,10,A\n");
        CliRun run = run("import", "orders", file.toString(), "--endpoint", "localhost:3000", "--secret", "k");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--endpoint must be an http(s) URL with a host");
    }

    @Test
    void anUnknownFormatIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("orders.csv"), "customerId,orderId,occurredAt,amount\n");
        CliRun run = run("import", "orders", file.toString(), "--format", "cdnow");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown order format 'cdnow'");
    }
}
