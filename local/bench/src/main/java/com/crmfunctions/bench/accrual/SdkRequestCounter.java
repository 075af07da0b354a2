package com.crmfunctions.bench.accrual;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the AWS SDK requests this JVM sends, by service and operation ({@code "DynamoDb GetItem"}), every attempt
 * (retries included), so the accrual benchmark can say what one order costs without touching the function's code.
 *
 * <p>The SDK adds it to every client it builds in this JVM: the bench jar lists it in
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}, the SDK's class-path hook for global
 * interceptors. Counting is a hash lookup and an increment per request, the same for both sides of a comparison.
 */
public final class SdkRequestCounter implements ExecutionInterceptor {

    private static final ConcurrentMap<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + " "
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        COUNTS.computeIfAbsent(operation, key -> new LongAdder()).increment();
    }

    /** The requests sent so far, by operation. */
    static Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        COUNTS.forEach((operation, count) -> snapshot.put(operation, count.sum()));
        return snapshot;
    }

    /** The requests sent between two snapshots, by operation; operations without any are left out. */
    static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> sent = new TreeMap<>();
        after.forEach((operation, count) -> {
            long difference = count - before.getOrDefault(operation, 0L);
            if (difference > 0) sent.put(operation, difference);
        });
        return sent;
    }
}
