package com.crmfunctions.churn.model;

import java.util.Locale;

/** The buy-till-you-die models of purchase counts and dropout. */
public enum ModelKind {
    /** Beta-geometric/NBD (Fader, Hardie and Lee 2005): dropout after a repeat purchase. */
    BG_NBD("bg-nbd"),
    /** Modified BG/NBD (Batislam, Denizel and Filiztekin 2007): dropout also right after the first purchase. */
    MBG_NBD("mbg-nbd"),
    /** Pareto/NBD (Schmittlein, Morrison and Colombo 1987): dropout at an exponential time. */
    PARETO_NBD("pareto-nbd");

    private final String cliName;

    ModelKind(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    /** Looks a model up by its command-line name ({@code bg-nbd}, {@code mbg-nbd}, {@code pareto-nbd}). */
    public static ModelKind fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace("/", "-");
        for (ModelKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; known: bg-nbd, mbg-nbd, pareto-nbd");
    }
}
