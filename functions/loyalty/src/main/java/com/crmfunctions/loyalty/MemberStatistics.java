package com.crmfunctions.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A member's running purchase statistics, kept on the member item and updated in the same transaction as
 * each ledger entry, so no reader ever sums a member's history. They feed tiers (rolling qualifying spend)
 * and churn scoring (frequency = {@link #repeatPurchaseDays()}, recency = last − first order, T = now −
 * first order; monetary = net spend per order).
 *
 * <p>Every update is commutative: the same orders and refunds applied in any order give equal statistics.
 * Amounts are qualifying spend (eligible spend converted to the base currency, rounded to its minor unit).
 *
 * @param firstOrderAt  earliest order placed, or null before the first order
 * @param lastOrderAt   latest order placed, or null before the first order
 * @param orderDays     the distinct calendar days (programme zone) with an order
 * @param orderCount    orders placed (a refunded order still counts: it happened)
 * @param netSpend      qualifying spend of all orders, net of refunds
 * @param monthlySpend  qualifying spend net of refunds per calendar month of the order, for the months a
 *                      rolling window can still need: the {@code windowMonths} months ending with the
 *                      latest order's month, and the month before them (a review on the 1st judges the 12
 *                      complete months before it). Older months are dropped; months with 0 are omitted.
 * @param categorySpend qualifying spend per product category as bought (gross: a preference signal, not
 *                      reduced by refunds); lines without a category count under {@value #UNCATEGORISED}
 */
public record MemberStatistics(Instant firstOrderAt, Instant lastOrderAt, OrderDays orderDays, long orderCount,
                               Money netSpend, SortedMap<YearMonth, Money> monthlySpend,
                               Map<String, Money> categorySpend) {

    /** The category key of lines that have none. */
    public static final String UNCATEGORISED = "uncategorised";

    public MemberStatistics {
        Objects.requireNonNull(orderDays, "orderDays");
        Objects.requireNonNull(netSpend, "netSpend");
        if ((firstOrderAt == null) != (lastOrderAt == null) || (firstOrderAt == null) != (orderCount == 0)) {
            throw new IllegalArgumentException("first and last order times are set exactly when orders were counted");
        }
        monthlySpend = Collections.unmodifiableSortedMap(new TreeMap<>(monthlySpend));
        categorySpend = Collections.unmodifiableMap(new TreeMap<>(categorySpend));
    }

    public static MemberStatistics empty(Currency baseCurrency) {
        return new MemberStatistics(null, null, OrderDays.empty(), 0, Money.zero(baseCurrency), new TreeMap<>(),
                new TreeMap<>());
    }

    /**
     * These statistics with one more order.
     *
     * @param qualifyingSpend the order's eligible spend in the base currency
     * @param spendByCategory the same spend split by category
     * @param windowMonths    the tier window, which decides how many monthly buckets are kept
     */
    public MemberStatistics withOrder(Instant placedAt, Money qualifyingSpend, Map<String, Money> spendByCategory,
                                      ZoneId zone, int windowMonths) {
        Instant first = firstOrderAt == null || placedAt.isBefore(firstOrderAt) ? placedAt : firstOrderAt;
        Instant last = lastOrderAt == null || placedAt.isAfter(lastOrderAt) ? placedAt : lastOrderAt;
        LocalDate day = LocalDate.ofInstant(placedAt, zone);

        YearMonth oldestKept = YearMonth.from(LocalDate.ofInstant(last, zone)).minusMonths(windowMonths);
        TreeMap<YearMonth, Money> months = new TreeMap<>(monthlySpend.tailMap(oldestKept));
        YearMonth month = YearMonth.from(day);
        if (!month.isBefore(oldestKept)) {
            add(months, month, qualifyingSpend);
        }
        TreeMap<String, Money> categories = new TreeMap<>(categorySpend);
        spendByCategory.forEach((category, spend) -> add(categories, category, spend));

        return new MemberStatistics(first, last, orderDays.with(day), orderCount + 1, netSpend.plus(qualifyingSpend),
                months, categories);
    }

    /**
     * These statistics after a refund took back {@code qualifyingSpend} of an order placed in {@code spendMonth}
     * (the order's month bucket shrinks, if it is still kept).
     */
    public MemberStatistics withRefund(YearMonth spendMonth, Money qualifyingSpend) {
        TreeMap<YearMonth, Money> months = new TreeMap<>(monthlySpend);
        if (months.containsKey(spendMonth)) {
            add(months, spendMonth, qualifyingSpend.negated());
        }
        return new MemberStatistics(firstOrderAt, lastOrderAt, orderDays, orderCount, netSpend.minus(qualifyingSpend),
                months, categorySpend);
    }

    /** Qualifying spend, net of refunds, of the {@code months} calendar months ending with {@code lastMonth}. */
    public Money rollingSpend(YearMonth lastMonth, int months) {
        return monthlySpend.subMap(lastMonth.minusMonths(months - 1L), lastMonth.plusMonths(1)).values().stream()
                .reduce(Money.zero(netSpend.currency()), Money::plus);
    }

    /** The month of the latest order in {@code zone}: the end of the rolling window as the orders know it. */
    public Optional<YearMonth> latestMonth(ZoneId zone) {
        return Optional.ofNullable(lastOrderAt).map(last -> YearMonth.from(LocalDate.ofInstant(last, zone)));
    }

    /** Distinct calendar days with an order. */
    public int distinctOrderDays() {
        return orderDays.count();
    }

    /** Repeat purchase days (BG/NBD's frequency): distinct order days after the first. */
    public int repeatPurchaseDays() {
        return Math.max(0, orderDays.count() - 1);
    }

    /** Adds {@code amount} to the entry of {@code key}, leaving out entries that come to zero. */
    private static <K> void add(Map<K, Money> map, K key, Money amount) {
        Money sum = map.containsKey(key) ? map.get(key).plus(amount) : amount;
        if (sum.isZero()) {
            map.remove(key);
        } else {
            map.put(key, sum);
        }
    }
}
