package com.crmfunctions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crm churn} end to end on a small CDNOW-format file written by the test. */
class ChurnCommandTest {

    @TempDir
    Path dir;

    @Test
    void fitsPrintsTheHoldoutCheckAndWritesScores() throws Exception {
        Path file = cdnowFile();
        Path scores = dir.resolve("scores.csv");
        StringWriter out = new StringWriter();
        int code = run(out, "churn", "--transactions", file.toString(), "--format", "cdnow",
                "--calibration-end", "1997-09-30", "--holdout-end", "1998-06-30", "--model", "bgnbd", "--json", "--out", scores.toString());

        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.path("customers").asInt()).isEqualTo(40);
        assertThat(report.path("transactionModel").path("model").asText()).isEqualTo("bg-nbd");
        assertThat(report.path("transactionModel").path("parameters").has("alpha")).isTrue();
        assertThat(report.path("holdout").path("byFrequency").size()).isEqualTo(8);
        assertThat(report.path("holdout").path("churnRiskAuc").asDouble()).isBetween(0.0, 1.0);
        List<String> rows = Files.readAllLines(scores);
        assertThat(rows).hasSize(41);
    }

    @Test
    void aHoldoutBeforeTheCalibrationEndIsAUsageError() throws Exception {
        StringWriter out = new StringWriter();
        int code = run(out, "churn", "--transactions", cdnowFile().toString(), "--format", "cdnow",
                "--calibration-end", "1997-09-30", "--holdout-end", "1997-01-01");
        assertThat(code).isEqualTo(2);
    }

    @Test
    void anUnknownModelIsRejectedNamingTheKnownOnes() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = Crm.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("churn", "--transactions", cdnowFile().toString(), "--format", "cdnow",
                "--calibration-end", "1997-09-30", "--model", "weibull");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("weibull", "bg-nbd");
    }

    /** 40 customers; customer i buys on day 1 and then every (i % 7 + 2) weeks while i % 3 != 0. */
    private Path cdnowFile() throws Exception {
        StringBuilder csv = new StringBuilder("masterid,sampleid,date,cds,sales\n");
        for (int customer = 1; customer <= 40; customer++) {
            java.time.LocalDate day = java.time.LocalDate.of(1997, 1, 1 + customer % 28);
            int step = (customer % 7 + 2) * 7;
            int purchases = customer % 3 == 0 ? 1 : 2 + customer % 9;
            for (int i = 0; i < purchases; i++) {
                csv.append(customer).append(',').append(customer).append(',')
                        .append(day.plusDays((long) i * step).toString().replace("-", "")).append(",1,").append(10 + customer % 5).append('\n');
            }
        }
        Path file = dir.resolve("elog.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cli = Crm.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }
}
