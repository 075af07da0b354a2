package com.crmfunctions.local.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One plain cron field: a comma-separated list of {@code *}, {@code a}, {@code a-b} and steps
 * ({@code * /n}, {@code a/n}, {@code a-b/n}), with optional names ({@code JAN}, {@code MON}),
 * parsed into the set of values it allows.
 */
final class CronField {
    private final String name;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(String name, int min, int max, List<String> names) {
        this.name = name;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    CronField(String name, int min, int max) { this(name, min, max, List.of()); }

    BitSet parse(String field) {
        BitSet values = new BitSet(max + 1);
        for (String item : field.split(",", -1)) parseItem(item, values);
        return values;
    }

    /** One value of this field, by number or name. */
    int value(String text) {
        int index = names.indexOf(text.toUpperCase(Locale.ROOT));
        int value;
        if (index >= 0) {
            value = min + index;
        } else {
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + text + "' is not a value or is not supported");
            }
        }
        if (value < min || value > max) throw new IllegalArgumentException(name + ": " + value + " is outside " + min + "-" + max);
        return value;
    }

    private void parseItem(String item, BitSet values) {
        if (item.isEmpty()) throw new IllegalArgumentException(name + ": empty list item");
        String range = item;
        int step = 1;
        int slash = item.indexOf('/');
        if (slash >= 0) {
            range = item.substring(0, slash);
            step = step(item.substring(slash + 1));
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = min;
            to = max;
        } else if (range.indexOf('-') > 0) {
            from = value(range.substring(0, range.indexOf('-')));
            to = value(range.substring(range.indexOf('-') + 1));
            if (from > to) throw new IllegalArgumentException(name + ": range " + range + " runs backwards");
        } else {
            from = value(range);
            to = slash >= 0 ? max : from;
        }
        for (int v = from; v <= to; v += step) values.set(v);
    }

    private int step(String text) {
        try {
            int step = Integer.parseInt(text);
            if (step >= 1) return step;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": step '" + text + "' must be a positive whole number");
    }
}
