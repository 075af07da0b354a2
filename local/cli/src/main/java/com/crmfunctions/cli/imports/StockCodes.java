package com.crmfunctions.cli.imports;

import com.crmfunctions.events.storefront.LineKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an Online Retail stock code stands for. Product codes (five digits and an optional letter, {@code DCGS…},
 * {@code PADS}, {@code SP1002}) are merchandise; the retailer's bookkeeping codes are not:
 *
 * <table>
 *   <caption>Stock codes that are not merchandise</caption>
 *   <tr><th>code</th><th>what it is</th><th>import</th></tr>
 *   <tr><td>{@code POST}, {@code DOT}, {@code C2}</td><td>postage, dotcom postage, carriage</td><td>a {@code shipping} line (earns nothing)</td></tr>
 *   <tr><td>{@code BANK CHARGES}</td><td>bank charges passed on to the customer</td><td>a {@code fee} line (earns nothing)</td></tr>
 *   <tr><td>{@code gift_0001_*}</td><td>gift vouchers sold</td><td>a {@code gift_card} line (earns nothing)</td></tr>
 *   <tr><td>{@code M}</td><td>manual entry</td><td>skipped: a hand-keyed amount, no product</td></tr>
 *   <tr><td>{@code D}</td><td>discount after the sale</td><td>skipped: it names no order line</td></tr>
 *   <tr><td>{@code ADJUST*}, {@code B}</td><td>accounting adjustments, bad debt</td><td>skipped</td></tr>
 *   <tr><td>{@code AMAZONFEE}, {@code CRUK}</td><td>fees the shop pays</td><td>skipped: not the customer's spend</td></tr>
 *   <tr><td>{@code S}</td><td>samples</td><td>skipped</td></tr>
 *   <tr><td>{@code TEST*}</td><td>test products</td><td>skipped</td></tr>
 * </table>
 */
final class StockCodes {

    private static final Map<String, LineKind> KINDS = Map.of(
            "POST", LineKind.SHIPPING, "DOT", LineKind.SHIPPING, "C2", LineKind.SHIPPING,
            "BANK CHARGES", LineKind.FEE);
    private static final Map<String, SkipReason> SKIPPED = Map.of(
            "M", SkipReason.MANUAL, "D", SkipReason.DISCOUNT, "B", SkipReason.ADJUSTMENT,
            "AMAZONFEE", SkipReason.SHOP_CHARGE, "CRUK", SkipReason.SHOP_CHARGE, "S", SkipReason.SAMPLES);

    private StockCodes() {}

    /** Why rows with this code are not imported; empty when they are. */
    static Optional<SkipReason> skipReason(String stockCode) {
        String code = stockCode.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) return Optional.of(SkipReason.NO_STOCK_CODE);
        if (code.startsWith("TEST")) return Optional.of(SkipReason.TEST_PRODUCT);
        if (code.startsWith("ADJUST")) return Optional.of(SkipReason.ADJUSTMENT);
        return Optional.ofNullable(SKIPPED.get(code));
    }

    /** The order-line kind of an imported code. */
    static LineKind kind(String stockCode) {
        String code = stockCode.trim().toUpperCase(Locale.ROOT);
        if (code.startsWith("GIFT_")) return LineKind.GIFT_CARD;
        return KINDS.getOrDefault(code, LineKind.MERCHANDISE);
    }
}
