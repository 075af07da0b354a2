package com.crmfunctions.cli.imports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Units of a cancellation line that no order of the file can take: the order they return was placed before
 * the file begins (or its units were all returned already). They are not sent.
 */
record ParkedLine(String invoice, String customerId, Instant at, String stockCode, int units, BigDecimal unitPrice) {

    BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(units));
    }
}
