package com.crmfunctions.functions.pointsaccrual;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** A thin handler, DI in one factory, AWS only through the adapters, and no clock. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = CrmArchitecture.productionClasses("com.crmfunctions.functions.pointsaccrual");

    @Test
    void onlyTheHandlerKnowsLambda() {
        ArchRule rule = CrmArchitecture.handlerOnlyKnowsLambda("PointsAccrualHandler",
                "the handler maps the SQS batch to messages and the outcome to a partial batch response, nothing more");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void onlyTheFactoryAndTheHandlerKnowMicronaut() {
        ArchRule rule = CrmArchitecture.factoryAndHandlerOnlyKnowMicronaut(
                "PointsAccrualBeans", "PointsAccrualHandler",
                "the service is plain Java, built by one @Factory; the handler only takes it from the context");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void awsOnlyThroughTheAdapters() {
        ArchRule rule = CrmArchitecture.awsOnlyThroughTheAdapters(
                "DynamoDB and EventBridge are reached through crm-adapters (repositories, ledger writer, publisher)");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }

    @Test
    void noClockIsRead() {
        ArchRule rule = CrmArchitecture.noClockIsRead(
                "\"now\" is the time of the delivered event, so a redelivery decides exactly as the first delivery");
        assertThat(CrmArchitecture.violations(rule, CLASSES)).isEmpty();
    }
}
