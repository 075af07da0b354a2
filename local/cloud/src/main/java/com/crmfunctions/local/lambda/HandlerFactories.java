package com.crmfunctions.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.crmfunctions.wiring.FunctionSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * Makes handler instances the way Lambda does: the class named in {@link FunctionSpec#handler()},
 * loaded by name and built with its public no-argument constructor.
 */
public final class HandlerFactories {
    private HandlerFactories() {}

    /** A factory for the declared handler class; fails at once if the class cannot serve as a handler. */
    public static Supplier<RequestHandler<?, ?>> declared(FunctionSpec spec) {
        Constructor<?> constructor = constructor(spec);
        return () -> {
            try {
                return (RequestHandler<?, ?>) constructor.newInstance();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("function " + spec.name() + ": handler constructor failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("function " + spec.name() + ": cannot create " + spec.handler(), e);
            }
        };
    }

    /** Whether the declared handler class can be loaded here (a module's tests see only its own functions). */
    public static boolean onClassPath(FunctionSpec spec) {
        try {
            Class.forName(spec.handler(), false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Constructor<?> constructor(FunctionSpec spec) {
        Class<?> type;
        try {
            type = Class.forName(spec.handler(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("function " + spec.name() + " is BUILT but its handler " + spec.handler()
                    + " is not on the class path", e);
        }
        if (!RequestHandler.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException("function " + spec.name() + ": " + spec.handler() + " is not a concrete RequestHandler");
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            if (!Modifier.isPublic(type.getModifiers())) throw new NoSuchMethodException("class is not public");
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("function " + spec.name() + ": " + spec.handler()
                    + " needs a public no-argument constructor, as Lambda does", e);
        }
    }
}
