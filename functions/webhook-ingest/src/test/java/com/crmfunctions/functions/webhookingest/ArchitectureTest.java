package com.crmfunctions.functions.webhookingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Verification, mapping and validation are plain Java; the AWS edges are three named adapters. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = CrmArchitecture.productionClasses("com.crmfunctions.functions.webhookingest");

    @Test
    void onlyTheAdaptersDependOnAws() {
        ArchRule rule = noClasses()
                .that().doNotHaveSimpleName("WebhookIngestHandler")
                .and().doNotHaveSimpleName("SecretsManagerWebhookSecrets")
                .and().doNotHaveSimpleName("EventBridgeSink")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..", "io.micronaut..")
                .because("signature checks and mappings are tested without AWS; the handler, the secret reader and the sink are the edges");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void noClockIsRead() {
        ArchRule rule = CrmArchitecture.noClockIsRead(
                "\"now\" is when API Gateway received the request (requestContext.timeEpoch)");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }
}
