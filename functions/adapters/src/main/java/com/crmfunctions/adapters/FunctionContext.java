package com.crmfunctions.adapters;

import io.micronaut.context.ApplicationContext;

/**
 * Micronaut compile-time dependency injection for a Lambda handler, without the
 * micronaut-function-aws layer: a bare application context that neither deduces its environment
 * nor reads environment variables as properties nor creates beans eagerly. Lambda creates one
 * handler per execution environment, so a handler creates one context in its constructor and takes
 * its service from it:
 *
 * <pre>{@code
 * public final class PointsAccrualHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
 *     private final PointsAccrualService service = FunctionContext.start().getBean(PointsAccrualService.class);
 *     ...
 * }
 * }</pre>
 *
 * <p>Per handler rather than per JVM: the embedded local cloud runs many functions (and tests run
 * many clouds) in one JVM, and each handler must reach the endpoints it was created for.
 * Cold-start cost measured by {@code local/bench} (README, "Decisions").
 */
public final class FunctionContext {

    private FunctionContext() {}

    /** Starts a bare context; the caller keeps it for the life of its handler. */
    public static ApplicationContext start() {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .bootstrapEnvironment(false)
                .environmentPropertySource(false)
                .eagerInitSingletons(false)
                .banner(false)
                .start();
    }
}
