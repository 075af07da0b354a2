package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.amount;
import static com.crmfunctions.adapters.dynamodb.Attributes.bytes;
import static com.crmfunctions.adapters.dynamodb.Attributes.instant;
import static com.crmfunctions.adapters.dynamodb.Attributes.n;
import static com.crmfunctions.adapters.dynamodb.Attributes.s;
import static com.crmfunctions.adapters.dynamodb.Attributes.stringMap;

import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.MemberStatistics;
import com.crmfunctions.loyalty.Money;
import com.crmfunctions.loyalty.OrderDays;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The loyalty part of a member item ({@code members} table, key {@code memberId}): the {@link MemberState} as
 * the loyalty README prescribes, plus {@value #VERSION} for optimistic concurrency.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>name</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code balance}</td><td>N</td><td>points, the sum of the member's ledger</td></tr>
 *   <tr><td>{@code tierId}, {@code tierSince}</td><td>S, S</td><td>tier held and since when (absent in the entry tier since enrolment)</td></tr>
 *   <tr><td>{@code currency}</td><td>S</td><td>base currency every amount is in; a programme with another one refuses to read the item</td></tr>
 *   <tr><td>{@code firstOrderAt}, {@code lastOrderAt}</td><td>S, S</td><td>ISO instants, absent before the first order</td></tr>
 *   <tr><td>{@code orderCount}</td><td>N</td><td>orders applied</td></tr>
 *   <tr><td>{@code netSpend}</td><td>S</td><td>qualifying spend net of refunds, e.g. {@code "120.00"}</td></tr>
 *   <tr><td>{@code orderDaysFrom}, {@code orderDays}</td><td>S, B</td><td>first order day and the day bitmap ({@link OrderDays#toBytes()})</td></tr>
 *   <tr><td>{@code monthlySpend}</td><td>M</td><td>{@code YYYY-MM} → amount string</td></tr>
 *   <tr><td>{@code categorySpend}</td><td>M</td><td>category → amount string (gross)</td></tr>
 *   <tr><td>{@value #VERSION}</td><td>N</td><td>bumped by every write of these attributes; absent before the first</td></tr>
 * </table>
 *
 * <p>Other functions keep other attributes on the same item (profile, consent, scores). Loyalty writers
 * therefore never put the whole item: they {@code SET} and {@code REMOVE} exactly these attributes, on
 * condition that {@value #VERSION} is the one they read.
 */
public final class MemberItems {

    public static final String MEMBER_ID = "memberId";
    public static final String VERSION = "loyaltyVersion";
    static final String BALANCE = "balance";
    static final String TIER_ID = "tierId";
    static final String TIER_SINCE = "tierSince";
    static final String CURRENCY = "currency";
    static final String FIRST_ORDER_AT = "firstOrderAt";
    static final String LAST_ORDER_AT = "lastOrderAt";
    static final String ORDER_COUNT = "orderCount";
    static final String NET_SPEND = "netSpend";
    static final String ORDER_DAYS_FROM = "orderDaysFrom";
    static final String ORDER_DAYS = "orderDays";
    static final String MONTHLY_SPEND = "monthlySpend";
    static final String CATEGORY_SPEND = "categorySpend";

    /** Every loyalty attribute but the version: each is either set or removed by a write. */
    static final List<String> STATE_ATTRIBUTES = List.of(BALANCE, TIER_ID, TIER_SINCE, CURRENCY, FIRST_ORDER_AT,
            LAST_ORDER_AT, ORDER_COUNT, NET_SPEND, ORDER_DAYS_FROM, ORDER_DAYS, MONTHLY_SPEND, CATEGORY_SPEND);

    private MemberItems() {}

    /**
     * The loyalty attributes of {@code state} that have a value; the others ({@link #STATE_ATTRIBUTES} not in
     * the result) are to be removed from the item.
     */
    public static Map<String, AttributeValue> attributes(MemberState state) {
        MemberStatistics statistics = state.statistics();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(BALANCE, n(state.balance()));
        item.put(TIER_ID, s(state.tierId()));
        if (state.tierSince() != null) {
            item.put(TIER_SINCE, instant(state.tierSince()));
        }
        item.put(CURRENCY, s(statistics.netSpend().currency().getCurrencyCode()));
        if (statistics.firstOrderAt() != null) {
            item.put(FIRST_ORDER_AT, instant(statistics.firstOrderAt()));
            item.put(LAST_ORDER_AT, instant(statistics.lastOrderAt()));
        }
        item.put(ORDER_COUNT, n(statistics.orderCount()));
        item.put(NET_SPEND, amount(statistics.netSpend()));
        statistics.orderDays().first().ifPresent(first -> {
            item.put(ORDER_DAYS_FROM, s(first.toString()));
            item.put(ORDER_DAYS, bytes(statistics.orderDays().toBytes()));
        });
        item.put(MONTHLY_SPEND, stringMap(statistics.monthlySpend(), YearMonth::toString, MemberItems::plain));
        item.put(CATEGORY_SPEND, stringMap(statistics.categorySpend(), category -> category, MemberItems::plain));
        return item;
    }

    /**
     * The member state stored on {@code item}. An item that has no loyalty attributes yet (a profile written
     * before the first order) reads as a {@link MemberState#newMember new member}.
     *
     * @throws IllegalStateException naming the attribute when the item is not a valid member state, or when its
     *                               amounts are in another currency than the programme's base currency
     */
    public static MemberState fromItem(Map<String, AttributeValue> item, ProgrammeConfig config) {
        Attributes.Reader read = Attributes.of(item, "member item");
        String memberId = read.string(MEMBER_ID);
        if (!read.has(VERSION)) {
            return MemberState.newMember(memberId, config);
        }
        read = Attributes.of(item, "member " + memberId);
        Currency currency = read.currency(CURRENCY);
        Currency base = config.currencies().base();
        if (!currency.equals(base)) {
            throw new IllegalStateException("member " + memberId + ": amounts are stored in " + currency.getCurrencyCode()
                    + " but the programme's base currency (currency.base) is " + base.getCurrencyCode());
        }
        OrderDays days = OrderDays.empty();
        if (read.has(ORDER_DAYS_FROM)) {
            LocalDate first = LocalDate.parse(read.string(ORDER_DAYS_FROM));
            days = OrderDays.fromBytes(first, read.optionalBytes(ORDER_DAYS).orElse(new byte[0]));
        }
        Map<YearMonth, Money> monthly = new TreeMap<>(read.stringMap(MONTHLY_SPEND, YearMonth::parse,
                amount -> Money.of(new BigDecimal(amount), currency)));
        Map<String, Money> categories = read.stringMap(CATEGORY_SPEND, category -> category,
                amount -> Money.of(new BigDecimal(amount), currency));
        MemberStatistics statistics = new MemberStatistics(read.optionalInstant(FIRST_ORDER_AT).orElse(null),
                read.optionalInstant(LAST_ORDER_AT).orElse(null), days, read.number(ORDER_COUNT),
                read.money(NET_SPEND, currency), new TreeMap<>(monthly), categories);
        return new MemberState(memberId, read.number(BALANCE), read.string(TIER_ID),
                read.optionalInstant(TIER_SINCE).orElse(null), statistics);
    }

    /** The loyalty version of {@code item}: 0 when no loyalty state has been written yet. */
    public static long version(Map<String, AttributeValue> item) {
        return Attributes.of(item, "member item").optionalNumber(VERSION).orElse(0L);
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }
}
