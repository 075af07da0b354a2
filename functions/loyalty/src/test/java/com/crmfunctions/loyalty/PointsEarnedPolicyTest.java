package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.DEFAULTS;
import static com.crmfunctions.loyalty.Fixtures.anOrder;
import static com.crmfunctions.loyalty.Fixtures.config;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsEarnedPolicyTest {

    @Test
    void aSilverMemberEarnsOneAndAQuarterPointsPerPoundOfMerchandise() {
        Order order = anOrder("o-1").merchandise("sku-1", "books", "120.00").shipping("10.00").build();

        assertThat(points(DEFAULTS, order, "1", "silver")).isEqualTo(150);
    }

    @Test
    void pointsAreRoundedDownOnceFromTheExactFigure() {
        Order order = anOrder("o-1").merchandise("sku-1", null, "33.33").merchandise("sku-2", null, "33.33")
                .merchandise("sku-3", null, "33.33").build();

        PointsEarnedPolicy.PointsEarned earned = new PointsEarnedPolicy(DEFAULTS)
                .pointsEarned(new EligibleSpendPolicy(DEFAULTS).eligibleSpend(order), BigDecimal.ONE,
                        DEFAULTS.tiers().byId("gold"));

        assertThat(earned.exact()).isEqualByComparingTo("149.985");
        assertThat(earned.points()).isEqualTo(149);
        assertThat(points(DEFAULTS, order, "1", "member")).isEqualTo(99);
    }

    @Test
    void eachTierHasItsMultiplier() {
        Order order = anOrder("o-1").merchandise("sku-1", null, "100.00").build();

        assertThat(points(DEFAULTS, order, "1", "member")).isEqualTo(100);
        assertThat(points(DEFAULTS, order, "1", "silver")).isEqualTo(125);
        assertThat(points(DEFAULTS, order, "1", "gold")).isEqualTo(150);
        assertThat(points(DEFAULTS, order, "1", "vip")).isEqualTo(200);
    }

    @Test
    void foreignSpendIsConvertedToTheBaseCurrencyFirst() {
        ProgrammeConfig config = config("currency.rates", "EUR:0.85");
        Order order = anOrder("o-1").in("EUR").merchandise("sku-1", null, "100.00").build();

        assertThat(points(config, order, "0.85", "member")).isEqualTo(85);
        assertThat(points(config, order, "0.85", "silver")).isEqualTo(106);
    }

    @Test
    void categoryMultipliersBoostTheirLinesOnly() {
        ProgrammeConfig config = config("points.categoryMultipliers", "books:2,music:1.5");
        Order order = anOrder("o-1").merchandise("sku-1", "books", "120.00").merchandise("sku-2", "music", "10.00")
                .merchandise("sku-3", "toys", "7.00").build();

        // (120 × 2 + 10 × 1.5 + 7) × 1.25 = 327.5
        assertThat(points(config, order, "1", "silver")).isEqualTo(327);
    }

    @Test
    void roundingAndRateAreConfiguration() {
        Order order = anOrder("o-1").merchandise("sku-1", null, "99.60").build();

        assertThat(points(config("points.rounding", "half_up"), order, "1", "member")).isEqualTo(100);
        assertThat(points(config("points.perUnit", "10"), order, "1", "member")).isEqualTo(996);
    }

    @Test
    void anOrderWithNothingEligibleEarnsNothing() {
        Order order = anOrder("o-1").shipping("4.99").line("gift", null, LineKind.GIFT_CARD, 2, "25", "0").build();

        assertThat(points(DEFAULTS, order, "1", "vip")).isZero();
    }

    private static long points(ProgrammeConfig config, Order order, String rate, String tierId) {
        return new PointsEarnedPolicy(config).pointsEarned(new EligibleSpendPolicy(config).eligibleSpend(order),
                new BigDecimal(rate), config.tiers().byId(tierId)).points();
    }
}
