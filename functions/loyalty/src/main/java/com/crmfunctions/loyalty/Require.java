package com.crmfunctions.loyalty;

/** Argument checks shared by the domain records. */
final class Require {

    private Require() {}

    static String id(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
