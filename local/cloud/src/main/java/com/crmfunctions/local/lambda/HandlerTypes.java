package com.crmfunctions.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * The input and output types a handler class declares for {@code RequestHandler<I, O>}, found the
 * way the Lambda Java runtime finds them: through superclasses and interfaces, with type variables
 * bound on the way (a {@code MicronautRequestHandler<SQSEvent, SQSBatchResponse>} subclass resolves).
 * A type that stays unknown (a lambda expression, a raw type) is {@code Object}.
 */
final class HandlerTypes {
    private final Type input;
    private final Type output;

    private HandlerTypes(Type input, Type output) {
        this.input = input;
        this.output = output;
    }

    static HandlerTypes of(Class<?> handlerClass) {
        Type[] arguments = find(handlerClass, Map.of());
        return arguments == null ? new HandlerTypes(Object.class, Object.class) : new HandlerTypes(arguments[0], arguments[1]);
    }

    Type input() { return input; }

    Type output() { return output; }

    static boolean known(Type type) { return type != Object.class; }

    private static Type[] find(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> local = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) local.put(variables[i], bind(arguments[i], bindings));
        } else if (type instanceof Class<?> c) {
            raw = c;
        } else {
            return null;
        }
        if (raw == RequestHandler.class) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            return new Type[] {local.getOrDefault(variables[0], Object.class), local.getOrDefault(variables[1], Object.class)};
        }
        for (Type implemented : raw.getGenericInterfaces()) {
            Type[] found = find(implemented, local);
            if (found != null) return found;
        }
        return raw.getGenericSuperclass() == null ? null : find(raw.getGenericSuperclass(), local);
    }

    private static Type bind(Type type, Map<TypeVariable<?>, Type> bindings) {
        return type instanceof TypeVariable<?> variable ? bindings.getOrDefault(variable, Object.class) : type;
    }
}
