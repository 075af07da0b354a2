package com.crmfunctions.local.lambda;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * The serializers the Lambda Java runtime uses (aws-lambda-java-serialization): the event
 * serializers with their mix-ins for the {@code aws-lambda-java-events} classes (so
 * {@code eventSourceARN}, {@code detail-type} and friends map as in AWS), Jackson for anything else.
 */
final class LambdaSerialization {
    private LambdaSerialization() {}

    @SuppressWarnings("unchecked")
    static PojoSerializer<Object> serializerFor(Type type, ClassLoader loader) {
        Class<?> raw = raw(type);
        if (LambdaEventSerializers.isLambdaSupportedEvent(raw.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(raw, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }
}
