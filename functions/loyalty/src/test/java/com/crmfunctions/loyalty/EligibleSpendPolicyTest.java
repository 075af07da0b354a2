package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.DEFAULTS;
import static com.crmfunctions.loyalty.Fixtures.aRefund;
import static com.crmfunctions.loyalty.Fixtures.anOrder;
import static com.crmfunctions.loyalty.Fixtures.config;
import static com.crmfunctions.loyalty.Fixtures.gbp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibleSpendPolicyTest {

    private final Order mixedOrder = anOrder("o-1")
            .line("sku-1", "books", LineKind.MERCHANDISE, 2, "50.00", "10.00")
            .line("sku-2", null, LineKind.MERCHANDISE, 1, "15.50", "0")
            .shipping("4.99")
            .line(null, null, LineKind.TAX, 1, "18.00", "0")
            .line("gift-25", null, LineKind.GIFT_CARD, 1, "25.00", "0")
            .line(null, null, LineKind.FEE, 1, "1.50", "0")
            .build();

    @Test
    void merchandiseAfterDiscountsCountsAndNothingElseDoes() {
        EligibleSpendPolicy.EligibleSpend spend = new EligibleSpendPolicy(DEFAULTS).eligibleSpend(mixedOrder);

        assertThat(spend.amount()).isEqualTo(gbp("105.50"));
        assertThat(spend.weighted()).isEqualTo(gbp("105.50"));
        assertThat(spend.byCategory()).containsOnly(
                Map.entry("books", gbp("90.00")), Map.entry(MemberStatistics.UNCATEGORISED, gbp("15.50")));
        assertThat(spend.skuWeights()).containsOnlyKeys("sku-1", "sku-2");
    }

    @Test
    void eligibleKindsAreConfiguration() {
        EligibleSpendPolicy policy = new EligibleSpendPolicy(config("points.eligibleKinds", "merchandise,shipping"));

        assertThat(policy.eligibleSpend(mixedOrder).amount()).isEqualTo(gbp("110.49"));
        assertThat(policy.isEligible(LineKind.GIFT_CARD)).isFalse();
    }

    @Test
    void categoryMultipliersWeighPointsButNotSpend() {
        EligibleSpendPolicy policy = new EligibleSpendPolicy(config("points.categoryMultipliers", "books:2"));

        EligibleSpendPolicy.EligibleSpend spend = policy.eligibleSpend(mixedOrder);

        assertThat(spend.amount()).isEqualTo(gbp("105.50"));
        assertThat(spend.weighted()).isEqualTo(gbp("195.50"));
        assertThat(spend.skuWeights().get("sku-1")).isEqualByComparingTo("2");
        assertThat(spend.skuWeights().get("sku-2")).isEqualByComparingTo("1");
    }

    @Test
    void refundedLinesWeighLikeTheirOrderLineAndUnknownOnesAtTheOrderAverage() {
        EligibleSpendPolicy policy = new EligibleSpendPolicy(config("points.categoryMultipliers", "books:2"));
        EligibleSpendPolicy.EligibleSpend spend = policy.eligibleSpend(mixedOrder);
        OrderAccount account = OrderAccount.opened(mixedOrder, YearMonth.of(2025, 3), BigDecimal.ONE, spend,
                gbp("105.50"), 195);

        Refund byLine = aRefund("r-1", "o-1").line("sku-1", LineKind.MERCHANDISE, "45.00")
                .line(null, LineKind.SHIPPING, "4.99").line("gift-25", LineKind.GIFT_CARD, "25.00").build();
        Refund byAmount = aRefund("r-2", "o-1").amount("21.10").build();

        assertThat(policy.refundedSpend(byLine, account))
                .isEqualTo(new EligibleSpendPolicy.RefundedSpend(gbp("45.00"), gbp("90.00")));
        // average weight 195.50 / 105.50
        assertThat(policy.refundedSpend(byAmount, account).weighted().amount())
                .isCloseTo(new BigDecimal("39.1"), within(new BigDecimal("1e-30")));
    }
}
