package com.crmfunctions.functions.churn.domain;

import com.crmfunctions.churn.analysis.PeriodUnit;
import com.crmfunctions.loyalty.MemberStatistics;
import com.crmfunctions.loyalty.Money;
import com.crmfunctions.loyalty.OrderDays;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's buy-till-you-die summary on a day, derived from the running statistics accrual keeps on the member
 * item (no order is read again): the distinct order days give the frequency and the times, the net spend the value.
 *
 * <p>Days are calendar days of the programme's zone, as the order-day bitmap counts them; "today" is the day of
 * the scoring run's time in that zone. Orders on days after today (placed after the run began) are not counted in
 * x and t_x, so a redelivered segment scores the same; a member whose first order is after today is not a customer
 * yet on that day and has no summary.
 *
 * <p><b>Spend is approximated.</b> Gamma-Gamma wants the mean value of the repeat purchase days; the statistics keep
 * only the net spend of all orders. The mean value per purchase day, {@code netSpend / distinct order days}, stands
 * in for it: it includes the first purchase and is net of refunds (so it can be 0; never negative here). Per
 * purchase day rather than per order because x counts purchase days: several orders on one day are one purchase of
 * their summed value, and CLV = expected purchase days × expected value of one.
 *
 * @param x                  repeat purchase days: distinct order days up to today, minus one
 * @param spanDays           days from the first to the last order day (t_x in days)
 * @param ageDays            days from the first order day to today (T in days)
 * @param netSpend           qualifying spend of all orders, net of refunds, in the base currency
 * @param meanPurchaseValue  net spend per purchase day, at least 0 (the Gamma-Gamma input)
 * @param preferredCategory  the category with the most spend (gross), if any is known and fits the contract
 */
public record MemberSummary(String memberId, int x, int spanDays, int ageDays, BigDecimal netSpend,
                            double meanPurchaseValue, String preferredCategory) {

    /** The contract's longest category name (CustomerScored {@code rfm.preferredCategory}). */
    static final int MAX_CATEGORY_LENGTH = 64;

    public MemberSummary {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(netSpend, "netSpend");
        if (x < 0 || spanDays < 0 || spanDays > ageDays || (x == 0) != (spanDays == 0) || x > spanDays) {
            throw new IllegalArgumentException("member " + memberId + ": impossible summary x=" + x + ", span=" + spanDays
                    + " days, age=" + ageDays + " days");
        }
        if (!(meanPurchaseValue >= 0) || !Double.isFinite(meanPurchaseValue)) {
            throw new IllegalArgumentException("member " + memberId + ": mean purchase value must be finite and >= 0");
        }
    }

    /**
     * The summary of a member's statistics on {@code today}; empty for a member without an order on or before it.
     */
    public static Optional<MemberSummary> of(String memberId, MemberStatistics statistics, LocalDate today) {
        OrderDays days = statistics.orderDays();
        Optional<LocalDate> first = days.first();
        if (first.isEmpty() || first.get().isAfter(today)) {
            return Optional.empty();
        }
        LocalDate last = days.last().orElseThrow();
        int purchaseDays = days.count();
        if (last.isAfter(today)) {
            last = lastOnOrBefore(days, today);
            purchaseDays = countOnOrBefore(days, first.get(), today);
        }
        Money net = statistics.netSpend();
        double mean = Math.max(0, net.amount().divide(BigDecimal.valueOf(days.count()), MathContext.DECIMAL64).doubleValue());
        return Optional.of(new MemberSummary(memberId, purchaseDays - 1, days(first.get(), last), days(first.get(), today),
                net.amount(), mean, preferredCategory(statistics.categorySpend())));
    }

    /** Distinct purchase days so far (the F of RFM). */
    public int purchaseDays() { return x + 1; }

    /** Days since the last purchase day (the R of RFM). */
    public int daysSinceLast() { return ageDays - spanDays; }

    /** t_x in {@code unit}. */
    public double tx(PeriodUnit unit) { return unit.fromDays(spanDays); }

    /** T in {@code unit}. */
    public double bigT(PeriodUnit unit) { return unit.fromDays(ageDays); }

    private static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }

    /** The last order day not after today; the first order day (on or before today) ends the search. */
    private static LocalDate lastOnOrBefore(OrderDays days, LocalDate today) {
        LocalDate day = today;
        while (!days.contains(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static int countOnOrBefore(OrderDays days, LocalDate first, LocalDate today) {
        int count = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            if (days.contains(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The category with the most spend (ties: the first name), leaving out lines without one and names the contract
     * cannot carry.
     */
    static String preferredCategory(Map<String, Money> categorySpend) {
        String best = null;
        BigDecimal bestSpend = null;
        for (Map.Entry<String, Money> entry : categorySpend.entrySet()) {
            String category = entry.getKey();
            if (MemberStatistics.UNCATEGORISED.equals(category) || category.isBlank()
                    || category.length() > MAX_CATEGORY_LENGTH) {
                continue;
            }
            BigDecimal spend = entry.getValue().amount();
            int order = bestSpend == null ? 1 : spend.compareTo(bestSpend);
            if (order > 0 || (order == 0 && category.compareTo(best) < 0)) {
                best = category;
                bestSpend = spend;
            }
        }
        return best;
    }
}
