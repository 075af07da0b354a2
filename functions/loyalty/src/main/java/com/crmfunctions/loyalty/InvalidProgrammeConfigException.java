package com.crmfunctions.loyalty;

import java.util.List;

/** The programme configuration is invalid; every problem names the key (and environment variable) at fault. */
public final class InvalidProgrammeConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    InvalidProgrammeConfigException(List<String> problems) {
        super("invalid loyalty programme configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the key, e.g. {@code tier.gold.threshold=400: must be greater than ...}. */
    public List<String> problems() {
        return problems;
    }
}
