package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.amount;
import static com.crmfunctions.adapters.dynamodb.Attributes.decimal;
import static com.crmfunctions.adapters.dynamodb.Attributes.instant;
import static com.crmfunctions.adapters.dynamodb.Attributes.n;
import static com.crmfunctions.adapters.dynamodb.Attributes.s;
import static com.crmfunctions.adapters.dynamodb.Attributes.stringMap;

import com.crmfunctions.loyalty.Channel;
import com.crmfunctions.loyalty.OrderAccount;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The account of one applied order ({@link OrderAccount}): {@code orders} table, key {@code orderId} +
 * {@code recordId} = {@value #RECORD_ID}. Written by the order's transaction, rewritten by each refund's on
 * condition that {@value #VERSION} is the one read.
 *
 * <p>Attributes: {@code memberId}, {@code channel} (code), {@code placedAt}, {@code spendMonth}
 * ({@code YYYY-MM}), {@code exchangeRate}, {@code currency} (the order's) with {@code eligibleSpend},
 * {@code weightedSpend}, {@code refundedSpend}, {@code refundedWeightedSpend} in it, {@code baseCurrency} with
 * {@code qualifyingSpend}, {@code qualifyingSpendReversed} in it, {@code skuWeights} (line key → multiplier),
 * {@code pointsEarned}, {@code pointsReversed}, {@value #VERSION}. Amounts and rates are decimal strings.
 */
public final class OrderAccountItems {

    public static final String ORDER_ID = "orderId";
    public static final String RECORD_ID = "recordId";
    /** The record id of an order's account among the order's records (its refunds are {@code refund#<id>}). */
    public static final String ACCOUNT_RECORD = "order";
    static final String VERSION = "version";
    private static final String MEMBER_ID = "memberId";
    private static final String CHANNEL = "channel";
    private static final String PLACED_AT = "placedAt";
    private static final String SPEND_MONTH = "spendMonth";
    private static final String EXCHANGE_RATE = "exchangeRate";
    private static final String CURRENCY = "currency";
    private static final String BASE_CURRENCY = "baseCurrency";
    private static final String ELIGIBLE_SPEND = "eligibleSpend";
    private static final String WEIGHTED_SPEND = "weightedSpend";
    private static final String SKU_WEIGHTS = "skuWeights";
    private static final String QUALIFYING_SPEND = "qualifyingSpend";
    private static final String POINTS_EARNED = "pointsEarned";
    private static final String REFUNDED_SPEND = "refundedSpend";
    private static final String REFUNDED_WEIGHTED_SPEND = "refundedWeightedSpend";
    private static final String QUALIFYING_SPEND_REVERSED = "qualifyingSpendReversed";
    private static final String POINTS_REVERSED = "pointsReversed";

    private OrderAccountItems() {}

    /** The key of the account of {@code orderId}. */
    public static Map<String, AttributeValue> key(String orderId) {
        return Map.of(ORDER_ID, s(orderId), RECORD_ID, s(ACCOUNT_RECORD));
    }

    /** The whole item of {@code account} at {@code version}. */
    public static Map<String, AttributeValue> toItem(OrderAccount account, long version) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(account.orderId()));
        item.put(MEMBER_ID, s(account.memberId()));
        item.put(CHANNEL, s(account.channel().code()));
        item.put(PLACED_AT, instant(account.placedAt()));
        item.put(SPEND_MONTH, s(account.spendMonth().toString()));
        item.put(EXCHANGE_RATE, decimal(account.exchangeRate()));
        item.put(CURRENCY, s(account.currency().getCurrencyCode()));
        item.put(BASE_CURRENCY, s(account.qualifyingSpend().currency().getCurrencyCode()));
        item.put(ELIGIBLE_SPEND, amount(account.eligibleSpend()));
        item.put(WEIGHTED_SPEND, amount(account.weightedSpend()));
        item.put(SKU_WEIGHTS, stringMap(account.skuWeights(), key -> key, BigDecimal::toPlainString));
        item.put(QUALIFYING_SPEND, amount(account.qualifyingSpend()));
        item.put(POINTS_EARNED, n(account.pointsEarned()));
        item.put(REFUNDED_SPEND, amount(account.refundedSpend()));
        item.put(REFUNDED_WEIGHTED_SPEND, amount(account.refundedWeightedSpend()));
        item.put(QUALIFYING_SPEND_REVERSED, amount(account.qualifyingSpendReversed()));
        item.put(POINTS_REVERSED, n(account.pointsReversed()));
        item.put(VERSION, n(version));
        return item;
    }

    /** @throws IllegalStateException naming the attribute when the item is not a valid account */
    public static OrderAccount fromItem(Map<String, AttributeValue> item) {
        Attributes.Reader read = Attributes.of(item, "order account");
        read = Attributes.of(item, "account of order " + read.string(ORDER_ID));
        Currency currency = read.currency(CURRENCY);
        Currency base = read.currency(BASE_CURRENCY);
        return new OrderAccount(read.string(ORDER_ID), read.string(MEMBER_ID), Channel.fromCode(read.string(CHANNEL)),
                read.instant(PLACED_AT), YearMonth.parse(read.string(SPEND_MONTH)), read.decimal(EXCHANGE_RATE),
                read.money(ELIGIBLE_SPEND, currency), read.money(WEIGHTED_SPEND, currency),
                read.stringMap(SKU_WEIGHTS, key -> key, BigDecimal::new), read.money(QUALIFYING_SPEND, base),
                read.number(POINTS_EARNED), read.money(REFUNDED_SPEND, currency),
                read.money(REFUNDED_WEIGHTED_SPEND, currency), read.money(QUALIFYING_SPEND_REVERSED, base),
                read.number(POINTS_REVERSED));
    }

    public static long version(Map<String, AttributeValue> item) {
        return Attributes.of(item, "order account").number(VERSION);
    }
}
