package com.crmfunctions.adapters;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One JSON object per line on a stream: what CloudWatch Logs Insights can query field by field.
 * Deliberately tiny (no logging framework to initialise at cold start); values are written as
 * JSON strings, numbers or booleans.
 */
public final class JsonLog {

    /** Standard error as it is when a line is written (a local run may send it to a file meanwhile). */
    private static final JsonLog STANDARD_ERROR = new JsonLog(() -> System.err);

    private final Supplier<PrintStream> out;

    public JsonLog(PrintStream out) {
        Objects.requireNonNull(out, "out");
        this.out = () -> out;
    }

    private JsonLog(Supplier<PrintStream> out) {
        this.out = out;
    }

    /** Lines on standard error, which Lambda sends to the function's log group. */
    public static JsonLog standardError() { return STANDARD_ERROR; }

    public void warn(String logger, String message, Map<String, ?> fields) { write("WARN", logger, message, fields); }

    public void error(String logger, String message, Map<String, ?> fields) { write("ERROR", logger, message, fields); }

    private void write(String level, String logger, String message, Map<String, ?> fields) {
        StringBuilder line = new StringBuilder(160);
        line.append("{\"level\":\"").append(level).append('"');
        field(line, "logger", logger);
        field(line, "message", message);
        fields.forEach((name, value) -> field(line, name, value));
        line.append('}');
        out.get().println(line);
    }

    private static void field(StringBuilder line, String name, Object value) {
        line.append(",\"").append(JsonStringEncoder.getInstance().quoteAsString(name)).append("\":");
        if (value == null) {
            line.append("null");
        } else if (value instanceof Boolean || isFiniteNumber(value)) {
            line.append(value);
        } else {
            line.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value.toString())).append('"');
        }
    }

    /** NaN and the infinities are not JSON numbers; they are written as strings. */
    private static boolean isFiniteNumber(Object value) {
        if (value instanceof Double) return Double.isFinite((Double) value);
        if (value instanceof Float) return Float.isFinite((Float) value);
        return value instanceof Number;
    }
}
