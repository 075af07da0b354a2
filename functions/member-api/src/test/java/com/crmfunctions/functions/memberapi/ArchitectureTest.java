package com.crmfunctions.functions.memberapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** A thin handler, DI in one factory, AWS only through the adapters, and no clock. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = CrmArchitecture.productionClasses("com.crmfunctions.functions.memberapi");

    @Test
    void onlyTheHandlerKnowsLambda() {
        ArchRule rule = CrmArchitecture.handlerOnlyKnowsLambda("MemberApiHandler",
                "the handler maps the HTTP API event to a call and the result to a response, nothing more");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void onlyTheFactoryAndTheHandlerKnowMicronaut() {
        ArchRule rule = CrmArchitecture.factoryAndHandlerOnlyKnowMicronaut(
                "MemberApiBeans", "MemberApiHandler", "the API is plain Java, built by one @Factory; the handler only takes it from the context");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void awsOnlyThroughTheAdapters() {
        ArchRule rule = CrmArchitecture.awsOnlyThroughTheAdapters(
                "DynamoDB is reached through the crm-adapters repositories");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void noClockIsRead() {
        ArchRule rule = CrmArchitecture.noClockIsRead(
                "\"now\" is when API Gateway received the request (requestContext.timeEpoch)");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }
}
