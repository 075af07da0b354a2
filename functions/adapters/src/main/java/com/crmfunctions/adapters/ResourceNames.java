package com.crmfunctions.adapters;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How a function finds the physical names of the resources it was wired to.
 *
 * <p>Each name is looked up in an environment variable (what the CDK app sets on the function),
 * then in a JVM system property (what the in-process local cloud sets), then falls back to the
 * logical name from the wiring declaration, because locally the physical name is the logical one.
 *
 * <table>
 *   <caption>Lookup keys for logical name {@code win-back}</caption>
 *   <tr><th>resource</th><th>environment variable</th><th>system property</th><th>fallback</th></tr>
 *   <tr><td>table</td><td>{@code CRM_TABLE_WIN_BACK}</td><td>{@code crm.table.win-back}</td><td>{@code win-back}</td></tr>
 *   <tr><td>queue URL</td><td>{@code CRM_QUEUE_WIN_BACK_URL}</td><td>{@code crm.queue.win-back.url}</td><td>none: a URL cannot be guessed</td></tr>
 *   <tr><td>event bus</td><td>{@code CRM_BUS_NAME}</td><td>{@code crm.bus.name}</td><td>the logical bus name</td></tr>
 *   <tr><td>sender address</td><td>{@code CRM_MAIL_FROM}</td><td>{@code crm.mail.from}</td><td>none</td></tr>
 * </table>
 * The CDK app should name its variables with {@link #tableVariable} and {@link #queueUrlVariable}
 * so both sides agree by construction.
 */
public final class ResourceNames {

    public static final String BUS_VARIABLE = "CRM_BUS_NAME";
    public static final String MAIL_FROM_VARIABLE = "CRM_MAIL_FROM";

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> systemProperties;

    /** Lookups as functions from key to value (null when absent), so tests need not touch the real environment. */
    public ResourceNames(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
    }

    /** Names from this process's environment variables and system properties. */
    public static ResourceNames fromEnvironment() {
        return new ResourceNames(System::getenv, System::getProperty);
    }

    public String table(String logicalName) {
        return lookup(tableVariable(logicalName), "crm.table." + logicalName).orElse(logicalName);
    }

    public String queueUrl(String logicalName) {
        String variable = queueUrlVariable(logicalName);
        String property = "crm.queue." + logicalName + ".url";
        return lookup(variable, property).orElseThrow(() -> missing("URL of queue " + logicalName, variable, property));
    }

    public String bus(String logicalName) {
        return lookup(BUS_VARIABLE, "crm.bus.name").orElse(logicalName);
    }

    /** The verified SES identity emails are sent from. */
    public String mailFrom() {
        return lookup(MAIL_FROM_VARIABLE, "crm.mail.from")
                .orElseThrow(() -> missing("sender address", MAIL_FROM_VARIABLE, "crm.mail.from"));
    }

    /** {@code members} → {@code CRM_TABLE_MEMBERS}. */
    public static String tableVariable(String logicalName) {
        return "CRM_TABLE_" + constantCase(logicalName);
    }

    /** {@code win-back} → {@code CRM_QUEUE_WIN_BACK_URL}. */
    public static String queueUrlVariable(String logicalName) {
        return "CRM_QUEUE_" + constantCase(logicalName) + "_URL";
    }

    private Optional<String> lookup(String variable, String property) {
        return nonBlank(environment.apply(variable)).or(() -> nonBlank(systemProperties.apply(property)));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String constantCase(String logicalName) {
        if (logicalName == null || !logicalName.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("logical names are lower-case kebab-case, was: " + logicalName);
        }
        return logicalName.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static IllegalStateException missing(String what, String variable, String property) {
        return new IllegalStateException("no " + what + " configured: set environment variable " + variable
                + " (or system property " + property + ")");
    }
}
