package com.crmfunctions.loyalty;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the programme configuration from layered {@code key=value} maps and validates it, collecting every
 * problem (each naming its key) before failing, so one run shows a merchant all their mistakes.
 */
final class ProgrammeConfigLoader {

    static final String ENVIRONMENT_PREFIX = "LOYALTY_";
    static final Map<String, String> DEFAULTS = readDefaults();

    private static final List<String> TIER_ATTRIBUTES = List.of(
            "threshold", "multiplier", "freeShipping", "priorityService", "earlyAccess", "birthdayCoupon", "upgradeGift");
    private static final Pattern TIER_KEY = Pattern.compile("tier\\.([^.]+)\\.([^.]+)");
    /** The events' {@code tier} pattern accepts every id this does (crm-events {@code definitions.schema.json}). */
    private static final Pattern TIER_ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Set<String> PROGRAMME_KEYS = DEFAULTS.keySet().stream()
            .filter(key -> !TIER_KEY.matcher(key).matches()).collect(Collectors.toUnmodifiableSet());

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, String> variableOfKey = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ProgrammeConfigLoader() {}

    static ProgrammeConfig load(Map<String, String> properties, Map<String, String> environment) {
        ProgrammeConfigLoader loader = new ProgrammeConfigLoader();
        loader.merge(properties, environment);
        ProgrammeConfig config = loader.build();
        if (!loader.problems.isEmpty()) {
            throw new InvalidProgrammeConfigException(loader.problems);
        }
        return config;
    }

    static String environmentVariable(String key) {
        return ENVIRONMENT_PREFIX + key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    // ---- layering ------------------------------------------------------------------------------------

    private void merge(Map<String, String> properties, Map<String, String> environment) {
        Map<String, String> overrides = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENVIRONMENT_PREFIX)) {
                overrides.put(name, value);
            }
        });
        // `tiers` decides which tier.<id>.* keys exist, so it is resolved first.
        String ladder = overrides.getOrDefault(environmentVariable("tiers"),
                properties.getOrDefault("tiers", DEFAULTS.get("tiers")));
        Set<String> tierIds = new TreeSet<>(splitList(ladder));
        Set<String> known = new TreeSet<>(PROGRAMME_KEYS);
        tierIds.forEach(id -> TIER_ATTRIBUTES.forEach(attribute -> known.add(tierKey(id, attribute))));

        DEFAULTS.forEach((key, value) -> {
            if (known.contains(key)) {
                values.put(key, value);
            }
        });
        new TreeMap<>(properties).forEach((key, value) -> {
            if (known.contains(key)) {
                values.put(key, value);
            } else {
                problems.add(key + ": " + unknownKeyReason(key, ladder));
            }
        });
        Map<String, String> keyOfVariable = known.stream()
                .collect(Collectors.toMap(ProgrammeConfigLoader::environmentVariable, Function.identity()));
        overrides.forEach((name, value) -> {
            String key = keyOfVariable.get(name);
            if (key == null) {
                problems.add(name + ": unknown variable (no programme key maps to it)");
            } else {
                values.put(key, value);
                variableOfKey.put(key, name);
            }
        });
    }

    private static String unknownKeyReason(String key, String ladder) {
        Matcher tierKey = TIER_KEY.matcher(key);
        if (tierKey.matches() && TIER_ATTRIBUTES.contains(tierKey.group(2))) {
            return "unknown key: tier '" + tierKey.group(1) + "' is not listed in tiers=" + ladder;
        }
        return "unknown key";
    }

    // ---- sections ------------------------------------------------------------------------------------

    private ProgrammeConfig build() {
        ZoneId zone = zone("programme.zone");
        ProgrammeConfig.Currencies currencies = currencies();
        ProgrammeConfig.Earning earning = earning();
        ProgrammeConfig.Tiers tiers = tiers();
        ProgrammeConfig.Expiry expiry = expiry();
        Integer redemptionPoints = integer("redemption.pointsPerUnit", 1);
        ProgrammeConfig.Coupons coupons = coupons();
        ProgrammeConfig.WinBack winBack = winBack();
        Integer messages = integer("marketing.frequencyCap.messages", 0);
        Integer perDays = integer("marketing.frequencyCap.days", 1);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ProgrammeConfig(zone, currencies, earning, tiers, expiry,
                new ProgrammeConfig.Redemption(redemptionPoints), coupons, winBack,
                new ProgrammeConfig.Marketing(messages, perDays));
    }

    private ProgrammeConfig.Currencies currencies() {
        int before = problems.size();
        Currency base = currency("currency.base", text("currency.base"));
        Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
        pairs("currency.rates").forEach((code, rate) -> {
            Currency currency = currency("currency.rates", code);
            BigDecimal value = decimal("currency.rates", "rate of " + code + " ", rate, BigDecimal.ZERO, false);
            if (currency != null && currency.equals(base)) {
                problem("currency.rates", "must not list the base currency " + code);
            } else if (currency != null && value != null) {
                rates.put(currency, value);
            }
        });
        return failedSince(before) ? null : new ProgrammeConfig.Currencies(base, rates);
    }

    private ProgrammeConfig.Earning earning() {
        int before = problems.size();
        BigDecimal perUnit = decimal("points.perUnit", BigDecimal.ZERO, false);
        RoundingMode rounding = rounding("points.rounding");
        Set<LineKind> kinds = EnumSet.noneOf(LineKind.class);
        List<String> kindCodes = list("points.eligibleKinds");
        if (kindCodes.isEmpty()) {
            problem("points.eligibleKinds", "must name at least one line kind");
        }
        for (String code : kindCodes) {
            try {
                kinds.add(LineKind.fromCode(code));
            } catch (IllegalArgumentException e) {
                problem("points.eligibleKinds", e.getMessage());
            }
        }
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        pairs("points.categoryMultipliers").forEach((category, multiplier) -> categories.put(category,
                decimal("points.categoryMultipliers", "multiplier of " + category + " ", multiplier, BigDecimal.ZERO, false)));
        Boolean negative = bool("points.allowNegativeBalance");
        return failedSince(before) ? null : new ProgrammeConfig.Earning(perUnit, rounding, kinds, categories, negative);
    }

    private ProgrammeConfig.Tiers tiers() {
        int before = problems.size();
        List<String> ids = list("tiers");
        if (ids.isEmpty()) {
            problem("tiers", "must list at least one tier");
        }
        if (new TreeSet<>(ids).size() != ids.size()) {
            problem("tiers", "lists a tier twice");
        }
        List<Tier> ladder = new ArrayList<>();
        for (String id : ids) {
            if (!TIER_ID.matcher(id).matches()) {
                problem("tiers", "tier id '" + id + "' must be 1 to 32 lower-case letters, digits and '-', starting with a letter");
                continue;
            }
            Tier tier = tier(id);
            if (tier != null) {
                ladder.add(tier);
            }
        }
        checkLadder(ladder);
        Integer window = integer("tiers.windowMonths", 1);
        Integer hold = integer("tiers.downgrade.holdMonths", 0);
        Integer steps = integer("tiers.downgrade.maxSteps", 1);
        return failedSince(before) ? null : new ProgrammeConfig.Tiers(ladder, window, hold, steps);
    }

    private Tier tier(String id) {
        int before = problems.size();
        BigDecimal threshold = decimal(tierKey(id, "threshold"), BigDecimal.ZERO, true);
        BigDecimal multiplier = decimal(tierKey(id, "multiplier"), BigDecimal.ONE, true);
        Boolean freeShipping = bool(tierKey(id, "freeShipping"));
        Boolean priority = bool(tierKey(id, "priorityService"));
        Boolean earlyAccess = bool(tierKey(id, "earlyAccess"));
        BigDecimal birthday = decimal(tierKey(id, "birthdayCoupon"), BigDecimal.ZERO, true);
        BigDecimal gift = decimal(tierKey(id, "upgradeGift"), BigDecimal.ZERO, true);
        return failedSince(before) ? null
                : new Tier(id, threshold, multiplier, freeShipping, priority, earlyAccess, birthday, gift);
    }

    /** Thresholds start at 0 and strictly increase; multipliers never decrease up the ladder. */
    private void checkLadder(List<Tier> ladder) {
        if (!ladder.isEmpty() && ladder.get(0).threshold().signum() != 0) {
            problem(tierKey(ladder.get(0).id(), "threshold"), "the first tier (the entry tier) must start at 0");
        }
        for (int i = 1; i < ladder.size(); i++) {
            Tier lower = ladder.get(i - 1);
            Tier higher = ladder.get(i);
            if (higher.threshold().compareTo(lower.threshold()) <= 0) {
                problem(tierKey(higher.id(), "threshold"), "must be greater than " + tierKey(lower.id(), "threshold")
                        + " (" + lower.threshold().toPlainString() + "): tiers are listed lowest first");
            }
            if (higher.multiplier().compareTo(lower.multiplier()) < 0) {
                problem(tierKey(higher.id(), "multiplier"), "must not be less than " + tierKey(lower.id(), "multiplier")
                        + " (" + lower.multiplier().toPlainString() + ")");
            }
        }
    }

    private ProgrammeConfig.Expiry expiry() {
        Integer months = integer("points.expiry.months", 1);
        Integer reminder = integer("points.expiry.reminderDays", 0);
        return months == null || reminder == null ? null : new ProgrammeConfig.Expiry(months, reminder);
    }

    private ProgrammeConfig.Coupons coupons() {
        int before = problems.size();
        Integer validDays = integer("coupon.validDays", 1);
        BigDecimal welcome = decimal("coupon.welcome.amountOff", BigDecimal.ZERO, true);
        BigDecimal minimum = decimal("coupon.welcome.minimumSpend", BigDecimal.ZERO, true);
        TreeMap<BigDecimal, BigDecimal> thresholds = new TreeMap<>();
        pairs("coupon.thresholds").forEach((spend, amountOff) -> {
            BigDecimal from = decimal("coupon.thresholds", "spend ", spend, BigDecimal.ZERO, false);
            BigDecimal off = decimal("coupon.thresholds", "amount off at " + spend + " ", amountOff, BigDecimal.ZERO, false);
            if (from != null && off != null && thresholds.put(from, off) != null) {
                problem("coupon.thresholds", "lists the spend " + spend + " twice");
            }
        });
        return failedSince(before) ? null : new ProgrammeConfig.Coupons(validDays, welcome, minimum, thresholds);
    }

    private ProgrammeConfig.WinBack winBack() {
        int before = problems.size();
        Integer cooldown = integer("winback.cooldownDays", 0);
        Integer attempts = integer("winback.maxAttempts", 0);
        Integer wonBack = integer("winback.wonBackWithinDays", 1);
        BigDecimal share = decimal("winback.highValueShare", BigDecimal.ZERO, false);
        if (share != null && share.compareTo(BigDecimal.ONE) > 0) {
            problem("winback.highValueShare", "must be at most 1 (a share of customers)");
        }
        BigDecimal gift = decimal("winback.giftAmountOff", BigDecimal.ZERO, true);
        return failedSince(before) ? null : new ProgrammeConfig.WinBack(cooldown, attempts, wonBack, share, gift);
    }

    // ---- typed values --------------------------------------------------------------------------------

    private String text(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            problem(key, "missing");
            return null;
        }
        return value.trim();
    }

    private BigDecimal decimal(String key, BigDecimal min, boolean inclusive) {
        String text = text(key);
        return text == null ? null : decimal(key, "", text, min, inclusive);
    }

    /** {@code what} names the part of a list value at fault ("rate of EUR "), or is empty. */
    private BigDecimal decimal(String key, String what, String text, BigDecimal min, boolean inclusive) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            problem(key, what + "'" + text + "' is not a number");
            return null;
        }
        int sign = value.compareTo(min);
        if (sign < 0 || (sign == 0 && !inclusive)) {
            problem(key, what + "must be " + (inclusive ? "at least " : "greater than ") + min.toPlainString());
            return null;
        }
        return value;
    }

    private Integer integer(String key, int min) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min) {
                problem(key, "must be at least " + min);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "'" + text + "' is not a whole number");
            return null;
        }
    }

    private Boolean bool(String key) {
        String text = text(key);
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.valueOf(text);
        }
        if (text != null) {
            problem(key, "must be true or false");
        }
        return null;
    }

    private ZoneId zone(String key) {
        String text = text(key);
        try {
            return text == null ? null : ZoneId.of(text);
        } catch (DateTimeException e) {
            problem(key, "not a time zone id (e.g. Europe/London, UTC)");
            return null;
        }
    }

    private Currency currency(String key, String code) {
        try {
            return code == null ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            problem(key, "'" + code + "' is not an ISO 4217 currency code");
            return null;
        }
    }

    private RoundingMode rounding(String key) {
        String text = text(key);
        List<String> accepted = Arrays.stream(RoundingMode.values()).filter(m -> m != RoundingMode.UNNECESSARY)
                .map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        if (text != null && accepted.contains(text)) {
            return RoundingMode.valueOf(text.toUpperCase(Locale.ROOT));
        }
        if (text != null) {
            problem(key, "must be one of " + String.join(", ", accepted));
        }
        return null;
    }

    /** A comma-separated list; an empty value is an empty list. */
    private List<String> list(String key) {
        String value = values.get(key);
        if (value == null) {
            problem(key, "missing");
            return List.of();
        }
        return splitList(value);
    }

    /** A comma-separated list of {@code NAME:VALUE} pairs, in the order written. */
    private Map<String, String> pairs(String key) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String item : list(key)) {
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                problem(key, "'" + item + "' is not NAME:VALUE");
            } else if (pairs.put(item.substring(0, colon).trim(), item.substring(colon + 1).trim()) != null) {
                problem(key, "lists '" + item.substring(0, colon).trim() + "' twice");
            }
        }
        return pairs;
    }

    private void problem(String key, String message) {
        String variable = variableOfKey.get(key);
        String label = variable == null ? key : key + " (from " + variable + ")";
        String value = values.get(key);
        problems.add(label + (value == null ? "" : "=" + value) + ": " + message);
    }

    private boolean failedSince(int problemCount) {
        return problems.size() > problemCount;
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    private static String tierKey(String id, String attribute) {
        return "tier." + id + "." + attribute;
    }

    private static Map<String, String> readDefaults() {
        try (InputStream in = ProgrammeConfig.class.getResourceAsStream("programme-defaults.properties")) {
            if (in == null) {
                throw new IllegalStateException("programme-defaults.properties is missing from the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> defaults = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> defaults.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(defaults);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
