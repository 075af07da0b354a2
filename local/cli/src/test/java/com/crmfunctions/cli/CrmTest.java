package com.crmfunctions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CrmTest {

    @Test
    void helpListsEveryJob() {
        Run run = run("--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("local");
    }

    @Test
    void localUpDocumentsItsOptions() {
        Run run = run("local", "up", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("--data-dir", "--outbox", "--smoke");
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingIt() {
        Run run = run("lcoal");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("lcoal");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Crm.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {}
}
