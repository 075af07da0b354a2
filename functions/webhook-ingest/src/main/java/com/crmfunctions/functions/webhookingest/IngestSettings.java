package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.Channel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The function's configuration, validated once at initialisation; see {@link Setting} for the keys
 * and defaults. Immutable.
 *
 * @param maxBodyBytes        bodies above this many bytes are refused (413)
 * @param maxLineQuantity     a line quantity above this is refused (400)
 * @param maxClockSkew        a payload date-time may lie at most this far after the request arrived
 * @param storefronts         storefront id per source; absent sources use their own name
 * @param defaultCategory     category of merchandise whose payload names none
 * @param profilingConsent    the profiling consent reported for storefronts that do not hold one
 * @param shopifyPaidStatuses Shopify {@code financial_status} values that mean paid
 * @param wooPaidStatuses     WooCommerce order statuses that mean paid
 * @param shopifyChannels     Shopify {@code source_name} → channel
 * @param wooChannels         WooCommerce {@code created_via} → channel
 * @param defaultChannel      channel of an unlisted order source
 * @param secretsFile         local signing-key file, if one is used instead of Secrets Manager
 * @param secretId            Secrets Manager secret name or ARN
 */
record IngestSettings(int maxBodyBytes, int maxLineQuantity, Duration maxClockSkew, Map<String, String> storefronts,
                      String defaultCategory, boolean profilingConsent, Set<String> shopifyPaidStatuses,
                      Set<String> wooPaidStatuses, Map<String, Channel> shopifyChannels, Map<String, Channel> wooChannels,
                      Channel defaultChannel, Optional<Path> secretsFile, String secretId) {

    /** EventBridge's limit for one entry: a body above it could never become one event. */
    static final int EVENTBRIDGE_ENTRY_LIMIT = 256 * 1024;
    /** The contract's bound on a line quantity. */
    static final int CONTRACT_MAX_QUANTITY = 100_000;

    IngestSettings {
        storefronts = Map.copyOf(storefronts);
        shopifyPaidStatuses = Set.copyOf(shopifyPaidStatuses);
        wooPaidStatuses = Set.copyOf(wooPaidStatuses);
        shopifyChannels = Map.copyOf(shopifyChannels);
        wooChannels = Map.copyOf(wooChannels);
    }

    /** Every setting at its default. */
    static IngestSettings defaults() {
        return load(name -> null, name -> null);
    }

    /** Settings from this process's environment variables and system properties. */
    static IngestSettings fromEnvironment() {
        return load(System::getenv, System::getProperty);
    }

    /**
     * Reads every {@link Setting}: environment variable first, then system property, then default.
     *
     * @throws IllegalStateException listing every invalid setting, each by its variable name
     */
    static IngestSettings load(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {
        Reader reader = new Reader(environment, systemProperties);
        Integer maxBodyBytes = reader.read(Setting.MAX_BODY_BYTES, v -> bounded(v, 1, EVENTBRIDGE_ENTRY_LIMIT));
        Integer maxLineQuantity = reader.read(Setting.MAX_LINE_QUANTITY, v -> bounded(v, 1, CONTRACT_MAX_QUANTITY));
        Duration maxClockSkew = reader.read(Setting.MAX_CLOCK_SKEW, IngestSettings::duration);
        Map<String, String> storefronts = reader.read(Setting.STOREFRONTS, v -> pairs(v, IngestSettings::storefrontId));
        String defaultCategory = reader.read(Setting.DEFAULT_CATEGORY, IngestSettings::category);
        Boolean profilingConsent = reader.read(Setting.PROFILING_CONSENT, IngestSettings::bool);
        Set<String> shopifyPaid = reader.read(Setting.SHOPIFY_PAID_STATUSES, IngestSettings::nonEmptyList);
        Set<String> wooPaid = reader.read(Setting.WOOCOMMERCE_PAID_STATUSES, IngestSettings::nonEmptyList);
        Map<String, Channel> shopifyChannels = reader.read(Setting.SHOPIFY_CHANNELS, v -> pairs(v, IngestSettings::channel));
        Map<String, Channel> wooChannels = reader.read(Setting.WOOCOMMERCE_CHANNELS, v -> pairs(v, IngestSettings::channel));
        Channel defaultChannel = reader.read(Setting.DEFAULT_CHANNEL, IngestSettings::channel);
        Optional<Path> secretsFile = reader.read(Setting.SECRETS_FILE, v -> v.isEmpty() ? Optional.<Path>empty() : Optional.of(Path.of(v)));
        String secretId = reader.read(Setting.SECRET_ID, IngestSettings::nonBlank);
        reader.failOnProblems();
        return new IngestSettings(maxBodyBytes, maxLineQuantity, maxClockSkew, storefronts, defaultCategory, profilingConsent,
                shopifyPaid, wooPaid, shopifyChannels, wooChannels, defaultChannel, secretsFile, secretId);
    }

    /** The storefront id of a source: as configured, else the source's own name. */
    String storefront(String source) {
        return storefronts.getOrDefault(source, source);
    }

    /** The instant after which a payload date-time is refused for a request received at {@code receivedAt}. */
    Instant latestOccurredAt(Instant receivedAt) {
        return receivedAt.plus(maxClockSkew);
    }

    private static int bounded(String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be an integer");
        }
        if (parsed < min || parsed > max) throw new IllegalArgumentException("must be " + min + " to " + max);
        return parsed;
    }

    private static Duration duration(String value) {
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative()) throw new IllegalArgumentException("must not be negative");
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 duration such as PT1H");
        }
    }

    private static boolean bool(String value) {
        if (value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        throw new IllegalArgumentException("must be true or false");
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) throw new IllegalArgumentException("must not be blank");
        return value;
    }

    private static String storefrontId(String value) {
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")) {
            throw new IllegalArgumentException("storefront ids are 1 to 128 letters, digits and . _ : -");
        }
        return value;
    }

    private static String category(String value) {
        if (value.isBlank() || value.length() > 64) throw new IllegalArgumentException("must be 1 to 64 characters");
        return value;
    }

    private static Channel channel(String value) {
        try {
            return Channel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("channels are web, app, marketplace or pos");
        }
    }

    private static Set<String> nonEmptyList(String value) {
        Set<String> items = new LinkedHashSet<>(items(value));
        if (items.isEmpty()) throw new IllegalArgumentException("must list at least one value");
        return items;
    }

    private static <V> Map<String, V> pairs(String value, Function<String, V> parseValue) {
        Map<String, V> pairs = new LinkedHashMap<>();
        for (String item : items(value)) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0 || colon == item.length() - 1) throw new IllegalArgumentException("pairs are name:value, comma-separated");
            String name = item.substring(0, colon).trim();
            if (pairs.put(name, parseValue.apply(item.substring(colon + 1).trim())) != null) {
                throw new IllegalArgumentException("names " + name + " twice");
            }
        }
        return pairs;
    }

    private static List<String> items(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Looks settings up and collects every problem, so one start reports all of them. */
    private static final class Reader {
        private final UnaryOperator<String> environment;
        private final UnaryOperator<String> systemProperties;
        private final List<String> problems = new ArrayList<>();

        Reader(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {
            this.environment = environment;
            this.systemProperties = systemProperties;
        }

        <T> T read(Setting setting, Function<String, T> parse) {
            String raw = environment.apply(setting.variable());
            if (raw == null) raw = systemProperties.apply(setting.property());
            String value = raw == null ? setting.defaultValue() : raw.trim();
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                problems.add(setting.variable() + " (" + setting.property() + "): " + e.getMessage());
                return null;
            }
        }

        void failOnProblems() {
            if (!problems.isEmpty()) {
                throw new IllegalStateException("invalid webhook-ingest configuration: " + String.join("; ", problems));
            }
        }
    }
}
