package com.crmfunctions.loyalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The loyalty domain is plain Java: adapters depend on it, never the other way round. */
class DomainPurityTest {

    private static final JavaClasses CLASSES = CrmArchitecture.productionClasses("com.crmfunctions.loyalty");

    @Test
    void noFrameworkOrCloudDependencies() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("com.crmfunctions.loyalty..")
                .should().dependOnClassesThat().resideInAnyPackage(
                "io.micronaut..", "software.amazon..", "com.amazonaws..", "com.fasterxml..")
                .because("the points domain is plain Java; AWS, Micronaut and JSON belong to the adapters");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void noClockIsRead() {
        ArchRule rule = CrmArchitecture.noClockIsRead(
                noClasses().that().resideInAPackage("com.crmfunctions.loyalty.."),
                "time comes from the events, so the same event on the same state always decides the same");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }
}
