package com.crmfunctions.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they are for, and pass what they allow. */
class CrmArchitectureTest {

    static final class ReadsTheWallClock {
        Instant now() { return Instant.now(); }

        long millis() { return System.currentTimeMillis(); }
    }

    static final class TakesAClock {
        Instant now(Clock clock) { return Instant.now(clock); }
    }

    @Test
    void readingTheWallClockIsCaughtAndAnInjectedClockIsNot() {
        EvaluationResult wall = CrmArchitecture.noClockIsRead("time is injected").evaluate(classes(ReadsTheWallClock.class));
        assertThat(wall.hasViolation()).isTrue();
        assertThat(wall.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("Instant.now()"))
                .anySatisfy(line -> assertThat(line).contains("System.currentTimeMillis()"));

        assertThat(CrmArchitecture.violations(CrmArchitecture.noClockIsRead("time is injected"), classes(ReadsTheWallClock.class)))
                .isEqualTo(wall.getFailureReport().getDetails());
        assertThat(CrmArchitecture.violations(CrmArchitecture.noClockIsRead("time is injected"),
                CrmArchitecture.productionClasses("com.crmfunctions.no.such.package")))
                .as("a rule that checks nothing fails: a mistyped package cannot pass silently").isNotEmpty();

        // Instant.now(Clock) is also called "now", but it reads the injected clock
        assertThat(CrmArchitecture.noClockIsRead("time is injected").evaluate(classes(TakesAClock.class)).hasViolation()).isFalse();
    }

    private static JavaClasses classes(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }
}
