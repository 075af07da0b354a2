package com.crmfunctions.functions.churn;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB attribute values of this function's items, and reading them back with errors that name the item and
 * the attribute. Model estimates are DynamoDB numbers (a double's shortest decimal form, so they read back
 * exactly); money is a decimal string, as everywhere in this system.
 */
final class Items {

    /** DynamoDB numbers range from 1E-130 to 9.9999E+125 in magnitude; smaller ones are stored as 0. */
    private static final double SMALLEST = 1e-129;
    private static final double LARGEST = 9.9e125;

    private Items() {}

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

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

    static AttributeValue instant(Instant value) {
        return s(value.toString());
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

    static Reader read(Map<String, AttributeValue> item, String what) {
        return new Reader(item, what);
    }

    /** Reads one item's attributes, naming the item in every error. */
    static final class Reader {
        private final Map<String, AttributeValue> item;
        private final String what;

        private Reader(Map<String, AttributeValue> item, String what) {
            this.item = item;
            this.what = what;
        }

        boolean has(String name) {
            AttributeValue value = item.get(name);
            return value != null && !Boolean.TRUE.equals(value.nul());
        }

        String string(String name) {
            return optionalString(name).orElseThrow(() -> missing(name));
        }

        Optional<String> optionalString(String name) {
            if (!has(name)) {
                return Optional.empty();
            }
            String value = item.get(name).s();
            if (value == null) {
                throw wrong(name, "a string");
            }
            return Optional.of(value);
        }

        double number(String name) {
            return parseNumber(name, value(name).n());
        }

        long whole(String name) {
            double value = number(name);
            if (value != Math.rint(value) || Math.abs(value) > Long.MAX_VALUE) {
                throw wrong(name, "a whole number");
            }
            return (long) value;
        }

        int integer(String name) {
            long value = whole(name);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw wrong(name, "a 32-bit whole number");
            }
            return (int) value;
        }

        boolean bool(String name) {
            Boolean value = value(name).bool();
            if (value == null) {
                throw wrong(name, "a boolean");
            }
            return value;
        }

        Instant instant(String name) {
            return parse(name, string(name), Instant::parse, "an ISO-8601 instant");
        }

        <T> Optional<T> optional(String name, Function<String, T> parser, String expected) {
            return optionalString(name).map(value -> parse(name, value, parser, expected));
        }

        <T> T parsed(String name, Function<String, T> parser, String expected) {
            return parse(name, string(name), parser, expected);
        }

        /** A list of numbers; NULL entries read as NaN. */
        double[] numbersOrNull(String name) {
            List<AttributeValue> list = value(name).l();
            if (list == null || !value(name).hasL()) {
                throw wrong(name, "a list");
            }
            double[] values = new double[list.size()];
            for (int i = 0; i < values.length; i++) {
                AttributeValue entry = list.get(i);
                values[i] = Boolean.TRUE.equals(entry.nul()) ? Double.NaN : parseNumber(name + "[" + i + "]", entry.n());
            }
            return values;
        }

        Map<String, Double> numberMap(String name) {
            Map<String, Double> values = new LinkedHashMap<>();
            map(name).forEach((key, value) -> values.put(key, parseNumber(name + "." + key, value.n())));
            return values;
        }

        Map<String, AttributeValue> map(String name) {
            if (!value(name).hasM()) {
                throw wrong(name, "a map");
            }
            return value(name).m();
        }

        List<AttributeValue> list(String name) {
            if (!value(name).hasL()) {
                throw wrong(name, "a list");
            }
            return value(name).l();
        }

        private AttributeValue value(String name) {
            if (!has(name)) {
                throw missing(name);
            }
            return item.get(name);
        }

        private double parseNumber(String name, String text) {
            if (text == null) {
                throw wrong(name, "a number");
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw wrong(name, "a number");
            }
        }

        private <T> T parse(String name, String value, Function<String, T> parser, String expected) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw wrong(name, expected);
            }
        }

        private IllegalStateException missing(String name) {
            return new IllegalStateException(what + ": attribute " + name + " is missing");
        }

        private IllegalStateException wrong(String name, String expected) {
            return new IllegalStateException(what + ": attribute " + name + " is not " + expected);
        }
    }
}
