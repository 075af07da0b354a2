package com.crmfunctions.adapters.dynamodb;

import com.crmfunctions.loyalty.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reading and writing single attribute values, with errors that name the item and the attribute. Amounts
 * and other exact decimals are strings ({@code "120.00"}), never DynamoDB numbers (which would drop the
 * scale) and never floating point; instants are ISO-8601 strings in UTC.
 *
 * <p>Public so that the functions that keep items of their own (the churn scoring) read and write them alike.
 */
public final class Attributes {

    private Attributes() {}

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue decimal(BigDecimal value) {
        return s(value.toPlainString());
    }

    static AttributeValue amount(Money money) {
        return decimal(money.amount());
    }

    public static AttributeValue instant(Instant value) {
        return s(value.toString());
    }

    static AttributeValue bytes(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }

    /** A map attribute of string values, e.g. {@code monthlySpend}. */
    static <K, V> AttributeValue stringMap(Map<K, V> map, Function<K, String> key, Function<V, String> value) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(key.apply(k), s(value.apply(v))));
        return AttributeValue.fromM(values);
    }

    /** Reads the attributes of one item, naming it in every error. */
    public static Reader of(Map<String, AttributeValue> item, String what) {
        return new Reader(item, what);
    }

    public static final class Reader {
        private final Map<String, AttributeValue> item;
        private final String what;

        private Reader(Map<String, AttributeValue> item, String what) {
            this.item = item;
            this.what = what;
        }

        public boolean has(String name) {
            return item.containsKey(name) && !Boolean.TRUE.equals(item.get(name).nul());
        }

        public String string(String name) {
            return optionalString(name).orElseThrow(() -> missing(name));
        }

        public Optional<String> optionalString(String name) {
            if (!has(name)) {
                return Optional.empty();
            }
            String value = item.get(name).s();
            if (value == null) {
                throw wrongType(name, "a string");
            }
            return Optional.of(value);
        }

        long number(String name) {
            return optionalNumber(name).orElseThrow(() -> missing(name));
        }

        Optional<Long> optionalNumber(String name) {
            if (!has(name)) {
                return Optional.empty();
            }
            String value = item.get(name).n();
            if (value == null) {
                throw wrongType(name, "a number");
            }
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw wrongType(name, "a whole number");
            }
        }

        BigDecimal decimal(String name) {
            return parsed(name, BigDecimal::new, "a decimal string");
        }

        Money money(String name, Currency currency) {
            return Money.of(decimal(name), currency);
        }

        public Instant instant(String name) {
            return parsed(name, Instant::parse, "an ISO-8601 instant");
        }

        Optional<Instant> optionalInstant(String name) {
            return optional(name, Instant::parse, "an ISO-8601 instant");
        }

        Currency currency(String name) {
            return parsed(name, Currency::getInstance, "an ISO 4217 currency code");
        }

        /** A string attribute parsed by {@code parser}; {@code expected} says what it should be when it fails. */
        public <T> T parsed(String name, Function<String, T> parser, String expected) {
            return parse(name, string(name), parser, expected);
        }

        /** Like {@link #parsed}, but an absent attribute is empty. */
        public <T> Optional<T> optional(String name, Function<String, T> parser, String expected) {
            return optionalString(name).map(value -> parse(name, value, parser, expected));
        }

        public boolean bool(String name) {
            Boolean value = value(name).bool();
            if (value == null) {
                throw wrongType(name, "a boolean");
            }
            return value;
        }

        Optional<byte[]> optionalBytes(String name) {
            if (!has(name)) {
                return Optional.empty();
            }
            SdkBytes value = item.get(name).b();
            if (value == null) {
                throw wrongType(name, "binary");
            }
            return Optional.of(value.asByteArray());
        }

        /** A map attribute of string values, each parsed; an absent map is empty. */
        <K, V> Map<K, V> stringMap(String name, Function<String, K> key, Function<String, V> value) {
            Map<K, V> result = new LinkedHashMap<>();
            if (!has(name)) {
                return result;
            }
            if (!item.get(name).hasM()) {
                throw wrongType(name, "a map");
            }
            item.get(name).m().forEach((k, v) -> {
                if (v.s() == null) {
                    throw wrongType(name + "." + k, "a string");
                }
                result.put(parse(name, k, key, "a valid key"), parse(name + "." + k, v.s(), value, "a valid value"));
            });
            return result;
        }

        public Map<String, AttributeValue> map(String name) {
            return optionalMap(name).orElseThrow(() -> missing(name));
        }

        Optional<Map<String, AttributeValue>> optionalMap(String name) {
            if (!has(name)) {
                return Optional.empty();
            }
            if (!item.get(name).hasM()) {
                throw wrongType(name, "a map");
            }
            return Optional.of(item.get(name).m());
        }

        public List<AttributeValue> list(String name) {
            if (!value(name).hasL()) {
                throw wrongType(name, "a list");
            }
            return value(name).l();
        }

        /**
         * The attribute as it is stored, for reading a type this class has no method for.
         *
         * @throws IllegalStateException when it is missing
         */
        public AttributeValue value(String name) {
            if (!has(name)) {
                throw missing(name);
            }
            return item.get(name);
        }

        private <T> T parse(String name, String value, Function<String, T> parser, String expected) {
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                throw wrongType(name, expected);
            }
        }

        private IllegalStateException missing(String name) {
            return new IllegalStateException(what + ": attribute " + name + " is missing");
        }

        /** The error for an attribute that is there but not {@code expected}, naming the item and the attribute. */
        public IllegalStateException wrongType(String name, String expected) {
            return new IllegalStateException(what + ": attribute " + name + " is not " + expected);
        }
    }
}
