package com.crmfunctions.functions.churn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scoring's own domain (summaries, planning, cut points, scoring, contract terms) is plain Java. */
@AnalyzeClasses(packages = "com.crmfunctions.functions.churn",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoFrameworkOrCloudDependencies = noClasses()
            .that().resideInAPackage("com.crmfunctions.functions.churn.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "software.amazon..", "com.amazonaws..",
                    "com.fasterxml..", "com.crmfunctions.adapters..")
            .because("AWS, Micronaut and JSON belong to the handlers and stores around the domain");

    @ArchTest
    static final ArchRule domainReadsNoClock = CrmArchitecture.noClockIsRead(
            noClasses().that().resideInAPackage("com.crmfunctions.functions.churn.domain.."),
            "a run's time is the schedule's, so a redelivered segment scores exactly as the first delivery did");
}
