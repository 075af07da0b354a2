package com.crmfunctions.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.crmfunctions.wiring.FunctionSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One Lambda execution environment: a handler instance (created once, as at a cold start) that runs
 * one invocation at a time. An invocation is JSON in, JSON out, through the Lambda runtime's own
 * serializers, so the handler sees exactly the objects Lambda would give it.
 *
 * <p>The input type is the one the handler class declares; where it cannot be known (a lambda
 * expression) the trigger's event class is used. A handler that throws, or returns after its
 * timeout, fails the invocation with a {@link FunctionError}; the timeout cannot stop a running
 * thread, so a late result is discarded as Lambda would have.
 */
public final class ExecutionEnvironment {
    private final LocalFunction function;
    private final RequestHandler<Object, Object> handler;
    private final PojoSerializer<Object> input;
    private final Type declaredOutput;

    ExecutionEnvironment(LocalFunction function, RequestHandler<Object, Object> handler, Class<?> triggerEvent) {
        this.function = function;
        this.handler = handler;
        HandlerTypes types = HandlerTypes.of(handler.getClass());
        ClassLoader loader = handler.getClass().getClassLoader();
        this.input = LambdaSerialization.serializerFor(HandlerTypes.known(types.input()) ? types.input() : triggerEvent, loader);
        this.declaredOutput = types.output();
    }

    /** Invokes the handler with a JSON payload and returns its JSON response ({@code null} serializes as {@code null}). */
    public synchronized byte[] invoke(byte[] payload) throws FunctionError {
        FunctionSpec spec = function.spec();
        String requestId = UUID.randomUUID().toString();
        ConsoleLambdaLogger logger = new ConsoleLambdaLogger(spec.name(), requestId, System.out);
        long start = System.nanoTime();
        long deadline = start + spec.timeout().toNanos();
        Object result;
        try {
            Object event = input.fromJson(new ByteArrayInputStream(payload));
            result = handler.handleRequest(event, new LocalContext(requestId, spec.name(), function.arn(), spec.memoryMb(), deadline, logger));
        } catch (Throwable e) {
            logger.log(stackTrace(e));
            throw new FunctionError(e.getClass().getName(), String.valueOf(e.getMessage()), e);
        }
        if (System.nanoTime() > deadline) {
            String message = "Task timed out after " + spec.timeout().toSeconds() + " seconds";
            logger.log(message);
            throw new FunctionError("Sandbox.Timedout", message, null);
        }
        return serialize(result);
    }

    private byte[] serialize(Object result) {
        if (result == null) return "null".getBytes(StandardCharsets.UTF_8);
        Type type = HandlerTypes.known(declaredOutput) ? declaredOutput : result.getClass();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LambdaSerialization.serializerFor(type, handler.getClass().getClassLoader()).toJson(result, out);
        return out.toByteArray();
    }

    private static String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
