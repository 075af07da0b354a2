package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.EUR;
import static com.crmfunctions.loyalty.Fixtures.GBP;
import static com.crmfunctions.loyalty.Fixtures.gbp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(gbp("120")).isEqualTo(gbp("120.00")).isEqualTo(gbp("120.000")).hasSameHashCodeAs(gbp("120.0"));
        assertThat(gbp("120").toString()).isEqualTo("120.00 GBP");
        assertThat(Money.of("100", "JPY").toString()).isEqualTo("100 JPY");
        assertThat(gbp("1E+2")).isEqualTo(gbp("100.00"));
    }

    @Test
    void subMinorPrecisionIsKeptUntilRoundedExplicitly() {
        Money price = gbp("0.125");

        assertThat(price.amount()).isEqualByComparingTo("0.125");
        assertThat(price.rounded()).isEqualTo(gbp("0.13"));
        assertThat(price.times(new BigDecimal("3"))).isEqualTo(gbp("0.375"));
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        assertThat(gbp("10.10").plus(gbp("0.9"))).isEqualTo(gbp("11"));
        assertThat(gbp("10").minus(gbp("12.5"))).isEqualTo(gbp("-2.50"));
        assertThat(gbp("10").minus(gbp("12.5")).isNegative()).isTrue();
        assertThat(gbp("3").negated()).isEqualTo(gbp("-3"));
        assertThatThrownBy(() -> gbp("1").plus(Money.of("1", "EUR")))
                .hasMessage("currency mismatch: 1.00 GBP and 1.00 EUR");
    }

    @Test
    void conversionIsExactAndSharesRoundHalfUpToTheMinorUnit() {
        assertThat(Money.of("19.99", "EUR").convert(new BigDecimal("0.85"), GBP)).isEqualTo(gbp("16.9915"));
        assertThat(gbp("10.00").share(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(gbp("3.33"));
        assertThat(gbp("10.00").share(new BigDecimal("2"), new BigDecimal("3"))).isEqualTo(gbp("6.67"));
        assertThat(Money.zero(EUR).isZero()).isTrue();
        assertThat(gbp("5").min(gbp("4.99"))).isEqualTo(gbp("4.99"));
        assertThat(gbp("5").isAtLeast(gbp("5.00"))).isTrue();
    }
}
