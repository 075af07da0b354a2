package com.crmfunctions.churn.analysis;

import com.crmfunctions.history.Transaction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Collects transactions per customer as purchase days: all purchases of one customer on one day are
 * one purchase (the buy-till-you-die convention), their amounts summed. Keeps only a day number and an
 * amount per purchase day, plus spend per category where the data has categories, so it can be fed
 * straight from a streaming reader ({@code reader.read(file, histories)}).
 */
public final class CustomerHistories implements Consumer<Transaction> {

    private final Map<String, Days> customers = new LinkedHashMap<>();
    private long transactions;

    @Override
    public void accept(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        Days days = customers.computeIfAbsent(transaction.customerId(), id -> new Days());
        days.add(transaction.occurredAt().toLocalDate().toEpochDay(), transaction.amount().doubleValue(),
                transaction.category().orElse(null));
        transactions++;
    }

    public int customers() { return customers.size(); }

    public long transactions() { return transactions; }

    /**
     * Summaries for a calibration period ending (inclusive) on {@code calibrationEnd} and an optional
     * holdout period after it, ending (inclusive) on {@code holdoutEnd}. Customers whose first purchase
     * comes after the calibration end are not part of the calibrated cohort and are left out (counted).
     */
    public CalibrationSummary summarise(LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(unit, "unit");
        if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("holdout end " + holdoutEnd + " must be after calibration end "
                    + calibrationEnd);
        }
        long end = calibrationEnd.toEpochDay();
        long holdout = holdoutEnd == null ? end : holdoutEnd.toEpochDay();
        CalibrationSummary.Builder summary = new CalibrationSummary.Builder(customers.size(), unit, calibrationEnd,
                holdoutEnd);
        for (Map.Entry<String, Days> entry : customers.entrySet()) {
            Days days = entry.getValue().sorted();
            if (days.day[0] > end) {
                summary.skipLateCustomer();
                continue;
            }
            int x = -1;
            long last = days.day[0];
            double total = 0;
            double repeatSpend = 0;
            int holdoutDays = 0;
            double holdoutSpend = 0;
            for (int i = 0; i < days.size; i++) {
                if (days.day[i] <= end) {
                    x++;
                    last = days.day[i];
                    total += days.amount[i];
                    if (x > 0) {
                        repeatSpend += days.amount[i];
                    }
                } else if (days.day[i] <= holdout) {
                    holdoutDays++;
                    holdoutSpend += days.amount[i];
                }
            }
            long first = days.day[0];
            summary.add(entry.getKey(), x, unit.fromDays(last - first), unit.fromDays(end - first),
                    x > 0 ? repeatSpend / x : 0.0, total, (int) (end - last), LocalDate.ofEpochDay(first),
                    holdoutDays, holdoutSpend, days.topCategory());
        }
        return summary.build();
    }

    /** Purchase days of one customer, merged per day. */
    private static final class Days {
        long[] day = new long[4];
        double[] amount = new double[4];
        int size;
        boolean ordered = true;
        Map<String, Double> categorySpend;

        void add(long epochDay, double value, String category) {
            if (category != null) {
                if (categorySpend == null) {
                    categorySpend = new HashMap<>(4);
                }
                categorySpend.merge(category, value, Double::sum);
            }
            if (size > 0 && day[size - 1] == epochDay) {
                amount[size - 1] += value;
                return;
            }
            if (size == day.length) {
                day = Arrays.copyOf(day, size * 2);
                amount = Arrays.copyOf(amount, size * 2);
            }
            if (size > 0 && day[size - 1] > epochDay) {
                ordered = false;
            }
            day[size] = epochDay;
            amount[size] = value;
            size++;
        }

        /** Sorts by day and merges days that arrived apart (out-of-order input). */
        Days sorted() {
            if (ordered) {
                return this;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (i, j) -> Long.compare(day[i], day[j]));
            long[] d = new long[size];
            double[] a = new double[size];
            int n = 0;
            for (int k = 0; k < size; k++) {
                int i = order[k];
                if (n > 0 && d[n - 1] == day[i]) {
                    a[n - 1] += amount[i];
                } else {
                    d[n] = day[i];
                    a[n] = amount[i];
                    n++;
                }
            }
            day = d;
            amount = a;
            size = n;
            ordered = true;
            return this;
        }

        String topCategory() {
            if (categorySpend == null) {
                return null;
            }
            String best = null;
            double bestSpend = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Double> entry : categorySpend.entrySet()) {
                double spend = entry.getValue();
                if (spend > bestSpend || (spend == bestSpend && entry.getKey().compareTo(best) < 0)) {
                    best = entry.getKey();
                    bestSpend = spend;
                }
            }
            return best;
        }
    }
}
