package com.crmfunctions.functions.webhookingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Verification, mapping and validation are plain Java; the AWS edges are three named adapters. */
@AnalyzeClasses(packages = "com.crmfunctions.functions.webhookingest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheAdaptersDependOnAws = noClasses()
            .that().doNotHaveSimpleName("WebhookIngestHandler")
            .and().doNotHaveSimpleName("SecretsManagerWebhookSecrets")
            .and().doNotHaveSimpleName("EventBridgeSink")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "io.micronaut..")
            .because("signature checks and mappings are tested without AWS; the handler, the secret reader and the sink are the edges");

    @ArchTest
    static final ArchRule noClockIsRead = CrmArchitecture.noClockIsRead(
            "\"now\" is when API Gateway received the request (requestContext.timeEpoch)");
}
