package com.crmfunctions.bench.coldstart;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.micronaut.function.aws.MicronautLambdaContext;

/**
 * The Micronaut side tuned for cold start: the same beans and work, but the application context
 * neither deduces its environment (no probing of the host for clouds, Kubernetes or test
 * frameworks: Lambda is known) nor creates every singleton and configuration eagerly (only what
 * the handler injects is built).
 */
public class TunedMicronautColdStartHandler extends MicronautColdStartHandler {

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return ApplicationContext.builder(Environment.FUNCTION, MicronautLambdaContext.ENVIRONMENT_LAMBDA)
                .deduceEnvironment(false)
                .eagerInitSingletons(false)
                .eagerInitConfiguration(false)
                .bootstrapEnvironment(false)
                .environmentPropertySource(false)
                .banner(false);
    }
}
