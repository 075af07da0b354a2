package com.crmfunctions.functions.memberapi;

import com.crmfunctions.architecture.CrmArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A thin handler, DI in one factory, AWS only through the adapters, and no clock. */
@AnalyzeClasses(packages = "com.crmfunctions.functions.memberapi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheHandlerKnowsLambda = CrmArchitecture.handlerOnlyKnowsLambda("MemberApiHandler",
            "the handler maps the HTTP API event to a call and the result to a response, nothing more");

    @ArchTest
    static final ArchRule onlyTheFactoryAndTheHandlerKnowMicronaut = CrmArchitecture.factoryAndHandlerOnlyKnowMicronaut(
            "MemberApiBeans", "MemberApiHandler", "the API is plain Java, built by one @Factory; the handler only takes it from the context");

    @ArchTest
    static final ArchRule awsOnlyThroughTheAdapters = CrmArchitecture.awsOnlyThroughTheAdapters(
            "DynamoDB is reached through the crm-adapters repositories");

    @ArchTest
    static final ArchRule noClockIsRead = CrmArchitecture.noClockIsRead(
            "\"now\" is when API Gateway received the request (requestContext.timeEpoch)");
}
