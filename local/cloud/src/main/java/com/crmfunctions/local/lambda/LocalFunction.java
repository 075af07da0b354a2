package com.crmfunctions.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.Trigger;
import java.util.function.Supplier;

/**
 * A function that runs locally: its spec and a factory of handler instances. Each
 * {@link #newEnvironment()} is a cold start (a new handler instance); {@link #shared()} is the one
 * environment used for HTTP and scheduled invocations, created at start so a broken handler fails
 * the start and not the first request.
 */
public final class LocalFunction {
    private final FunctionSpec spec;
    private final Supplier<? extends RequestHandler<?, ?>> handlers;
    private final String arn;
    private final ExecutionEnvironment shared;

    public LocalFunction(FunctionSpec spec, Supplier<? extends RequestHandler<?, ?>> handlers, LocalAccount account) {
        this.spec = spec;
        this.handlers = handlers;
        this.arn = account.functionArn(spec.name());
        this.shared = newEnvironment();
    }

    public FunctionSpec spec() { return spec; }

    public String name() { return spec.name(); }

    String arn() { return arn; }

    public ExecutionEnvironment shared() { return shared; }

    @SuppressWarnings("unchecked")
    public ExecutionEnvironment newEnvironment() {
        RequestHandler<?, ?> handler = handlers.get();
        if (handler == null) throw new IllegalStateException("function " + spec.name() + ": the handler factory returned null");
        return new ExecutionEnvironment(this, (RequestHandler<Object, Object>) handler, triggerEvent(spec.trigger()));
    }

    /** The event class Lambda sends for a trigger. */
    private static Class<?> triggerEvent(Trigger trigger) {
        if (trigger instanceof Trigger.Queue) return SQSEvent.class;
        if (trigger instanceof Trigger.Schedule) return ScheduledEvent.class;
        return APIGatewayV2HTTPEvent.class;
    }
}
