package com.crmfunctions.functions.webhookingest;

import com.crmfunctions.events.Channel;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.storefront.Consent;
import com.crmfunctions.events.storefront.CustomerProfileChanged;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Shopify webhooks (REST-style JSON bodies), by {@code X-Shopify-Topic}:
 * <ul>
 *   <li>{@code orders/create}, {@code orders/paid}, {@code orders/updated}: an {@link OrderPlaced} if
 *       the order's {@code financial_status} means paid, and an {@link OrderRefunded} for every entry
 *       of its {@code refunds};</li>
 *   <li>{@code customers/create}, {@code customers/update}: a {@link CustomerProfileChanged};</li>
 *   <li>{@code refunds/create}: ignored, because its body names neither the customer nor the
 *       currency, both of which {@code OrderRefunded} requires; Shopify sends {@code orders/updated}
 *       with the same refund inside the order, and that is where refunds are read;</li>
 *   <li>anything else: ignored.</li>
 * </ul>
 * Amounts are the shop currency's ({@code currency}, {@code price}, {@code *_set.shop_money}), not the
 * presentment currency's. Orders without a customer (guest checkouts) and test orders ({@code test:
 * true}, e.g. paid with Shopify's test gateway) earn nothing and are ignored.
 */
final class ShopifyFormat implements WebhookFormat {

    static final String SOURCE = "shopify";
    static final String TOPIC = "X-Shopify-Topic";
    static final String SIGNATURE = "X-Shopify-Hmac-Sha256";
    static final String DELIVERY_ID = "X-Shopify-Webhook-Id";

    static final String GUEST_ORDER = "guest order: no customer to credit";
    static final String TEST_ORDER = "test order: earns nothing";
    static final String NOT_PAID = "order not paid yet and without refunds";
    static final String REFUNDS_CREATE = "refunds/create names no customer: refunds are read from orders/updated";
    static final String UNUSED_TOPIC = "topic not used by the CRM";

    /** A BCP 47 tag as the contract takes it: language, optional script, optional region. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");

    private final IngestSettings settings;

    ShopifyFormat(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String signatureHeader() {
        return SIGNATURE;
    }

    @Override
    public Mapping map(WebhookRequest request, PayloadNode body) {
        String topic = request.header(TOPIC).orElseThrow(() -> InvalidPayloadException.at(TOPIC, "header is required"));
        Delivery delivery = Delivery.of(request, DELIVERY_ID, settings);
        return switch (topic) {
            case "orders/create", "orders/paid", "orders/updated" -> order(body, delivery);
            case "customers/create", "customers/update" -> new Mapping.Events(List.of(customer(body, delivery)));
            case "refunds/create" -> Mapping.ignored(REFUNDS_CREATE);
            default -> Mapping.ignored(UNUSED_TOPIC);
        };
    }

    private Mapping order(PayloadNode order, Delivery delivery) {
        if (order.optionalBoolean("test").orElse(false)) return Mapping.ignored(TEST_ORDER);
        Optional<PayloadNode> customer = order.optionalObject("customer");
        if (customer.isEmpty()) return Mapping.ignored(GUEST_ORDER);
        String memberId = customer.get().id("id");
        String orderId = order.id("id");
        Currency currency = order.currency("currency");
        boolean taxesIncluded = order.optionalBoolean("taxes_included").orElse(false);
        List<OrderLine> lines = lines(order, currency, taxesIncluded);

        List<EventDetail> events = new ArrayList<>();
        if (settings.shopifyPaidStatuses().contains(order.optionalText("financial_status").orElse(""))) {
            Instant placedAt = order.has("processed_at") ? order.instant("processed_at", delivery.latestOccurredAt())
                    : order.instant("created_at", delivery.latestOccurredAt());
            List<String> codes = order.objects("discount_codes").stream().map(code -> code.optionalText("code").orElse("")).toList();
            events.add(new OrderPlaced(orderId, memberId, delivery.storefront(), channel(order), currency, lines,
                    Orders.totals(lines, currency), Orders.couponCodes(codes), placedAt, delivery.correlationId(), delivery.correlationId()));
        }
        for (PayloadNode refund : order.objects("refunds")) {
            refund(refund, orderId, memberId, currency, lines, taxesIncluded, delivery).ifPresent(events::add);
        }
        return Mapping.of(events, NOT_PAID);
    }

    private Channel channel(PayloadNode order) {
        return order.optionalText("source_name").map(settings.shopifyChannels()::get).orElse(settings.defaultChannel());
    }

    /**
     * Line items (a {@code gift_card} item is a gift card sold), shipping lines, and the order's tax
     * lines unless prices include tax ({@code taxes_included}), in which case the tax is part of each
     * price and adding it again would overstate what was charged.
     */
    private List<OrderLine> lines(PayloadNode order, Currency currency, boolean taxesIncluded) {
        List<PayloadNode> items = order.objects("line_items");
        if (items.isEmpty()) throw order.invalid("line_items", "must list at least one line");
        List<OrderLine> lines = new ArrayList<>();
        for (PayloadNode item : items) {
            String lineId = item.id("id");
            boolean giftCard = item.optionalBoolean("gift_card").orElse(false);
            String sku = Orders.sku(item.optionalText("sku"), item.optionalId("variant_id").map(v -> "variant:" + v).orElse("line:" + lineId));
            String category = giftCard ? null : Orders.category(item.optionalText("product_type"), settings.defaultCategory());
            int quantity = item.integer("quantity", 1, settings.maxLineQuantity());
            BigDecimal price = item.amount("price");
            List<PayloadNode> allocations = item.objects("discount_allocations");
            String discountField = allocations.isEmpty() ? "total_discount" : "discount_allocations";
            BigDecimal discount = allocations.isEmpty() ? item.optionalAmount("total_discount").orElse(BigDecimal.ZERO) : sum(allocations);
            lines.add(Orders.line(item, discountField, lineId, giftCard ? LineKind.GIFT_CARD : LineKind.MERCHANDISE, sku, category,
                    quantity, price, discount, currency));
        }
        for (PayloadNode shipping : order.objects("shipping_lines")) {
            BigDecimal price = shipping.amount("price");
            List<PayloadNode> allocations = shipping.objects("discount_allocations");
            BigDecimal discount;
            String discountField;
            if (!allocations.isEmpty()) {
                discount = sum(allocations);
                discountField = "discount_allocations";
            } else {
                discount = price.subtract(shipping.optionalAmount("discounted_price").orElse(price));
                discountField = "discounted_price";
                if (discount.signum() < 0) throw shipping.invalid(discountField, "exceeds the shipping price");
            }
            lines.add(Orders.line(shipping, discountField, shippingLineId(shipping.id("id")), LineKind.SHIPPING, null, null,
                    1, price, discount, currency));
        }
        if (!taxesIncluded) {
            List<PayloadNode> taxes = order.objects("tax_lines");
            for (int i = 0; i < taxes.size(); i++) {
                BigDecimal tax = taxes.get(i).amount("price");
                if (tax.signum() > 0) {
                    lines.add(Orders.line(taxes.get(i), "price", "tax-" + (i + 1), LineKind.TAX, null, null, 1, tax, BigDecimal.ZERO, currency));
                }
            }
        }
        return lines;
    }

    /**
     * One entry of an order's {@code refunds}: items with their subtotals (after discounts), shipping
     * refunds ({@code refund_shipping_lines}, or {@code order_adjustments} of kind
     * {@code shipping_refund} in older API versions), tax refunds spread over the order's tax lines,
     * (unless prices include tax: then the subtotals hold it already), and any other adjustment
     * ({@code refund_discrepancy}: refunded more or less than calculated) spread over what the refund
     * returns. Adjustment amounts are negative when money goes back.
     * A refund that returns nothing (no lines) gives no event.
     */
    private Optional<OrderRefunded> refund(PayloadNode refund, String orderId, String memberId, Currency currency,
                                           List<OrderLine> lines, boolean taxesIncluded, Delivery delivery) {
        String refundId = refund.id("id");
        RefundDraft draft = new RefundDraft(lines, currency);
        BigDecimal tax = BigDecimal.ZERO;
        for (PayloadNode item : refund.objects("refund_line_items")) {
            draft.add(item, "line_item_id", item.id("line_item_id"), item.integer("quantity", 0, settings.maxLineQuantity()),
                    shopMoney(item, "subtotal_set", "subtotal").orElseThrow(() -> item.invalid("subtotal", "is required")));
            tax = tax.add(shopMoney(item, "total_tax_set", "total_tax").orElse(BigDecimal.ZERO));
        }
        for (PayloadNode shipping : refund.objects("refund_shipping_lines")) {
            BigDecimal amount = shopMoney(shipping, "subtotal_amount_set", "amount").orElse(BigDecimal.ZERO);
            Optional<String> shippingLineId = shipping.optionalId("shipping_line_id");
            if (shippingLineId.isPresent()) {
                draft.add(shipping, "shipping_line_id", shippingLineId(shippingLineId.get()), 0, amount);
            } else {
                draft.spread(shipping, "amount", amount, kind -> kind == LineKind.SHIPPING);
            }
            tax = tax.add(shopMoney(shipping, "tax_amount_set", null).orElse(BigDecimal.ZERO));
        }
        BigDecimal discrepancy = BigDecimal.ZERO;
        for (PayloadNode adjustment : refund.objects("order_adjustments")) {
            BigDecimal returned = adjustment.signedAmount("amount").negate();
            tax = tax.add(adjustment.optionalSignedAmount("tax_amount").orElse(BigDecimal.ZERO).negate());
            if ("shipping_refund".equals(adjustment.optionalText("kind").orElse(""))) {
                if (returned.signum() < 0) throw adjustment.invalid("amount", "a shipping refund must return money (a negative amount)");
                draft.spread(adjustment, "amount", returned, kind -> kind == LineKind.SHIPPING);
            } else {
                discrepancy = discrepancy.add(returned);
            }
        }
        if (!taxesIncluded && tax.signum() > 0) {
            draft.spread(refund, "refund_line_items", tax, kind -> kind == LineKind.TAX);
        }
        if (discrepancy.signum() > 0) {
            draft.spreadOverRefunded(refund, "order_adjustments", discrepancy);
        } else {
            draft.reduce(refund, "order_adjustments", discrepancy.negate());
        }
        if (draft.isEmpty()) return Optional.empty();
        Instant refundedAt = refund.has("processed_at") ? refund.instant("processed_at", delivery.latestOccurredAt())
                : refund.instant("created_at", delivery.latestOccurredAt());
        return Optional.of(new OrderRefunded(refundId, orderId, memberId, delivery.storefront(), currency, draft.lines(),
                Amounts.normalize(draft.total(), currency), refundedAt, delivery.correlationId(), delivery.correlationId()));
    }

    /**
     * A customer snapshot. Marketing consent is {@code email_marketing_consent.state == subscribed},
     * or the older {@code accepts_marketing} flag; Shopify holds no profiling consent, birthday or
     * time zone, so profiling consent is the configured default and the others are absent.
     */
    private CustomerProfileChanged customer(PayloadNode customer, Delivery delivery) {
        boolean marketing = customer.optionalObject("email_marketing_consent")
                .map(consent -> "subscribed".equals(consent.optionalText("state").orElse("")))
                .orElseGet(() -> customer.optionalBoolean("accepts_marketing").orElse(false));
        String language = customer.optionalText("locale").map(locale -> languageTag(customer, locale)).orElse(null);
        Instant changedAt = customer.has("updated_at") ? customer.instant("updated_at", delivery.latestOccurredAt())
                : customer.instant("created_at", delivery.latestOccurredAt());
        return new CustomerProfileChanged(customer.id("id"), customer.optionalText("email").orElse(null), language, null, null,
                new Consent(marketing, settings.profilingConsent()), changedAt, delivery.correlationId(), delivery.correlationId());
    }

    private static String languageTag(PayloadNode customer, String locale) {
        String tag = Locale.forLanguageTag(locale.replace('_', '-')).toLanguageTag();
        if (!LANGUAGE.matcher(tag).matches()) throw customer.invalid("locale", "must be a language tag such as en or zh-CN");
        return tag;
    }

    /** An amount as {@code <set>.shop_money.amount} (the shop currency), else the plain field. */
    private static Optional<BigDecimal> shopMoney(PayloadNode node, String setField, String plainField) {
        Optional<PayloadNode> set = node.optionalObject(setField);
        if (set.isPresent()) return Optional.of(set.get().object("shop_money").amount("amount"));
        return plainField == null ? Optional.empty() : node.optionalAmount(plainField);
    }

    private static BigDecimal sum(List<PayloadNode> allocations) {
        return allocations.stream().map(allocation -> allocation.amount("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String shippingLineId(String shippingId) {
        return "shipping-" + shippingId;
    }
}
