package com.crmfunctions.functions.webhookingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void sharesAddUpExactlyAndFollowTheLargestRemainders() {
        List<BigDecimal> shares = Amounts.allocate(new BigDecimal("10.00"), weights("1", "1", "1"), EUR);

        assertThat(shares).containsExactly(new BigDecimal("3.34"), new BigDecimal("3.33"), new BigDecimal("3.33"));
        assertThat(Amounts.allocate(new BigDecimal("1000"), weights("2.50", "7.50"), JPY))
                .containsExactly(new BigDecimal("250"), new BigDecimal("750"));
        assertThat(Amounts.allocate(new BigDecimal("0.05"), weights("3", "0", "2"), EUR))
                .containsExactly(new BigDecimal("0.03"), new BigDecimal("0.00"), new BigDecimal("0.02"));
    }

    @Test
    void anAmountFinerThanTheCurrencyIsSplitAtItsOwnScale() {
        assertThat(Amounts.allocate(new BigDecimal("0.001"), weights("1", "1"), EUR))
                .containsExactly(new BigDecimal("0.001"), new BigDecimal("0.000"));
    }

    @Test
    void nothingToWeighIsAnError() {
        assertThatThrownBy(() -> Amounts.allocate(BigDecimal.ONE, weights("0", "0"), EUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Amounts.allocate(BigDecimal.ONE.negate(), weights("1"), EUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsAreWrittenAtTheCurrencysScale() {
        assertThat(Amounts.normalize(new BigDecimal("12.5"), EUR).toPlainString()).isEqualTo("12.50");
        assertThat(Amounts.normalize(new BigDecimal("1E+2"), EUR).toPlainString()).isEqualTo("100.00");
        assertThat(Amounts.normalize(new BigDecimal("3.3334"), EUR).toPlainString()).isEqualTo("3.3334");
        assertThat(Amounts.normalize(new BigDecimal("1200.00"), JPY).toPlainString()).isEqualTo("1200");
    }

    @Test
    void parsesDecimalStringsAndExactNumbers() {
        JsonNodeFactory json = JsonNodeFactory.withExactBigDecimals(true);

        assertThat(Amounts.parse(json.textNode("-24.15"))).isEqualByComparingTo("-24.15");
        assertThat(Amounts.parse(json.numberNode(new BigDecimal("199.0")))).isEqualByComparingTo("199");
        assertThatThrownBy(() -> Amounts.parse(json.textNode("1,299.00"))).hasMessageContaining("decimal amount");
        assertThatThrownBy(() -> Amounts.parse(json.booleanNode(true))).hasMessageContaining("decimal amount");
        assertThatThrownBy(() -> Amounts.parse(json.numberNode(new BigDecimal("1E+15")))).hasMessageContaining("15 integer digits");
    }

    private static List<BigDecimal> weights(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
