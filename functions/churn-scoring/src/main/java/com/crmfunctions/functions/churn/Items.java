package com.crmfunctions.functions.churn;

import com.crmfunctions.adapters.dynamodb.Attributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB attribute values only this function's items hold: model estimates as DynamoDB numbers (a double's
 * shortest decimal form, so they read back exactly), and reading them back with the errors of
 * {@link Attributes.Reader}. Strings, whole numbers, instants and money are written and read with
 * {@link Attributes}, as everywhere in this system.
 */
final class Items {

    /** DynamoDB numbers range from 1E-130 to 9.9999E+125 in magnitude; smaller ones are stored as 0. */
    private static final double SMALLEST = 1e-129;
    private static final double LARGEST = 9.9e125;

    private Items() {}

    /**
     * A finite double as a DynamoDB number.
     *
     * @throws IllegalArgumentException for NaN, infinities and magnitudes DynamoDB cannot hold
     */
    static AttributeValue n(double value) {
        if (!Double.isFinite(value) || Math.abs(value) > LARGEST) {
            throw new IllegalArgumentException("cannot store " + value + " as a DynamoDB number");
        }
        return AttributeValue.fromN(Math.abs(value) < SMALLEST ? "0" : Double.toString(value));
    }

    static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    /** Numbers where finite, NULL where NaN ("none"). */
    static AttributeValue numbersOrNull(double[] values) {
        List<AttributeValue> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(Double.isNaN(value) ? AttributeValue.fromNul(true) : n(value));
        }
        return AttributeValue.fromL(list);
    }

    static AttributeValue numberMap(Map<String, Double> values) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        values.forEach((name, value) -> map.put(name, n(value)));
        return AttributeValue.fromM(map);
    }

    /** Reads the number attributes of the item {@code read} reads. */
    static Numbers numbers(Attributes.Reader read) {
        return new Numbers(read);
    }

    /** Reads DynamoDB numbers as doubles (and whole numbers through them), naming the item in every error. */
    static final class Numbers {
        private final Attributes.Reader read;

        private Numbers(Attributes.Reader read) {
            this.read = read;
        }

        double number(String name) {
            return parse(name, read.value(name).n());
        }

        long whole(String name) {
            double value = number(name);
            if (value != Math.rint(value) || Math.abs(value) > Long.MAX_VALUE) {
                throw read.wrongType(name, "a whole number");
            }
            return (long) value;
        }

        int integer(String name) {
            long value = whole(name);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw read.wrongType(name, "a 32-bit whole number");
            }
            return (int) value;
        }

        /** A list of numbers; NULL entries read as NaN. */
        double[] numbersOrNull(String name) {
            List<AttributeValue> list = read.list(name);
            double[] values = new double[list.size()];
            for (int i = 0; i < values.length; i++) {
                AttributeValue entry = list.get(i);
                values[i] = Boolean.TRUE.equals(entry.nul()) ? Double.NaN : parse(name + "[" + i + "]", entry.n());
            }
            return values;
        }

        Map<String, Double> numberMap(String name) {
            Map<String, Double> values = new LinkedHashMap<>();
            read.map(name).forEach((key, value) -> values.put(key, parse(name + "." + key, value.n())));
            return values;
        }

        private double parse(String name, String text) {
            if (text == null) {
                throw read.wrongType(name, "a number");
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw read.wrongType(name, "a number");
            }
        }
    }
}
