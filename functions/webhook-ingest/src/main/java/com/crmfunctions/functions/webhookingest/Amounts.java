package com.crmfunctions.functions.webhookingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Money as the event contracts want it: exact decimals, at most {@value #MAX_FRACTION_DIGITS}
 * fraction digits and {@value #MAX_INTEGER_DIGITS} integer digits, written at the currency's scale.
 */
final class Amounts {

    static final int MAX_FRACTION_DIGITS = 4;
    static final int MAX_INTEGER_DIGITS = 15;

    /** A plain decimal: no exponent, no grouping, no leading plus. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);

    private Amounts() {}

    /**
     * A signed amount from a decimal string ({@code "12.50"}) or a JSON number ({@code 12.5}: Shopify
     * writes some amounts as numbers).
     *
     * @throws IllegalArgumentException with the rule it breaks, never quoting the value
     */
    static BigDecimal parse(JsonNode node) {
        BigDecimal value;
        if (node.isTextual()) {
            String text = node.textValue().trim();
            if (!DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("must be a decimal amount such as \"12.50\"");
            }
            value = new BigDecimal(text);
        } else if (node.isNumber()) {
            value = node.decimalValue();
        } else {
            throw new IllegalArgumentException("must be a decimal amount (a string such as \"12.50\" or a number)");
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("exceeds the largest amount accepted (" + MAX_INTEGER_DIGITS + " integer digits)");
        }
        if (value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("has more than " + MAX_FRACTION_DIGITS + " decimal places");
        }
        return value;
    }

    /** The amount at the currency's usual scale ({@code 12.5} EUR → {@code 12.50}), keeping finer given digits. */
    static BigDecimal normalize(BigDecimal amount, Currency currency) {
        int digits = minorDigits(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= digits ? stripped.setScale(digits, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * Splits {@code total} over parts in proportion to {@code weights}, exactly: every share is a whole
     * number of the smallest unit used, and the shares add up to {@code total} (largest remainder
     * method; ties go to the earlier part).
     *
     * @param weights non-negative, not all zero
     */
    static List<BigDecimal> allocate(BigDecimal total, List<BigDecimal> weights, Currency currency) {
        if (total.signum() < 0) throw new IllegalArgumentException("cannot allocate a negative amount");
        int scale = Math.max(minorDigits(currency), total.stripTrailingZeros().scale());
        BigInteger units = total.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        int weightScale = weights.stream().mapToInt(w -> w.stripTrailingZeros().scale()).max().orElse(0);
        List<BigInteger> scaledWeights = weights.stream()
                .map(w -> w.setScale(Math.max(weightScale, 0), RoundingMode.UNNECESSARY).unscaledValue()).toList();
        BigInteger sum = scaledWeights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() <= 0 || scaledWeights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero");
        }
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger allocated = BigInteger.ZERO;
        for (BigInteger weight : scaledWeights) {
            BigInteger[] division = units.multiply(weight).divideAndRemainder(sum);
            shares.add(division[0]);
            remainders.add(division[1]);
            allocated = allocated.add(division[0]);
        }
        int left = units.subtract(allocated).intValueExact();
        IntStream.range(0, shares.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
                .limit(left)
                .forEach(i -> shares.set(i, shares.get(i).add(BigInteger.ONE)));
        return shares.stream().map(share -> new BigDecimal(share, scale)).toList();
    }

    private static int minorDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
