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
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WooCommerce webhooks (REST API v3 bodies), by {@code X-WC-Webhook-Topic}:
 * <ul>
 *   <li>{@code order.created}, {@code order.updated}: an {@link OrderPlaced} if the status means paid
 *       ({@code processing} or {@code completed} by default: payment received; {@code pending},
 *       {@code on-hold}, {@code failed}, {@code cancelled} are not paid, and a {@code refunded} order
 *       was announced while it was paid), and an {@link OrderRefunded} for every entry of its
 *       {@code refunds}. Woo writes refund totals negative and sends them with each update of the
 *       order; consumers de-duplicate on the refund id;</li>
 *   <li>{@code customer.created}, {@code customer.updated}: a {@link CustomerProfileChanged};</li>
 *   <li>anything else: ignored.</li>
 * </ul>
 * The ping WooCommerce sends, unsigned, when a webhook is saved (form body {@code webhook_id=<id>}) is
 * acknowledged. {@code customer_id} 0 is a guest checkout: it earns nothing and is ignored.
 */
final class WooCommerceFormat implements WebhookFormat {

    static final String SOURCE = "woocommerce";
    static final String TOPIC = "X-WC-Webhook-Topic";
    static final String SIGNATURE = "X-WC-Webhook-Signature";
    static final String DELIVERY_ID = "X-WC-Webhook-Delivery-ID";

    static final String GUEST_ORDER = "guest order: no customer to credit";
    static final String NOT_PAID = "order not paid and without refunds";
    static final String UNUSED_TOPIC = "topic not used by the CRM";

    private static final Pattern PING = Pattern.compile("webhook_id=[0-9]+");
    /** Woo's "no id": customer_id 0 is a guest, variation_id 0 a simple product. */
    private static final String NO_ID = "0";
    private static final String REFUNDED_ITEM = "_refunded_item_id";
    /** Unit prices derived from a line subtotal keep at most the contract's 4 decimals. */
    private static final int UNIT_PRICE_SCALE = 4;

    private final IngestSettings settings;

    WooCommerceFormat(IngestSettings settings) {
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
    public boolean isUnsignedPing(WebhookRequest request, byte[] body) {
        return request.header(SIGNATURE).isEmpty() && PING.matcher(new String(body, StandardCharsets.US_ASCII).trim()).matches();
    }

    @Override
    public Mapping map(WebhookRequest request, PayloadNode body) {
        String topic = request.header(TOPIC).orElseThrow(() -> InvalidPayloadException.at(TOPIC, "header is required"));
        Delivery delivery = Delivery.of(request, DELIVERY_ID, settings);
        return switch (topic) {
            case "order.created", "order.updated" -> order(body, delivery);
            case "customer.created", "customer.updated" -> new Mapping.Events(List.of(customer(body, delivery)));
            default -> Mapping.ignored(UNUSED_TOPIC);
        };
    }

    private Mapping order(PayloadNode order, Delivery delivery) {
        String memberId = order.id("customer_id");
        if (NO_ID.equals(memberId)) return Mapping.ignored(GUEST_ORDER);
        String orderId = order.id("id");
        Currency currency = order.currency("currency");
        List<OrderLine> lines = lines(order, currency);

        List<EventDetail> events = new ArrayList<>();
        if (settings.wooPaidStatuses().contains(order.text("status"))) {
            List<String> codes = order.objects("coupon_lines").stream().map(coupon -> coupon.optionalText("code").orElse("")).toList();
            events.add(new OrderPlaced(orderId, memberId, delivery.storefront(), channel(order), currency, lines,
                    Orders.totals(lines, currency), Orders.couponCodes(codes),
                    order.instant("date_created_gmt", delivery.latestOccurredAt()), delivery.correlationId(), delivery.correlationId()));
        }
        for (PayloadNode refund : order.objects("refunds")) {
            refund(refund, order, orderId, memberId, currency, lines, delivery).ifPresent(events::add);
        }
        return Mapping.of(events, NOT_PAID);
    }

    private Channel channel(PayloadNode order) {
        return order.optionalText("created_via").map(settings.wooChannels()::get).orElse(settings.defaultChannel());
    }

    /**
     * Line items, fees, shipping and tax lines. Woo gives each item's {@code subtotal} (before
     * discounts) and {@code total} (after), both for the whole line and without tax: the unit price is
     * subtotal / quantity (rounded up at 4 decimals if it does not divide, the difference going into
     * the discount so the line still nets to {@code total}). A negative fee is a cart discount and is
     * spread over the merchandise lines' discounts. Each tax line carries item, fee and shipping tax.
     * Woo items name no category: they get the configured default.
     */
    private List<OrderLine> lines(PayloadNode order, Currency currency) {
        List<PayloadNode> items = order.objects("line_items");
        if (items.isEmpty()) throw order.invalid("line_items", "must list at least one line");
        List<OrderLine> merchandise = new ArrayList<>();
        for (PayloadNode item : items) {
            String lineId = item.id("id");
            int quantity = item.integer("quantity", 1, settings.maxLineQuantity());
            BigDecimal subtotal = item.amount("subtotal");
            BigDecimal total = item.amount("total");
            if (total.compareTo(subtotal) > 0) throw item.invalid("total", "exceeds the line subtotal");
            BigDecimal unitPrice = subtotal.divide(BigDecimal.valueOf(quantity), UNIT_PRICE_SCALE, RoundingMode.UP);
            BigDecimal discount = unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(total);
            merchandise.add(Orders.line(item, "total", lineId, LineKind.MERCHANDISE, Orders.sku(item.optionalText("sku"), skuFallback(item, lineId)),
                    settings.defaultCategory(), quantity, unitPrice, discount, currency));
        }
        List<OrderLine> others = new ArrayList<>();
        BigDecimal cartDiscount = BigDecimal.ZERO;
        PayloadNode firstDiscountFee = null;
        for (PayloadNode fee : order.objects("fee_lines")) {
            BigDecimal total = fee.signedAmount("total");
            if (total.signum() >= 0) {
                others.add(Orders.line(fee, "total", "fee-" + fee.id("id"), LineKind.FEE, null, null, 1, total, BigDecimal.ZERO, currency));
            } else {
                cartDiscount = cartDiscount.add(total.negate());
                if (firstDiscountFee == null) firstDiscountFee = fee;
            }
        }
        if (firstDiscountFee != null) merchandise = withCartDiscount(merchandise, cartDiscount, firstDiscountFee, currency);
        for (PayloadNode shipping : order.objects("shipping_lines")) {
            others.add(Orders.line(shipping, "total", "shipping-" + shipping.id("id"), LineKind.SHIPPING, null, null, 1,
                    shipping.amount("total"), BigDecimal.ZERO, currency));
        }
        for (PayloadNode tax : order.objects("tax_lines")) {
            BigDecimal amount = tax.optionalSignedAmount("tax_total").orElse(BigDecimal.ZERO)
                    .add(tax.optionalSignedAmount("shipping_tax_total").orElse(BigDecimal.ZERO));
            if (amount.signum() < 0) throw tax.invalid("tax_total", "tax of the line is negative");
            if (amount.signum() > 0) {
                others.add(Orders.line(tax, "tax_total", "tax-" + tax.id("id"), LineKind.TAX, null, null, 1, amount, BigDecimal.ZERO, currency));
            }
        }
        List<OrderLine> lines = new ArrayList<>(merchandise);
        lines.addAll(others);
        return lines;
    }

    private static String skuFallback(PayloadNode item, String lineId) {
        Optional<String> variation = item.optionalId("variation_id").filter(id -> !NO_ID.equals(id));
        if (variation.isPresent()) return "variation:" + variation.get();
        return item.optionalId("product_id").filter(id -> !NO_ID.equals(id)).map(id -> "product:" + id).orElse("line:" + lineId);
    }

    /** Spreads a cart discount (negative fees) over the merchandise lines in proportion to their net amounts. */
    private static List<OrderLine> withCartDiscount(List<OrderLine> merchandise, BigDecimal discount, PayloadNode fee, Currency currency) {
        List<BigDecimal> nets = merchandise.stream().map(Orders::net).toList();
        BigDecimal net = nets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (discount.compareTo(net) > 0) throw fee.invalid("total", "negative fees take off more than the merchandise costs");
        List<BigDecimal> shares = Amounts.allocate(discount, nets, currency);
        List<OrderLine> discounted = new ArrayList<>();
        for (int i = 0; i < merchandise.size(); i++) {
            OrderLine line = merchandise.get(i);
            discounted.add(new OrderLine(line.lineId(), line.kind(), line.sku(), line.category(), line.quantity(), line.unitPrice(),
                    Amounts.normalize(line.discount().add(shares.get(i)), currency)));
        }
        return discounted;
    }

    /**
     * One entry of {@code refunds}. Woo's order body gives only {@code {id, reason, total}} (total
     * negative): that amount is spread over all the order's lines in proportion to their net
     * amounts. Where an entry carries its {@code line_items} (as the refunds API returns them, each
     * naming its order line in the {@code _refunded_item_id} meta datum), those line totals are used,
     * their tax goes to the tax lines, and the rest of the refund (shipping, fees) to the other
     * non-merchandise lines; when the line totals exceed the refund's amount, the amount wins (as in
     * Woo's refunds API) and the lines are scaled down to it. A refund of zero gives no event.
     */
    private Optional<OrderRefunded> refund(PayloadNode refund, PayloadNode order, String orderId, String memberId, Currency currency,
                                           List<OrderLine> lines, Delivery delivery) {
        String refundId = refund.id("id");
        BigDecimal amount = refund.has("total") ? refund.signedAmount("total").abs() : refund.amount("amount");
        if (amount.signum() == 0) return Optional.empty();
        RefundDraft draft = new RefundDraft(lines, currency);
        List<PayloadNode> items = refund.objects("line_items");
        if (items.isEmpty()) {
            BigDecimal orderTotal = lines.stream().map(Orders::net).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (amount.compareTo(orderTotal) > 0) throw refund.invalid("total", "exceeds the order total");
            draft.spread(refund, "total", amount, kind -> true);
        } else {
            BigDecimal tax = BigDecimal.ZERO;
            for (PayloadNode item : items) {
                int quantity = Math.abs(item.integer("quantity", -settings.maxLineQuantity(), settings.maxLineQuantity()));
                draft.add(item, "meta_data", refundedItemId(item), quantity, item.signedAmount("total").abs());
                tax = tax.add(item.optionalSignedAmount("total_tax").orElse(BigDecimal.ZERO).abs());
            }
            draft.spread(refund, "line_items", tax, kind -> kind == LineKind.TAX);
            BigDecimal rest = amount.subtract(draft.total());
            if (rest.signum() >= 0) {
                draft.spread(refund, "total", rest, kind -> kind != LineKind.MERCHANDISE);
            } else {
                draft.reduce(refund, "total", rest.negate());
            }
        }
        Instant refundedAt = refund.has("date_created_gmt") ? refund.instant("date_created_gmt", delivery.latestOccurredAt())
                : order.instant("date_modified_gmt", delivery.latestOccurredAt());
        return Optional.of(new OrderRefunded(refundId, orderId, memberId, delivery.storefront(), currency, draft.lines(),
                Amounts.normalize(draft.total(), currency), refundedAt, delivery.correlationId(), delivery.correlationId()));
    }

    private static String refundedItemId(PayloadNode item) {
        for (PayloadNode meta : item.objects("meta_data")) {
            if (REFUNDED_ITEM.equals(meta.optionalText("key").orElse(""))) return meta.id("value");
        }
        throw item.invalid("meta_data", "names no " + REFUNDED_ITEM + " (the refunded order line)");
    }

    /**
     * A customer snapshot. WooCommerce holds an email but no language, time zone, birthday or
     * consent: marketing consent is reported false (never assumed) and profiling consent is the
     * configured default.
     */
    private CustomerProfileChanged customer(PayloadNode customer, Delivery delivery) {
        Instant changedAt = customer.has("date_modified_gmt") ? customer.instant("date_modified_gmt", delivery.latestOccurredAt())
                : customer.instant("date_created_gmt", delivery.latestOccurredAt());
        return new CustomerProfileChanged(customer.id("id"), customer.optionalText("email").orElse(null), null, null, null,
                new Consent(false, settings.profilingConsent()), changedAt, delivery.correlationId(), delivery.correlationId());
    }
}
