package com.crmfunctions.loyalty;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The set of calendar days on which a member ordered, exact and compact: a bitmap whose bit {@code i}
 * stands for {@code first + i days}. Adding a day is commutative and idempotent, so the count of distinct
 * order days is exact whatever order (and however often) orders arrive; a day before {@code first} shifts
 * the bitmap. The size is bounded by the member's span of activity, not their number of orders: one bit
 * per day, about 46 bytes per year.
 *
 * <p>Stored on the member item as two attributes: {@link #first()} (ISO date) and {@link #toBytes()}
 * (a binary attribute; little-endian bit order of {@link BitSet#toByteArray()}); read back with
 * {@link #fromBytes}.
 */
public final class OrderDays {

    private static final OrderDays EMPTY = new OrderDays(null, new BitSet());

    private final LocalDate first;
    private final BitSet days;

    private OrderDays(LocalDate first, BitSet days) {
        this.first = first;
        this.days = days;
    }

    public static OrderDays empty() {
        return EMPTY;
    }

    /**
     * @param first the first order day (bit 0), or null for an empty set
     * @param bits  the bitmap as written by {@link #toBytes()}
     * @throws IllegalArgumentException when the bytes do not describe a set starting on {@code first}
     */
    public static OrderDays fromBytes(LocalDate first, byte[] bits) {
        BitSet days = BitSet.valueOf(bits);
        if (first == null ? !days.isEmpty() : !days.get(0)) {
            throw new IllegalArgumentException("order days: bit 0 must be set exactly when a first day is given");
        }
        return first == null ? EMPTY : new OrderDays(first, days);
    }

    /** This set with {@code day} added (the same set when it is already in). */
    public OrderDays with(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (first == null) {
            BitSet days = new BitSet();
            days.set(0);
            return new OrderDays(day, days);
        }
        long offset = first.until(day, DAYS);
        if (offset >= 0) {
            if (days.get(Math.toIntExact(offset))) {
                return this;
            }
            BitSet more = (BitSet) days.clone();
            more.set(Math.toIntExact(offset));
            return new OrderDays(first, more);
        }
        int shift = Math.toIntExact(-offset);
        BitSet shifted = new BitSet(days.length() + shift);
        days.stream().forEach(bit -> shifted.set(bit + shift));
        shifted.set(0);
        return new OrderDays(day, shifted);
    }

    /** How many distinct days. */
    public int count() {
        return days.cardinality();
    }

    public boolean contains(LocalDate day) {
        if (first == null || day.isBefore(first)) {
            return false;
        }
        return days.get(Math.toIntExact(first.until(day, DAYS)));
    }

    /** The first order day; empty when there is none. */
    public Optional<LocalDate> first() {
        return Optional.ofNullable(first);
    }

    /** The last order day; empty when there is none. */
    public Optional<LocalDate> last() {
        return first == null ? Optional.empty() : Optional.of(first.plusDays(days.length() - 1L));
    }

    /** The bitmap, for storage (see the class comment). */
    public byte[] toBytes() {
        return days.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderDays && Objects.equals(first, ((OrderDays) other).first)
                && days.equals(((OrderDays) other).days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, days);
    }

    @Override
    public String toString() {
        return "OrderDays[" + count() + " days" + (first == null ? "" : " from " + first + " to " + last().orElseThrow()) + "]";
    }
}
