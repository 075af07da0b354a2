package com.crmfunctions.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.loyalty.OrderAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class OrderAccountItemsTest {

    @Test
    void aForeignCurrencyOrderWithAWeightedPartialRefundRoundTrips() {
        OrderAccount account = Histories.busyMember("m-1").lastAccount;
        assertThat(account.refundedSpend().isZero()).isFalse();
        assertThat(account.exchangeRate()).isEqualByComparingTo("0.85");

        Map<String, AttributeValue> item = OrderAccountItems.toItem(account, 2);

        assertThat(OrderAccountItems.fromItem(item)).isEqualTo(account);
        assertThat(OrderAccountItems.version(item)).isEqualTo(2);
    }

    @Test
    void theAccountIsTheOrdersRecordOfItsOrderWithAmountsAsStrings() {
        OrderAccount account = Histories.busyMember("m-1").lastAccount;

        Map<String, AttributeValue> item = OrderAccountItems.toItem(account, 1);

        assertThat(item.get("orderId").s()).isEqualTo("o-2");
        assertThat(item.get("recordId").s()).isEqualTo("order");
        assertThat(item.get("currency").s()).isEqualTo("EUR");
        assertThat(item.get("baseCurrency").s()).isEqualTo("GBP");
        assertThat(item.get("eligibleSpend").s()).isEqualTo("600.999");
        assertThat(item.get("skuWeights").m()).containsOnlyKeys("line-1", "line-2");
        assertThat(item.get("skuWeights").m().get("line-1").s()).isEqualTo("1.5");
        assertThat(OrderAccountItems.key("o-2")).isEqualTo(Map.of("orderId", item.get("orderId"), "recordId", item.get("recordId")));
    }

    @Test
    void aDamagedAccountIsReportedByAttribute() {
        Map<String, AttributeValue> item = new LinkedHashMap<>(OrderAccountItems.toItem(Histories.busyMember("m-1").lastAccount, 1));
        item.put("exchangeRate", AttributeValue.fromN("0.85"));

        assertThatThrownBy(() -> OrderAccountItems.fromItem(item)).isInstanceOf(IllegalStateException.class)
                .hasMessage("account of order o-2: attribute exchangeRate is not a string");
    }
}
