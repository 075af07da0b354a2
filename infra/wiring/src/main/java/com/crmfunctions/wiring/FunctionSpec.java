package com.crmfunctions.wiring;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A Lambda function: its handler class (a {@code RequestHandler} with a public no-argument
 * constructor, as the Lambda runtime needs), what triggers it, its size and time limit, and the
 * resources it may touch.
 *
 * <p>{@code status} is honest about the plan: a {@link Status#PLANNED} function is part of the
 * designed flow (its queue and rules exist) but has no handler yet; the local cloud does not start
 * it and the CDK app does not deploy it.
 */
public record FunctionSpec(String name, String description, String handler, Status status, Trigger trigger,
                           int memoryMb, Duration timeout, List<Access> access) {
    public enum Status { BUILT, PLANNED }

    public FunctionSpec {
        Objects.requireNonNull(name, "function name");
        Objects.requireNonNull(description, "function description");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(timeout, "timeout");
        access = List.copyOf(access);
        if (memoryMb < 128 || memoryMb > 10_240) throw new IllegalArgumentException("function " + name + ": memory must be 128..10240 MB");
        if (timeout.isZero() || timeout.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalArgumentException("function " + name + ": timeout must be 1 s..15 min");
        }
    }

    public boolean built() { return status == Status.BUILT; }
}
