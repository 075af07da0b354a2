package com.crmfunctions.events;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An event or detail that does not satisfy its contract: wrong JSON, an unknown detail-type or
 * version, a schema violation, or a value the record cannot hold. A permanent failure: retrying the
 * same input cannot succeed.
 *
 * <p>Messages name field paths and rules, never the offending values, so that personal data does not
 * reach the logs.
 */
public final class InvalidEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LISTED = 10;

    /**
     * One broken rule.
     *
     * @param path    JSON path of the offending field, e.g. {@code $.lines[0].quantity}
     * @param message what is wrong with it
     */
    public record Violation(String path, String message) implements Serializable {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private final List<Violation> violations;

    /**
     * @param subject    what was checked, e.g. {@code "OrderPlaced v1 detail"}
     * @param violations at least one
     */
    public InvalidEventException(String subject, List<Violation> violations) {
        super(message(subject, violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The offending field paths, in the order found. */
    public List<String> paths() {
        return violations.stream().map(Violation::path).toList();
    }

    private static String message(String subject, List<Violation> violations) {
        String listed = violations.stream().limit(MAX_LISTED).map(Violation::toString).collect(Collectors.joining("; "));
        int more = violations.size() - MAX_LISTED;
        return subject + " is invalid: " + listed + (more > 0 ? "; and " + more + " more" : "");
    }
}
