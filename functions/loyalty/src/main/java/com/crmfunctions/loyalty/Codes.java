package com.crmfunctions.loyalty;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case codes of enums as they appear in events and configuration ({@code gift_card}, {@code pos}). */
final class Codes {

    private Codes() {}

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String what, String code) {
        E[] values = type.getEnumConstants();
        return Arrays.stream(values).filter(v -> code(v).equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + code + "' (expected one of "
                        + Arrays.stream(values).map(Codes::code).collect(Collectors.joining(", ")) + ")"));
    }
}
