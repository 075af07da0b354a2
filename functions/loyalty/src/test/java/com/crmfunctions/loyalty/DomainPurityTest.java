package com.crmfunctions.loyalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The loyalty domain is plain Java: adapters depend on it, never the other way round. */
@AnalyzeClasses(packages = "com.crmfunctions.loyalty", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule noFrameworkOrCloudDependencies = noClasses()
            .that().resideInAPackage("com.crmfunctions.loyalty..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "software.amazon..", "com.amazonaws..", "com.fasterxml..")
            .because("the points domain is plain Java; AWS, Micronaut and JSON belong to the adapters");

    @ArchTest
    static final ArchRule noClockIsRead = CrmArchitecture.noClockIsRead(
            noClasses().that().resideInAPackage("com.crmfunctions.loyalty.."),
            "time comes from the events, so the same event on the same state always decides the same");
}
