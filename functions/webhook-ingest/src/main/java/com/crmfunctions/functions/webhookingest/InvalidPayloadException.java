package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.InvalidEventException.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A webhook body that cannot be mapped: not JSON, a wrong type, a missing field, a value out of
 * bounds. Each violation names the field by its JSON pointer in the request body
 * ({@code /line_items/0/quantity}); messages state the rule, never the value (it may be personal data).
 */
final class InvalidPayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    InvalidPayloadException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    static InvalidPayloadException at(String pointer, String message) {
        return new InvalidPayloadException(List.of(new Violation(pointer, message)));
    }

    List<Violation> violations() {
        return violations;
    }
}
