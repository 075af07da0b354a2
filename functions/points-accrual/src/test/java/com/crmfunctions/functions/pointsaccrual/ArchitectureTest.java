package com.crmfunctions.functions.pointsaccrual;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A thin handler, DI in one factory, AWS only through the adapters, and no clock. */
@AnalyzeClasses(packages = "com.crmfunctions.functions.pointsaccrual", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheHandlerKnowsLambda = CrmArchitecture.handlerOnlyKnowsLambda("PointsAccrualHandler",
            "the handler maps the SQS batch to messages and the outcome to a partial batch response, nothing more");

    @ArchTest
    static final ArchRule onlyTheFactoryAndTheHandlerKnowMicronaut = CrmArchitecture.factoryAndHandlerOnlyKnowMicronaut(
            "PointsAccrualBeans", "PointsAccrualHandler",
            "the service is plain Java, built by one @Factory; the handler only takes it from the context");

    @ArchTest
    static final ArchRule awsOnlyThroughTheAdapters = CrmArchitecture.awsOnlyThroughTheAdapters(
            "DynamoDB and EventBridge are reached through crm-adapters (repositories, ledger writer, publisher)");

    @ArchTest
    static final ArchRule noClockIsRead = CrmArchitecture.noClockIsRead(
            "\"now\" is the time of the delivered event, so a redelivery decides exactly as the first delivery");
}
