package com.crmfunctions.loyalty;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole loyalty programme as one immutable, validated configuration: every business rule of
 * domain.md with its shipped default, changeable by a merchant without touching code.
 *
 * <p>Load it with {@link #load(Map, Map)}: the shipped defaults ({@code programme-defaults.properties}),
 * overlaid by the merchant's {@code key=value} properties, overlaid by environment variables
 * ({@code LOYALTY_} + the key in upper case with every non-alphanumeric replaced by {@code _}, e.g.
 * {@code LOYALTY_TIER_SILVER_THRESHOLD}). Unknown keys and unknown {@code LOYALTY_*} variables are errors,
 * so a typo never silently leaves a default in force. Every key is documented in the module's README.
 *
 * @param zone       the programme's time zone: calendar days and months (order days, spend months,
 *                   expiry dates) are counted in it
 * @param currencies base currency and accepted currencies with their rates
 */
public record ProgrammeConfig(ZoneId zone, Currencies currencies, Earning earning, Tiers tiers, Expiry expiry,
                              Redemption redemption, Coupons coupons, WinBack winBack, Marketing marketing) {

    public ProgrammeConfig {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currencies, "currencies");
        Objects.requireNonNull(earning, "earning");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(redemption, "redemption");
        Objects.requireNonNull(coupons, "coupons");
        Objects.requireNonNull(winBack, "winBack");
        Objects.requireNonNull(marketing, "marketing");
    }

    /** The shipped programme: domain.md's defaults. */
    public static ProgrammeConfig defaults() {
        return load(Map.of(), Map.of());
    }

    /** The defaults overlaid by {@code properties}. @throws InvalidProgrammeConfigException naming every bad key */
    public static ProgrammeConfig load(Map<String, String> properties) {
        return load(properties, Map.of());
    }

    /**
     * The defaults, overlaid by {@code properties}, overlaid by the {@code LOYALTY_*} entries of
     * {@code environment} (other entries are ignored).
     *
     * @throws InvalidProgrammeConfigException listing every problem, each naming its key
     */
    public static ProgrammeConfig load(Map<String, String> properties, Map<String, String> environment) {
        return ProgrammeConfigLoader.load(properties, environment);
    }

    /** Reads a {@code key=value} properties file, then loads it as {@link #load(Map, Map)} does. */
    public static ProgrammeConfig load(Reader properties, Map<String, String> environment) throws IOException {
        Properties read = new Properties();
        read.load(properties);
        Map<String, String> map = new TreeMap<>();
        read.stringPropertyNames().forEach(key -> map.put(key, read.getProperty(key)));
        return load(map, environment);
    }

    /** Every shipped key with its default value, sorted by key. */
    public static Map<String, String> defaultProperties() {
        return ProgrammeConfigLoader.DEFAULTS;
    }

    /** The environment variable that overrides {@code key}, e.g. {@code LOYALTY_POINTS_PERUNIT}. */
    public static String environmentVariable(String key) {
        return ProgrammeConfigLoader.environmentVariable(key);
    }

    /**
     * Accepted currencies. An order in any other currency is rejected, never guessed.
     *
     * @param ratesToBase for each accepted foreign currency, how many units of the base currency one unit buys
     */
    public record Currencies(Currency base, Map<Currency, BigDecimal> ratesToBase) {

        public Currencies {
            Objects.requireNonNull(base, "base");
            ratesToBase = Map.copyOf(ratesToBase);
        }

        /** The rate to the base currency (1 for the base itself), or empty when {@code currency} is not accepted. */
        public Optional<BigDecimal> rateToBase(Currency currency) {
            return base.equals(currency) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(ratesToBase.get(currency));
        }

        /** The base currency first, then the others. */
        public Set<Currency> accepted() {
            Set<Currency> accepted = new LinkedHashSet<>();
            accepted.add(base);
            ratesToBase.keySet().stream().sorted(Comparator.comparing(Currency::getCurrencyCode)).forEach(accepted::add);
            return Collections.unmodifiableSet(accepted);
        }
    }

    /**
     * How purchases earn points.
     *
     * @param pointsPerUnit        points per unit of base-currency eligible spend
     * @param rounding             how the exact points of an order become whole points (default down)
     * @param eligibleKinds        line kinds that earn (default merchandise, after its discounts)
     * @param categoryMultipliers  extra multipliers per product category (default none)
     * @param allowNegativeBalance whether a refund may take a balance below zero (points already spent)
     */
    public record Earning(BigDecimal pointsPerUnit, RoundingMode rounding, Set<LineKind> eligibleKinds,
                          Map<String, BigDecimal> categoryMultipliers, boolean allowNegativeBalance) {

        public Earning {
            Objects.requireNonNull(pointsPerUnit, "pointsPerUnit");
            Objects.requireNonNull(rounding, "rounding");
            eligibleKinds = Set.copyOf(eligibleKinds);
            categoryMultipliers = Map.copyOf(categoryMultipliers);
        }

        /** The multiplier of {@code category}: 1 unless configured (and for lines without a category). */
        public BigDecimal categoryMultiplier(String category) {
            return category == null ? BigDecimal.ONE : categoryMultipliers.getOrDefault(category, BigDecimal.ONE);
        }
    }

    /**
     * The tier ladder and its rules.
     *
     * @param ladder               tiers from the entry tier (threshold 0) up, thresholds strictly increasing
     * @param windowMonths         calendar months of qualifying spend that count (rolling window)
     * @param downgradeHoldMonths  months a tier must have been held before a review may lower it
     * @param downgradeMaxSteps    how many rungs one review may lower a member at most
     */
    public record Tiers(List<Tier> ladder, int windowMonths, int downgradeHoldMonths, int downgradeMaxSteps) {

        public Tiers {
            ladder = List.copyOf(ladder);
            if (ladder.isEmpty()) {
                throw new IllegalArgumentException("the tier ladder is empty");
            }
        }

        /** The tier every member starts in. */
        public Tier entry() {
            return ladder.get(0);
        }

        /** @throws IllegalArgumentException when no tier has that id (a state written under another ladder) */
        public Tier byId(String id) {
            return ladder.stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown tier '" + id + "'"));
        }

        /** Position on the ladder, 0 for the entry tier. */
        public int rank(Tier tier) {
            return ladder.indexOf(byId(tier.id()));
        }

        /** The highest tier whose threshold {@code qualifyingSpend} reaches. */
        public Tier qualifyingFor(BigDecimal qualifyingSpend) {
            Tier reached = entry();
            for (Tier tier : ladder) {
                if (qualifyingSpend.compareTo(tier.threshold()) >= 0) {
                    reached = tier;
                }
            }
            return reached;
        }
    }

    /** Points expire {@code months} after they were earned, oldest first; a reminder goes {@code reminderDays} before. */
    public record Expiry(int months, int reminderDays) {}

    /** {@code pointsPerUnit} points buy one unit of currency off, redeemed in multiples of that. */
    public record Redemption(int pointsPerUnit) {}

    /**
     * Programme coupons (all amounts off, in the base currency).
     *
     * @param thresholds qualifying spend of one order → amount off the next order; the highest reached wins
     */
    public record Coupons(int validDays, BigDecimal welcomeAmountOff, BigDecimal welcomeMinimumSpend,
                          NavigableMap<BigDecimal, BigDecimal> thresholds) {

        public Coupons {
            Objects.requireNonNull(welcomeAmountOff, "welcomeAmountOff");
            Objects.requireNonNull(welcomeMinimumSpend, "welcomeMinimumSpend");
            thresholds = Collections.unmodifiableNavigableMap(new TreeMap<>(thresholds));
        }

        /** The highest threshold {@code qualifyingSpend} reaches, if any. */
        public Optional<BigDecimal> thresholdReached(BigDecimal qualifyingSpend) {
            return Optional.ofNullable(thresholds.floorKey(qualifyingSpend));
        }
    }

    /**
     * Win-back rules.
     *
     * @param highValueShare churned customers in this top share by CLV get the welcome-back gift
     * @param giftAmountOff  the welcome-back gift's amount off (it also ships free)
     */
    public record WinBack(int cooldownDays, int maxAttempts, int wonBackWithinDays, BigDecimal highValueShare,
                          BigDecimal giftAmountOff) {}

    /** At most {@code maxMessages} marketing messages per member in any {@code perDays} days. */
    public record Marketing(int maxMessages, int perDays) {}
}
