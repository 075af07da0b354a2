package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.RECEIVED;
import static com.crmfunctions.functions.webhookingest.Webhooks.REQUEST_ID;
import static com.crmfunctions.functions.webhookingest.Webhooks.SETTINGS;
import static com.crmfunctions.functions.webhookingest.Webhooks.WOO_DELIVERY_ID;
import static com.crmfunctions.functions.webhookingest.Webhooks.events;
import static com.crmfunctions.functions.webhookingest.Webhooks.json;
import static com.crmfunctions.functions.webhookingest.Webhooks.line;
import static com.crmfunctions.functions.webhookingest.Webhooks.map;
import static com.crmfunctions.functions.webhookingest.Webhooks.money;
import static com.crmfunctions.functions.webhookingest.Webhooks.resource;
import static com.crmfunctions.functions.webhookingest.Webhooks.woo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.crmfunctions.events.storefront.Consent;
import com.crmfunctions.events.storefront.CustomerProfileChanged;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.OrderTotals;
import com.crmfunctions.events.storefront.RefundedLine;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WooCommerce bodies built from the REST API v3 order and customer resources map to exactly these events. */
class WooCommerceFormatTest {

    private static final WooCommerceFormat FORMAT = new WooCommerceFormat(SETTINGS);
    private static final Currency EUR = Currency.getInstance("EUR");

    /** order-created.json: 10 % coupon, a gift-wrap fee, flat-rate shipping, 19 % VAT on all of it. */
    private static final List<OrderLine> ORDER_LINES = List.of(
            line("1201", LineKind.MERCHANDISE, "CER-POUR-01", "uncategorized", 1, "49.00", "4.90"),
            line("1202", LineKind.MERCHANDISE, "BEAN-ETH-250", "uncategorized", 2, "12.00", "2.40"),
            line("fee-1204", LineKind.FEE, null, null, 1, "2.50", "0.00"),
            line("shipping-1203", LineKind.SHIPPING, null, null, 1, "4.90", "0.00"),
            line("tax-1205", LineKind.TAX, null, null, 1, "13.89", "0.00"));

    private static final OrderPlaced ORDER = new OrderPlaced("4711", "318", "acme-woo", Channel.WEB, EUR, ORDER_LINES,
            new OrderTotals(money("94.29"), money("7.30"), money("86.99")), List.of("WELCOME10"),
            Instant.parse("2025-03-14T10:02:10Z"), WOO_DELIVERY_ID, WOO_DELIVERY_ID);

    @Test
    void processingOrderBecomesOneOrderPlaced() {
        Mapping mapping = map(FORMAT, woo("order.created", resource("webhooks/woocommerce/order-created.json")));

        assertThat(events(mapping)).containsExactly(ORDER);
        assertThat(ORDER.totals().total()).as("Woo's order total")
                .isEqualTo(money(json("webhooks/woocommerce/order-created.json").get("total").textValue()));
    }

    @Test
    void anAmountOnlyRefundIsSpreadOverTheOrderLinesToTheCent() {
        Mapping mapping = map(FORMAT, woo("order.updated", resource("webhooks/woocommerce/order-updated-with-refund.json")));

        // 24.15 over nets 44.10 / 21.60 / 2.50 / 4.90 / 13.89 (86.99), largest remainders first.
        OrderRefunded refund = new OrderRefunded("4730", "4711", "318", "acme-woo", EUR, List.of(
                new RefundedLine("1201", LineKind.MERCHANDISE, 0, money("12.24")),
                new RefundedLine("1202", LineKind.MERCHANDISE, 0, money("6.00")),
                new RefundedLine("fee-1204", LineKind.FEE, 0, money("0.69")),
                new RefundedLine("shipping-1203", LineKind.SHIPPING, 0, money("1.36")),
                new RefundedLine("tax-1205", LineKind.TAX, 0, money("3.86"))),
                money("24.15"), Instant.parse("2025-03-20T14:31:07Z"), WOO_DELIVERY_ID, WOO_DELIVERY_ID);
        assertThat(events(mapping)).containsExactly(ORDER, refund);
    }

    @Test
    void aRefundWithLineItemsUsesTheirTotalsAndPutsTheirTaxOnTheTaxLine() {
        ObjectNode order = json("webhooks/woocommerce/order-updated-with-refund.json");
        ObjectNode refund = (ObjectNode) order.get("refunds").get(0);
        refund.put("total", "-12.85").put("date_created_gmt", "2025-03-19T08:30:00");
        ObjectNode item = refund.putArray("line_items").addObject().put("id", 1301).put("name", "Single Origin Beans 250g - Ethiopia")
                .put("product_id", 2210).put("variation_id", 2213).put("quantity", -1).put("subtotal", "-12.00")
                .put("total", "-10.80").put("total_tax", "-2.05");
        item.putArray("meta_data").addObject().put("id", 9001).put("key", "_refunded_item_id").put("value", "1202");

        OrderRefunded mapped = (OrderRefunded) events(map(FORMAT, woo("order.updated", order.toString()))).get(1);

        assertThat(mapped.lines()).containsExactly(
                new RefundedLine("1202", LineKind.MERCHANDISE, 1, money("10.80")),
                new RefundedLine("tax-1205", LineKind.TAX, 0, money("2.05")));
        assertThat(mapped.total()).isEqualTo(money("12.85"));
        assertThat(mapped.occurredAt()).isEqualTo(Instant.parse("2025-03-19T08:30:00Z"));
    }

    @Test
    void aNegativeFeeIsACartDiscountOnTheMerchandise() {
        ObjectNode order = json("webhooks/woocommerce/order-created.json");
        ((ArrayNode) order.get("fee_lines")).addObject().put("id", 1207).put("name", "Loyalty discount").put("total", "-5.00");

        OrderPlaced placed = (OrderPlaced) events(map(FORMAT, woo("order.created", order.toString()))).get(0);

        assertThat(placed.lines().subList(0, 2)).containsExactly(
                line("1201", LineKind.MERCHANDISE, "CER-POUR-01", "uncategorized", 1, "49.00", "8.26"),
                line("1202", LineKind.MERCHANDISE, "BEAN-ETH-250", "uncategorized", 2, "12.00", "4.04"));
        assertThat(placed.totals().discount()).isEqualTo(money("12.30"));
    }

    @Test
    void aSubtotalThatDoesNotDivideByTheQuantityKeepsTheLineNet() {
        ObjectNode order = json("webhooks/woocommerce/order-created.json");
        ((ObjectNode) order.get("line_items").get(1)).put("quantity", 3).put("subtotal", "10.00").put("total", "9.00");

        OrderLine beans = ((OrderPlaced) events(map(FORMAT, woo("order.created", order.toString()))).get(0)).lines().get(1);

        assertThat(beans.unitPrice()).isEqualTo(money("3.3334"));
        assertThat(beans.discount()).isEqualTo(money("1.0002"));
        assertThat(Orders.net(beans)).isEqualByComparingTo("9.00");
    }

    @Test
    void onlyPaidStatusesGiveAnOrderPlaced() {
        for (String status : List.of("pending", "on-hold", "failed", "cancelled", "checkout-draft")) {
            ObjectNode order = json("webhooks/woocommerce/order-created.json");
            order.put("status", status);
            assertThat(map(FORMAT, woo("order.updated", order.toString()))).as(status).isEqualTo(Mapping.ignored(WooCommerceFormat.NOT_PAID));
        }
    }

    @Test
    void aRefundedOrderGivesItsRefundsOnly() {
        ObjectNode order = json("webhooks/woocommerce/order-updated-with-refund.json");
        order.put("status", "refunded");

        assertThat(events(map(FORMAT, woo("order.updated", order.toString())))).singleElement().isInstanceOf(OrderRefunded.class);
    }

    @Test
    void aGuestOrderIsIgnored() {
        ObjectNode order = json("webhooks/woocommerce/order-created.json");
        order.put("customer_id", 0);

        assertThat(map(FORMAT, woo("order.created", order.toString()))).isEqualTo(Mapping.ignored(WooCommerceFormat.GUEST_ORDER));
    }

    @Test
    void customerUpdateBecomesAProfileWithoutConsent() {
        Mapping mapping = map(FORMAT, woo("customer.updated", resource("webhooks/woocommerce/customer-updated.json")));

        assertThat(events(mapping)).containsExactly(new CustomerProfileChanged("318", "anna.schmidt@example.org", null, null, null,
                new Consent(false, false), Instant.parse("2025-02-03T11:47:50Z"), WOO_DELIVERY_ID, WOO_DELIVERY_ID));
    }

    @Test
    void otherTopicsAreIgnored() {
        assertThat(map(FORMAT, woo("product.updated", "{\"id\":2205}"))).isEqualTo(Mapping.ignored(WooCommerceFormat.UNUSED_TOPIC));
    }

    @Test
    void theUnsignedPingIsRecognisedAndASignedOrFormattedBodyIsNot() {
        WebhookRequest ping = new WebhookRequest("woocommerce", Map.of("content-type", "application/x-www-form-urlencoded"),
                "webhook_id=7", false, REQUEST_ID, RECEIVED);
        assertThat(FORMAT.isUnsignedPing(ping, "webhook_id=7".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(FORMAT.isUnsignedPing(ping, "{\"webhook_id\":7}".getBytes(StandardCharsets.US_ASCII))).isFalse();

        WebhookRequest signed = woo("order.created", "webhook_id=7");
        assertThat(FORMAT.isUnsignedPing(signed, "webhook_id=7".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void aLineTotalAboveItsSubtotalIsRefusedAtItsField() {
        ObjectNode order = json("webhooks/woocommerce/order-created.json");
        ((ObjectNode) order.get("line_items").get(0)).put("total", "49.01");

        assertThatThrownBy(() -> map(FORMAT, woo("order.created", order.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("/line_items/0/total", "exceeds the line subtotal")));
    }

    @Test
    void aRefundAboveTheOrderTotalIsRefused() {
        ObjectNode order = json("webhooks/woocommerce/order-updated-with-refund.json");
        ((ObjectNode) order.get("refunds").get(0)).put("total", "-87.00");

        assertThatThrownBy(() -> map(FORMAT, woo("order.updated", order.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("/refunds/0/total", "exceeds the order total")));
    }

    @Test
    void lineTotalsAboveTheRefundAmountAreScaledDownToIt() {
        ObjectNode order = json("webhooks/woocommerce/order-updated-with-refund.json");
        ObjectNode refund = (ObjectNode) order.get("refunds").get(0);
        refund.put("total", "-12.85");
        ObjectNode item = refund.putArray("line_items").addObject().put("quantity", -1).put("total", "-20.00");
        item.putArray("meta_data").addObject().put("key", "_refunded_item_id").put("value", 1202);

        OrderRefunded mapped = (OrderRefunded) events(map(FORMAT, woo("order.updated", order.toString()))).get(1);

        assertThat(mapped.lines()).containsExactly(new RefundedLine("1202", LineKind.MERCHANDISE, 1, money("12.85")));
        assertThat(mapped.total()).isEqualTo(money("12.85"));
    }

    @Test
    void aRefundLineWithoutItsOrderLineIsRefused() {
        ObjectNode order = json("webhooks/woocommerce/order-updated-with-refund.json");
        ((ObjectNode) order.get("refunds").get(0)).putArray("line_items").addObject().put("quantity", -1).put("total", "-20.00");

        assertThatThrownBy(() -> map(FORMAT, woo("order.updated", order.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("/refunds/0/line_items/0/meta_data"));
    }
}
