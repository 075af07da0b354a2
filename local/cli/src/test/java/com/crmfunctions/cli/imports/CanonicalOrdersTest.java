package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderTotals;
import com.crmfunctions.history.HistoryFormatException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalOrdersTest {

    @TempDir
    Path dir;

    @Test
    void linesOfOneOrderIdAreOneOrderWithUnitPricesFromAmountAndQuantity() throws Exception {
        ImportPlan plan = plan("customerId,orderId,occurredAt,amount,currency,category,sku,quantity\n"
                + "M-1,O-1,2024-03-01T09:30:00Z,10.00,EUR,tea,TEA-1,2\n"
                + "M-1,O-1,2024-03-01T09:30:00Z,10.00,EUR,,CUP-1,3\n"
                + "M-2,O-2,2024-03-02T10:00:00,5,,,TEA-1,0\n");
        assertThat(plan.rows()).isEqualTo(3);
        assertThat(plan.skipped()).isEqualTo(Map.of(SkipReason.QUANTITY_SIGN, 1L));
        OrderPlaced order = (OrderPlaced) plan.events().get(0).detail();
        // 10.00 / 3 is not exact: 3.3334 a unit, the 0.0002 difference a discount, so the line still totals 10.00.
        assertThat(order).isEqualTo(new OrderPlaced("O-1", "M-1", "shop", Channel.APP, Currency.getInstance("EUR"), List.of(
                new OrderLine("TEA-1", LineKind.MERCHANDISE, "TEA-1", "tea", 2, new BigDecimal("5"), new BigDecimal("0.00")),
                new OrderLine("CUP-1", LineKind.MERCHANDISE, "CUP-1", OrderEvents.CATEGORY, 3, new BigDecimal("3.3334"), new BigDecimal("0.0002"))),
                new OrderTotals(new BigDecimal("20.0002"), new BigDecimal("0.0002"), new BigDecimal("20.0000")), List.of(),
                Instant.parse("2024-03-01T09:30:00Z"), "import-O-1", "import-O-1"));
        assertThat(plan.events()).singleElement();
    }

    @Test
    void anOrderImportNeedsTheOrderAndSkuOfEveryLine() {
        assertThatThrownBy(() -> plan("customerId,orderId,occurredAt,amount\nM-1,,2024-03-01,10\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderId");
        assertThatThrownBy(() -> plan("customerId,orderId,occurredAt,amount\nM-1,O-1,2024-03-01,10\n"))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("sku");
    }

    private ImportPlan plan(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("orders.csv"), csv);
        return CanonicalOrders.plan(file, ImportSettings.LONDON, "shop", Channel.APP, Currency.getInstance("GBP"));
    }
}
