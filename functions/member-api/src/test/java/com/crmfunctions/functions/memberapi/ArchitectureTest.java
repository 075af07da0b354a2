package com.crmfunctions.functions.memberapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A thin handler, DI in one factory, AWS only through the adapters, and no clock. */
@AnalyzeClasses(packages = "com.crmfunctions.functions.memberapi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheHandlerKnowsLambda = noClasses().that().doNotHaveSimpleName("MemberApiHandler")
            .should().dependOnClassesThat().resideInAPackage("com.amazonaws..")
            .because("the handler maps the HTTP API event to a call and the result to a response, nothing more");

    @ArchTest
    static final ArchRule onlyTheFactoryAndTheHandlerKnowMicronaut = noClasses().that().doNotHaveSimpleName("MemberApiBeans")
            .and().doNotHaveSimpleName("MemberApiHandler")
            .and().haveNameNotMatching(".*\\.\\$[^.]*") // the bean definitions Micronaut generates from the factory
            .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
            .because("the API is plain Java, built by one @Factory; the handler only takes it from the context");

    @ArchTest
    static final ArchRule awsOnlyThroughTheAdapters = noClasses()
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("DynamoDB is reached through the crm-adapters repositories");

    @ArchTest
    static final ArchRule noClockIsRead = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("reads the clock", (JavaMethodCall call) ->
                    (call.getTarget().getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time"))
                            || (call.getTargetOwner().isEquivalentTo(System.class)
                            && call.getTarget().getName().matches("currentTimeMillis|nanoTime"))))
            .because("\"now\" is when API Gateway received the request (requestContext.timeEpoch)");
}
