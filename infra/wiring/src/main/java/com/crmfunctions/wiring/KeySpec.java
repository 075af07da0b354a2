package com.crmfunctions.wiring;

import java.util.Objects;

/** A DynamoDB key attribute: its name and scalar type. */
public record KeySpec(String name, AttributeType type) {
    public enum AttributeType { S, N, B }

    public KeySpec {
        Objects.requireNonNull(name, "key name");
        Objects.requireNonNull(type, "key type");
    }

    public static KeySpec string(String name) { return new KeySpec(name, AttributeType.S); }

    public static KeySpec number(String name) { return new KeySpec(name, AttributeType.N); }
}
