package com.crmfunctions.churn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The churn models are plain Java: no framework, no cloud SDK. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = CrmArchitecture.productionClasses("com.crmfunctions.churn", "com.crmfunctions.history");

    @Test
    void noFrameworkOrCloudDependencies() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("com.crmfunctions.churn..", "com.crmfunctions.history..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "software.amazon..", "com.amazonaws..");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void modelsDoNotDependOnTheAnalysis() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("com.crmfunctions.churn.model..", "com.crmfunctions.churn.math..",
                "com.crmfunctions.churn.fit..", "com.crmfunctions.churn.segments..")
                .should().dependOnClassesThat().resideInAPackage("com.crmfunctions.churn.analysis..");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void noClockIsRead() {
        ArchRule rule = CrmArchitecture.noClockIsRead(
                noClasses().that().resideInAnyPackage("com.crmfunctions.churn..", "com.crmfunctions.history.."),
                "a model's \"now\" is the calibration end or scoring date it is given, so a score can be reproduced");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }
}
