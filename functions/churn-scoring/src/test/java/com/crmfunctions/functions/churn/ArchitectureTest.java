package com.crmfunctions.functions.churn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The scoring's own domain (summaries, planning, cut points, scoring, contract terms) is plain Java. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = CrmArchitecture.productionClasses("com.crmfunctions.functions.churn");

    @Test
    void domainHasNoFrameworkOrCloudDependencies() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("com.crmfunctions.functions.churn.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "software.amazon..", "com.amazonaws..",
                "com.fasterxml..", "com.crmfunctions.adapters..")
                .because("AWS, Micronaut and JSON belong to the handlers and stores around the domain");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void domainReadsNoClock() {
        ArchRule rule = CrmArchitecture.noClockIsRead(
                noClasses().that().resideInAPackage("com.crmfunctions.functions.churn.domain.."),
                "a run's time is the schedule's, so a redelivered segment scores exactly as the first delivery did");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }
}
