package com.crmfunctions.churn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The churn models are plain Java: no framework, no cloud SDK. */
@AnalyzeClasses(packages = {"com.crmfunctions.churn", "com.crmfunctions.history"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworkOrCloudDependencies = noClasses()
            .that().resideInAnyPackage("com.crmfunctions.churn..", "com.crmfunctions.history..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "software.amazon..", "com.amazonaws..");

    @ArchTest
    static final ArchRule modelsDoNotDependOnTheAnalysis = noClasses()
            .that().resideInAnyPackage("com.crmfunctions.churn.model..", "com.crmfunctions.churn.math..",
                    "com.crmfunctions.churn.fit..", "com.crmfunctions.churn.segments..")
            .should().dependOnClassesThat().resideInAPackage("com.crmfunctions.churn.analysis..");

    @ArchTest
    static final ArchRule noClockIsRead = CrmArchitecture.noClockIsRead(
            noClasses().that().resideInAnyPackage("com.crmfunctions.churn..", "com.crmfunctions.history.."),
            "a model's \"now\" is the calibration end or scoring date it is given, so a score can be reproduced");
}
