package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.OrderTotals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderEventsTest {

    @Test
    void anInvoiceIsAWebOrderInSterlingOfTheCustomerWithOneLinePerStockCodeAndPrice() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("489434", "85048", 12, "2009-12-01 07:45", "6.95", "13085.0")
                .row("489434", "POST", 1, "2009-12-01 07:45", "18.00", "13085.0")
                .plan();
        OrderPlaced order = (OrderPlaced) plan.events().get(0).detail();
        assertThat(order).isEqualTo(new OrderPlaced("489434", "13085", "online-retail", Channel.WEB, OrderEvents.GBP, List.of(
                new OrderLine("85048", LineKind.MERCHANDISE, "85048", OrderEvents.CATEGORY, 12, new BigDecimal("6.95"), BigDecimal.ZERO),
                new OrderLine("POST", LineKind.SHIPPING, "POST", null, 1, new BigDecimal("18.00"), BigDecimal.ZERO)),
                new OrderTotals(new BigDecimal("101.40"), BigDecimal.ZERO, new BigDecimal("101.40")), List.of(),
                Instant.parse("2009-12-01T07:45:00Z"), "import-489434", "import-489434"));
    }

    @Test
    void theBodyIsTheCanonicalWebhookWrapperAroundTheContractDetail() throws Exception {
        ImportPlan plan = RetailCsv.rows()
                .row("489434", "85048", 12, "2009-12-01 07:45", "6.95", "13085")
                .row("C489435", "85048", -2, "2009-12-01 08:00", "6.95", "13085")
                .plan();
        for (PlannedEvent event : plan.events()) {
            JsonNode body = new ObjectMapper().readTree(event.body());
            assertThat(body.get("type").asText()).isEqualTo(event.detailType());
            assertThat(EventCodec.fromDetailJson(event.detailType(), body.get("detail").toString())).isEqualTo(event.detail());
        }
        assertThat(plan.events()).extracting(PlannedEvent::detail).last().isInstanceOf(OrderRefunded.class);
    }

    @Test
    void lineIdsAndSkusAreMadeValidFromAnyStockCode() {
        assertThat(LineIds.of("BANK CHARGES")).isEqualTo("BANK-CHARGES");
        assertThat(LineIds.of("_x")).isEqualTo("L_x");
        assertThat(LineIds.sku("BANK CHARGES")).isEqualTo("BANK-CHARGES");
        assertThat(LineIds.sku("gift_0001_20")).isEqualTo("gift_0001_20");
    }
}
