package com.crmfunctions.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency.
 *
 * <p>Scale-safe: the amount is kept in a canonical form (trailing zeros stripped, then at least the
 * currency's minor-unit digits), so {@code 120}, {@code 120.0} and {@code 120.000} GBP are the same
 * value, equal and with equal hash codes, and print as {@code 120.00}. Sub-minor precision (a unit
 * price of {@code 0.125}) is kept, never silently rounded: rounding is always an explicit call.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        BigDecimal stripped = amount.stripTrailingZeros();
        amount = stripped.setScale(Math.max(stripped.scale(), minorDigits(currency)), RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** {@code Money.of("120.00", "GBP")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /** The exact product, not rounded (see {@link #rounded()}). */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** The amount converted into {@code target} at {@code rate} (1 unit of this = rate units of target), exact. */
    public Money convert(BigDecimal rate, Currency target) {
        return new Money(amount.multiply(rate), target);
    }

    /** {@code this × part / whole}, rounded half-up to the currency's minor unit (exactly, however long the quotient). */
    public Money share(BigDecimal part, BigDecimal whole) {
        return new Money(amount.multiply(part).divide(whole, minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    /** Rounded half-up to the currency's minor unit (pence, cents). */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isAtLeast(Money other) {
        return amount.compareTo(sameCurrency(other).amount) >= 0;
    }

    public Money min(Money other) {
        return isAtLeast(other) ? other : this;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + this + " and " + other);
        }
        return other;
    }

    private static int minorDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
