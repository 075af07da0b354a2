package com.crmfunctions.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.crmfunctions.local.support.LocalAccount;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.Trigger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * A function that runs locally: its spec and a factory of handler instances. Each
 * {@link #newEnvironment()} is a cold start (a new handler instance). Direct invocations (HTTP,
 * schedules) go through {@link #invoke}, which, as Lambda does, runs each in an idle environment or,
 * when all are busy, in a new one, up to the concurrency limit (beyond it, an invocation waits for an
 * environment instead of being throttled). The first environment is created at start, so a broken
 * handler fails the start and not the first request; each poller of an SQS event source mapping keeps
 * one of its own ({@link #takeEnvironment()}).
 */
public final class LocalFunction {
    private final FunctionSpec spec;
    private final Supplier<? extends RequestHandler<?, ?>> handlers;
    private final String arn;
    private final int concurrencyLimit;
    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
    private int environments;

    public LocalFunction(FunctionSpec spec, Supplier<? extends RequestHandler<?, ?>> handlers, LocalAccount account,
                         int concurrencyLimit) {
        if (concurrencyLimit < 1) throw new IllegalArgumentException("the concurrency limit must be at least 1");
        this.spec = spec;
        this.handlers = handlers;
        this.arn = account.functionArn(spec.name());
        this.concurrencyLimit = concurrencyLimit;
        idle.push(newEnvironment());
        environments = 1;
    }

    public FunctionSpec spec() { return spec; }

    public String name() { return spec.name(); }

    String arn() { return arn; }

    /**
     * An environment for an SQS poller to keep: the one made at start if no invocation holds it, else a new one
     * (a cold start). It no longer serves direct invocations.
     */
    public ExecutionEnvironment takeEnvironment() {
        synchronized (idle) {
            if (!idle.isEmpty()) {
                environments--;
                return idle.pop();
            }
        }
        return newEnvironment();
    }

    /** Runs one direct invocation in an idle environment, or a new one while under the concurrency limit. */
    public byte[] invoke(byte[] payload) throws FunctionError {
        ExecutionEnvironment environment = acquire();
        try {
            return environment.invoke(payload);
        } finally {
            release(environment);
        }
    }

    private ExecutionEnvironment acquire() throws FunctionError {
        synchronized (idle) {
            while (idle.isEmpty() && environments >= concurrencyLimit) {
                try {
                    idle.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FunctionError("Interrupted", "interrupted while waiting for an execution environment", e);
                }
            }
            if (!idle.isEmpty()) return idle.pop();
            environments++;
        }
        try {
            return newEnvironment(); // a cold start, outside the lock
        } catch (RuntimeException | Error e) { // the slot is given back whatever failed, or callers would wait for ever
            synchronized (idle) {
                environments--;
                idle.notifyAll();
            }
            throw new FunctionError(e.getClass().getName(), "the handler could not be created: " + e.getMessage(), e);
        }
    }

    private void release(ExecutionEnvironment environment) {
        synchronized (idle) {
            idle.push(environment); // the most recently used first: warm environments stay warm
            idle.notifyAll();
        }
    }

    @SuppressWarnings("unchecked")
    ExecutionEnvironment newEnvironment() {
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
