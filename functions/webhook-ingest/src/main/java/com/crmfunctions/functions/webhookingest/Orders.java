package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderTotals;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules shared by the storefront mappings for building order lines, totals and coupon codes. */
final class Orders {

    static final int MAX_COUPON_CODES = 20;
    private static final Pattern SKU = Pattern.compile("[!-~]{1,64}");
    private static final Pattern COUPON_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{4,30}[A-Z0-9]");
    private static final int MAX_CATEGORY_LENGTH = 64;

    private Orders() {}

    /**
     * A line, checked: its discount may not exceed quantity × unit price. Amounts are written at the
     * currency's scale.
     *
     * @param discountField the field of {@code at} the discount came from, named if it is too large
     */
    static OrderLine line(PayloadNode at, String discountField, String lineId, LineKind kind, String sku, String category,
                          int quantity, BigDecimal unitPrice, BigDecimal discount, Currency currency) {
        if (discount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity))) > 0) {
            throw at.invalid(discountField, "discount exceeds the line's price times quantity");
        }
        return new OrderLine(lineId, kind, sku, category, quantity,
                Amounts.normalize(unitPrice, currency), Amounts.normalize(discount, currency));
    }

    /** The line's net amount: quantity × unit price − discount. */
    static BigDecimal net(OrderLine line) {
        return line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())).subtract(line.discount());
    }

    static OrderTotals totals(Collection<OrderLine> lines, Currency currency) {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            gross = gross.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
            discount = discount.add(line.discount());
        }
        return new OrderTotals(Amounts.normalize(gross, currency), Amounts.normalize(discount, currency),
                Amounts.normalize(gross.subtract(discount), currency));
    }

    /**
     * The storefront's SKU if the contract can carry it (1 to 64 printable ASCII characters without
     * spaces), else a stable stand-in such as {@code variant:44012345678}: storefronts allow empty and
     * free-text SKUs, and an order must not be refused for it.
     */
    static String sku(Optional<String> given, String fallback) {
        return given.filter(sku -> SKU.matcher(sku).matches()).orElse(fallback);
    }

    /** The storefront's category, cut to the contract's 64 characters, else the configured default. */
    static String category(Optional<String> given, String defaultCategory) {
        return given.map(c -> c.codePointCount(0, c.length()) <= MAX_CATEGORY_LENGTH ? c
                : c.substring(0, c.offsetByCodePoints(0, MAX_CATEGORY_LENGTH))).orElse(defaultCategory);
    }

    /**
     * Discount codes as the contract carries them: upper-case (storefront codes are case-insensitive),
     * without duplicates, at most {@value #MAX_COUPON_CODES}. Codes outside the contract's character
     * set cannot be CRM coupons (which consumers look for) and are left out.
     */
    static List<String> couponCodes(Collection<String> codes) {
        return codes.stream()
                .map(code -> code.trim().toUpperCase(Locale.ROOT))
                .filter(code -> COUPON_CODE.matcher(code).matches())
                .distinct()
                .limit(MAX_COUPON_CODES)
                .toList();
    }
}
