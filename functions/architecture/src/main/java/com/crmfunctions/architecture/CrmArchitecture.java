package com.crmfunctions.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.List;

/**
 * The architecture rules the modules share, each module's {@code ArchitectureTest} applying them to its own
 * classes with its own reason: time is injected (principle 2) and AWS and Micronaut stay at a function's edges
 * (principle 5). Modules that only need one rule call it; a function with a handler and a factory calls
 * {@link #handlerOnlyKnowsLambda} and {@link #factoryAndHandlerOnlyKnowMicronaut}.
 */
public final class CrmArchitecture {

    /**
     * {@code Instant.now()}, {@code LocalDate.now()}... and {@code System.currentTimeMillis()} or {@code nanoTime()}; not
     * {@code Instant.now(clock)}, which reads the injected clock.
     */
    public static final DescribedPredicate<JavaMethodCall> READS_THE_CLOCK = DescribedPredicate.describe("reads the clock",
            call -> (call.getTarget().getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time")
                    && call.getTarget().getRawParameterTypes().isEmpty())
                    || (call.getTargetOwner().isEquivalentTo(System.class)
                    && call.getTarget().getName().matches("currentTimeMillis|nanoTime")));

    private CrmArchitecture() {}

    /** The production classes (not the tests) of the packages and their subpackages. */
    public static JavaClasses productionClasses(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(packages);
    }

    /**
     * What breaks {@code rule} among {@code classes}, one line each (empty when it holds), for a test to assert on:
     * {@code assertThat(violations(rule, classes)).isEmpty()} fails naming every offending call or dependency. A rule
     * that found no class to check (a mistyped package) is a violation too.
     */
    public static List<String> violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result;
        try {
            result = rule.evaluate(classes);
        } catch (AssertionError checkedNothing) { // ArchUnit's answer to a rule that found no class to check
            return List.of(checkedNothing.getMessage());
        }
        return result.hasViolation() ? result.getFailureReport().getDetails() : List.of();
    }

    /** No class of the analysed ones reads the clock. */
    public static ArchRule noClockIsRead(String because) {
        return noClasses().should().callMethodWhere(READS_THE_CLOCK).because(because);
    }

    /** No class of those {@code classes} selects reads the clock. */
    public static ArchRule noClockIsRead(GivenClassesConjunction classes, String because) {
        return classes.should().callMethodWhere(READS_THE_CLOCK).because(because);
    }

    /** Only the handler (its simple name) depends on the Lambda runtime types. */
    public static ArchRule handlerOnlyKnowsLambda(String handler, String because) {
        return noClasses().that().doNotHaveSimpleName(handler)
                .should().dependOnClassesThat().resideInAPackage("com.amazonaws..")
                .because(because);
    }

    /** Only the @Factory and the handler depend on Micronaut (and the bean definitions Micronaut generates). */
    public static ArchRule factoryAndHandlerOnlyKnowMicronaut(String factory, String handler, String because) {
        return noClasses().that().doNotHaveSimpleName(factory)
                .and().doNotHaveSimpleName(handler)
                .and().haveNameNotMatching(".*\\.\\$[^.]*")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
                .because(because);
    }

    /** No class depends on the AWS SDK directly: the crm-adapters reach AWS. */
    public static ArchRule awsOnlyThroughTheAdapters(String because) {
        return noClasses().should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..").because(because);
    }
}
