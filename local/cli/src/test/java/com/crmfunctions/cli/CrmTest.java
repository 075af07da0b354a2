package com.crmfunctions.cli;

import static com.crmfunctions.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrmTest {

    @Test
    void helpListsEveryJob() {
        CliRun run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("local");
    }

    @Test
    void localUpDocumentsItsOptions() {
        CliRun run = run("local", "up", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--data-dir", "--outbox", "--smoke");
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingIt() {
        CliRun run = run("lcoal");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lcoal");
    }
}
