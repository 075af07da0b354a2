package com.crmfunctions.functions.pointsaccrual;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A thin handler, DI in one factory, AWS only through the adapters, and no clock. */
@AnalyzeClasses(packages = "com.crmfunctions.functions.pointsaccrual", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheHandlerKnowsLambda = noClasses().that().doNotHaveSimpleName("PointsAccrualHandler")
            .should().dependOnClassesThat().resideInAPackage("com.amazonaws..")
            .because("the handler maps the SQS batch to messages and the outcome to a partial batch response, nothing more");

    @ArchTest
    static final ArchRule onlyTheFactoryAndTheHandlerKnowMicronaut = noClasses().that().doNotHaveSimpleName("PointsAccrualBeans")
            .and().doNotHaveSimpleName("PointsAccrualHandler")
            .and().haveNameNotMatching(".*\\.\\$[^.]*") // the bean definitions Micronaut generates from the factory
            .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
            .because("the service is plain Java, built by one @Factory; the handler only takes it from the context");

    @ArchTest
    static final ArchRule awsOnlyThroughTheAdapters = noClasses()
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("DynamoDB and EventBridge are reached through crm-adapters (repositories, ledger writer, publisher)");

    @ArchTest
    static final ArchRule noClockIsRead = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("reads the clock", (JavaMethodCall call) ->
                    (call.getTarget().getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time"))
                            || (call.getTargetOwner().isEquivalentTo(System.class)
                            && call.getTarget().getName().matches("currentTimeMillis|nanoTime"))))
            .because("\"now\" is the time of the delivered event, so a redelivery decides exactly as the first delivery");
}
