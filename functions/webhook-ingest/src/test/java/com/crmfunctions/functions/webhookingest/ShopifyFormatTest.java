package com.crmfunctions.functions.webhookingest;

import static com.crmfunctions.functions.webhookingest.Webhooks.SETTINGS;
import static com.crmfunctions.functions.webhookingest.Webhooks.SHOPIFY_WEBHOOK_ID;
import static com.crmfunctions.functions.webhookingest.Webhooks.events;
import static com.crmfunctions.functions.webhookingest.Webhooks.json;
import static com.crmfunctions.functions.webhookingest.Webhooks.line;
import static com.crmfunctions.functions.webhookingest.Webhooks.map;
import static com.crmfunctions.functions.webhookingest.Webhooks.money;
import static com.crmfunctions.functions.webhookingest.Webhooks.resource;
import static com.crmfunctions.functions.webhookingest.Webhooks.shopify;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shopify bodies built from Shopify's documented webhook payloads map to exactly these canonical events. */
class ShopifyFormatTest {

    private static final ShopifyFormat FORMAT = new ShopifyFormat(SETTINGS);
    private static final Currency USD = Currency.getInstance("USD");
    private static final String ORDER_ID = "5816401559831";
    private static final String MEMBER_ID = "7310428135703";

    /** The order of orders-paid.json: 10 % code on merchandise, a gift card, a SKU-less item, shipping, two taxes. */
    private static final List<OrderLine> ORDER_LINES = List.of(
            line("14732840583191", LineKind.MERCHANDISE, "TEE-MER-M-NVY", "uncategorized", 2, "45.00", "9.00"),
            line("14732840615959", LineKind.MERCHANDISE, "SHO-TR2-42", "uncategorized", 1, "129.00", "12.90"),
            line("14732840648727", LineKind.GIFT_CARD, "variant:44012345744407", null, 1, "50.00", "0.00"),
            line("14732840681495", LineKind.MERCHANDISE, "variant:44012345777175", "uncategorized", 3, "2.50", "0.75"),
            line("shipping-4412876439831", LineKind.SHIPPING, null, null, 1, "7.95", "0.00"),
            line("tax-1", LineKind.TAX, null, null, 1, "8.15", "0.00"),
            line("tax-2", LineKind.TAX, null, null, 1, "9.17", "0.00"));

    private static final OrderPlaced ORDER = new OrderPlaced(ORDER_ID, MEMBER_ID, "acme-shopify", Channel.WEB, USD, ORDER_LINES,
            new OrderTotals(money("301.77"), money("22.65"), money("279.12")), List.of("SPRING10"),
            Instant.parse("2025-03-14T14:21:37Z"), SHOPIFY_WEBHOOK_ID, SHOPIFY_WEBHOOK_ID);

    @Test
    void paidOrderBecomesOneOrderPlacedWithEveryKindOfLine() {
        Mapping mapping = map(FORMAT, shopify("orders/paid", resource("webhooks/shopify/orders-paid.json")));

        assertThat(events(mapping)).containsExactly(ORDER);
        assertThat(ORDER.totals().total()).as("what Shopify charged (total_price)")
                .isEqualTo(money(json("webhooks/shopify/orders-paid.json").get("total_price").textValue()));
    }

    @Test
    void ordersCreateOfAPaidOrderIsTheSameFact() {
        assertThat(events(map(FORMAT, shopify("orders/create", resource("webhooks/shopify/orders-paid.json"))))).containsExactly(ORDER);
    }

    @Test
    void updatedOrderWithRefundsGivesTheOrderAndOneOrderRefundedPerRefund() {
        Mapping mapping = map(FORMAT, shopify("orders/updated", resource("webhooks/shopify/orders-updated-with-refunds.json")));

        OrderRefunded returnedShoes = new OrderRefunded("981235712023", ORDER_ID, MEMBER_ID, "acme-shopify", USD, List.of(
                new RefundedLine("14732840615959", LineKind.MERCHANDISE, 1, money("116.10")),
                new RefundedLine("shipping-4412876439831", LineKind.SHIPPING, 0, money("7.95")),
                new RefundedLine("tax-1", LineKind.TAX, 0, money("4.64")),
                new RefundedLine("tax-2", LineKind.TAX, 0, money("5.22"))),
                money("133.91"), Instant.parse("2025-03-20T13:12:05Z"), SHOPIFY_WEBHOOK_ID, SHOPIFY_WEBHOOK_ID);
        // 2.25 + 0.19 tax calculated, 0.44 less refunded (refund_discrepancy): 2.00 taken off in proportion.
        OrderRefunded damagedStickers = new OrderRefunded("981235744791", ORDER_ID, MEMBER_ID, "acme-shopify", USD, List.of(
                new RefundedLine("14732840681495", LineKind.MERCHANDISE, 1, money("1.85")),
                new RefundedLine("tax-1", LineKind.TAX, 0, money("0.07")),
                new RefundedLine("tax-2", LineKind.TAX, 0, money("0.08"))),
                money("2.00"), Instant.parse("2025-03-21T20:40:10Z"), SHOPIFY_WEBHOOK_ID, SHOPIFY_WEBHOOK_ID);
        assertThat(events(mapping)).containsExactly(ORDER, returnedShoes, damagedStickers);
    }

    @Test
    void pricesIncludingTaxGetNoTaxLinesAndPosOrdersTheirChannel() {
        Mapping mapping = map(FORMAT, shopify("orders/paid", resource("webhooks/shopify/orders-paid-pos-tax-included.json")));

        Currency eur = Currency.getInstance("EUR");
        assertThat(events(mapping)).containsExactly(new OrderPlaced("5816409723415", "7310431543575", "acme-shopify", Channel.POS, eur,
                List.of(line("14732851035159", LineKind.MERCHANDISE, "CUP-ESP-SET2", "uncategorized", 2, "24.90", "0.00")),
                new OrderTotals(money("49.80"), money("0.00"), money("49.80")), List.of(),
                Instant.parse("2025-03-15T14:04:51Z"), SHOPIFY_WEBHOOK_ID, SHOPIFY_WEBHOOK_ID));
    }

    @Test
    void productTypeIsTheCategoryAndAFreeTextSkuIsReplacedByTheVariant() {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        ObjectNode tee = (ObjectNode) order.get("line_items").get(0);
        tee.put("product_type", "Knitwear");
        tee.put("sku", "TEE MER M");

        OrderPlaced placed = (OrderPlaced) events(map(FORMAT, shopify("orders/paid", order.toString()))).get(0);

        assertThat(placed.lines().get(0)).isEqualTo(
                line("14732840583191", LineKind.MERCHANDISE, "variant:44012345678871", "Knitwear", 2, "45.00", "9.00"));
    }

    @Test
    void aFreeShippingCodeIsTheShippingLinesDiscount() {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        ObjectNode shipping = (ObjectNode) order.get("shipping_lines").get(0);
        shipping.put("discounted_price", "0.00");

        OrderPlaced placed = (OrderPlaced) events(map(FORMAT, shopify("orders/paid", order.toString()))).get(0);

        assertThat(placed.lines().get(4)).isEqualTo(line("shipping-4412876439831", LineKind.SHIPPING, null, null, 1, "7.95", "7.95"));
        assertThat(placed.totals().total()).isEqualTo(money("271.17"));
    }

    @Test
    void anOrderNotYetPaidIsIgnored() {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        order.put("financial_status", "pending");

        assertThat(map(FORMAT, shopify("orders/create", order.toString()))).isEqualTo(Mapping.ignored(ShopifyFormat.NOT_PAID));
    }

    @Test
    void aGuestOrderIsIgnored() {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        order.putNull("customer");

        assertThat(map(FORMAT, shopify("orders/paid", order.toString()))).isEqualTo(Mapping.ignored(ShopifyFormat.GUEST_ORDER));
    }

    @Test
    void aTestOrderIsIgnored() {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        order.put("test", true);

        assertThat(map(FORMAT, shopify("orders/paid", order.toString()))).isEqualTo(Mapping.ignored(ShopifyFormat.TEST_ORDER));
    }

    @Test
    void refundsCreateIsIgnoredBecauseItNamesNoCustomer() {
        String refund = json("webhooks/shopify/orders-updated-with-refunds.json").get("refunds").get(0).toString();

        assertThat(map(FORMAT, shopify("refunds/create", refund))).isEqualTo(Mapping.ignored(ShopifyFormat.REFUNDS_CREATE));
    }

    @Test
    void topicsTheCrmDoesNotUseAreIgnored() {
        assertThat(map(FORMAT, shopify("products/update", "{\"id\":8123456789015}"))).isEqualTo(Mapping.ignored(ShopifyFormat.UNUSED_TOPIC));
    }

    @Test
    void customerUpdateBecomesAProfileSnapshotWithoutBirthdayOrTimeZone() {
        Mapping mapping = map(FORMAT, shopify("customers/update", resource("webhooks/shopify/customers-update.json")));

        assertThat(events(mapping)).containsExactly(new CustomerProfileChanged(MEMBER_ID, "li.wei@example.com", "zh-CN", null, null,
                new Consent(true, false), Instant.parse("2025-02-03T11:47:50Z"), SHOPIFY_WEBHOOK_ID, SHOPIFY_WEBHOOK_ID));
    }

    @Test
    void olderPayloadsGiveMarketingConsentAsAcceptsMarketing() {
        ObjectNode customer = json("webhooks/shopify/customers-update.json");
        customer.remove("email_marketing_consent");
        customer.remove("locale");
        customer.put("accepts_marketing", true);

        CustomerProfileChanged profile = (CustomerProfileChanged) events(map(FORMAT, shopify("customers/create", customer.toString()))).get(0);

        assertThat(profile.consent()).isEqualTo(new Consent(true, false));
        assertThat(profile.language()).isNull();
    }

    @Test
    void withoutATopicHeaderTheHeaderIsNamed() {
        WebhookRequest request = Webhooks.request(ShopifyFormat.SOURCE, java.util.Map.of(), resource("webhooks/shopify/orders-paid.json"));

        assertThatThrownBy(() -> map(FORMAT, request)).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).containsExactly(new Violation("X-Shopify-Topic", "header is required")));
    }

    @Test
    void aDiscountAbovePriceTimesQuantityIsRefusedAtItsField() {
        ObjectNode order = json("webhooks/shopify/orders-paid.json");
        ((ObjectNode) order.get("line_items").get(1).get("discount_allocations").get(0)).put("amount", "129.01");

        assertThatThrownBy(() -> map(FORMAT, shopify("orders/paid", order.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("/line_items/1/discount_allocations"));
    }

    @Test
    void aRefundOfALineTheOrderDoesNotHaveIsRefused() {
        ObjectNode order = json("webhooks/shopify/orders-updated-with-refunds.json");
        ((ObjectNode) order.get("refunds").get(0).get("refund_line_items").get(0)).put("line_item_id", 1);

        assertThatThrownBy(() -> map(FORMAT, shopify("orders/updated", order.toString()))).isInstanceOfSatisfying(InvalidPayloadException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("/refunds/0/refund_line_items/0/line_item_id"));
    }
}
