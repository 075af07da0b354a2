package com.crmfunctions.cli.imports;

import java.util.regex.Pattern;

/**
 * Identifiers as the event contracts allow them ({@code ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$}) and SKUs
 * ({@code ^[!-~]{1,64}$}), made from stock codes: other characters become {@code -} ({@code BANK CHARGES} →
 * {@code BANK-CHARGES}).
 */
final class LineIds {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:-]");
    private static final int MAX_ID = 120;
    private static final int MAX_SKU = 64;

    private LineIds() {}

    /** A line id for a stock code, leaving room for a {@code :n} suffix. */
    static String of(String stockCode) {
        String id = NOT_ID.matcher(stockCode.trim()).replaceAll("-");
        if (!Character.isLetterOrDigit(id.charAt(0))) id = "L" + id;
        return id.length() > MAX_ID ? id.substring(0, MAX_ID) : id;
    }

    /** A SKU for a stock code: printable ASCII without spaces. */
    static String sku(String stockCode) {
        String sku = stockCode.trim().replaceAll("[^!-~]", "-");
        return sku.length() > MAX_SKU ? sku.substring(0, MAX_SKU) : sku;
    }
}
