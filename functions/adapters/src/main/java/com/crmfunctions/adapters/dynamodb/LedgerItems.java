package com.crmfunctions.adapters.dynamodb;

import static com.crmfunctions.adapters.dynamodb.Attributes.amount;
import static com.crmfunctions.adapters.dynamodb.Attributes.decimal;
import static com.crmfunctions.adapters.dynamodb.Attributes.instant;
import static com.crmfunctions.adapters.dynamodb.Attributes.n;
import static com.crmfunctions.adapters.dynamodb.Attributes.s;

import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.loyalty.LedgerEntry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One ledger entry ({@code ledger} table, key {@code memberId} + {@code entryId}, the domain's entry id
 * {@code order#<orderId>} / {@code refund#<refundId>}, which the events and the member API carry unchanged).
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>name</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code businessKey}</td><td>S</td><td>the entry id again: key of the {@code by-business-key} index, which finds an entry without its member</td></tr>
 *   <tr><td>{@code points}</td><td>N</td><td>the change of balance (negative for a reversal)</td></tr>
 *   <tr><td>{@code balanceAfter}</td><td>N</td><td>the member's balance once this entry was applied</td></tr>
 *   <tr><td>{@code reason}</td><td>S</td><td>{@code order} or {@code refund}</td></tr>
 *   <tr><td>{@code channel}</td><td>S</td><td>the order's channel code</td></tr>
 *   <tr><td>{@code occurredAt}, {@code expiresAt}</td><td>S, S</td><td>the business time; when earned points expire (orders only)</td></tr>
 *   <tr><td>{@code orderId}, {@code refundId}</td><td>S, S</td><td>the business ids (refundId on reversals only)</td></tr>
 *   <tr><td>{@code explanation}</td><td>S</td><td>the sentence a support agent reads to the customer</td></tr>
 *   <tr><td>{@code basis}</td><td>M</td><td>the inputs and rules behind {@code points} ({@link LedgerEntry.Basis}), amounts as strings</td></tr>
 *   <tr><td>{@code outbox}</td><td>M</td><td>the event announcing the entry ({@code source}, {@code detailType}, {@code detail}, {@code time}) until it has been published</td></tr>
 * </table>
 */
public final class LedgerItems {

    public static final String MEMBER_ID = "memberId";
    public static final String ENTRY_ID = "entryId";
    static final String BUSINESS_KEY = "businessKey";
    static final String POINTS = "points";
    static final String BALANCE_AFTER = "balanceAfter";
    static final String REASON = "reason";
    static final String CHANNEL = "channel";
    static final String OCCURRED_AT = "occurredAt";
    static final String EXPIRES_AT = "expiresAt";
    static final String ORDER_ID = "orderId";
    static final String REFUND_ID = "refundId";
    static final String EXPLANATION = "explanation";
    static final String BASIS = "basis";
    static final String OUTBOX = "outbox";

    private LedgerItems() {}

    public static Map<String, AttributeValue> key(String memberId, String entryId) {
        return Map.of(MEMBER_ID, s(memberId), ENTRY_ID, s(entryId));
    }

    /**
     * The item of {@code entry}, applied to a balance that became {@code balanceAfter}, with {@code event} in
     * its outbox.
     */
    public static Map<String, AttributeValue> toItem(LedgerEntry entry, long balanceAfter, OutgoingEvent event) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(entry.memberId(), entry.entryId()));
        item.put(BUSINESS_KEY, s(entry.entryId()));
        item.put(POINTS, n(entry.points()));
        item.put(BALANCE_AFTER, n(balanceAfter));
        item.put(REASON, s(entry.reason().code()));
        item.put(CHANNEL, s(entry.channel().code()));
        item.put(OCCURRED_AT, instant(entry.occurredAt()));
        if (entry.expiresAt() != null) {
            item.put(EXPIRES_AT, instant(entry.expiresAt()));
        }
        item.put(EXPLANATION, s(entry.basis().explanation()));
        if (entry.basis() instanceof LedgerEntry.Earned earned) {
            item.put(ORDER_ID, s(earned.orderId()));
            item.put(BASIS, AttributeValue.fromM(earned(earned)));
        } else {
            LedgerEntry.Reversed reversed = (LedgerEntry.Reversed) entry.basis();
            item.put(ORDER_ID, s(reversed.orderId()));
            item.put(REFUND_ID, s(reversed.refundId()));
            item.put(BASIS, AttributeValue.fromM(reversed(reversed)));
        }
        item.put(OUTBOX, AttributeValue.fromM(outbox(event)));
        return item;
    }

    /** The entry as readers see it. */
    public static LedgerLine toLine(Map<String, AttributeValue> item) {
        Attributes.Reader read = Attributes.of(item, "ledger entry");
        read = Attributes.of(item, "ledger entry " + read.string(ENTRY_ID) + " of member " + read.string(MEMBER_ID));
        return new LedgerLine(read.string(ENTRY_ID), read.number(POINTS), read.number(BALANCE_AFTER),
                read.string(REASON), read.string(CHANNEL), read.instant(OCCURRED_AT),
                read.optionalInstant(EXPIRES_AT), read.string(ORDER_ID), read.optionalString(REFUND_ID),
                read.string(EXPLANATION));
    }

    /** The event still waiting in the entry's outbox, if it has not been published yet. */
    public static Optional<OutgoingEvent> pendingEvent(Map<String, AttributeValue> item) {
        Attributes.Reader entry = Attributes.of(item, "ledger entry");
        return entry.optionalMap(OUTBOX).map(outbox -> {
            Attributes.Reader read = Attributes.of(outbox, "outbox of ledger entry " + entry.string(ENTRY_ID));
            return OutgoingEvent.of(read.string("source"), read.string("detailType"), read.string("detail"),
                    read.instant("time"));
        });
    }

    private static Map<String, AttributeValue> outbox(OutgoingEvent event) {
        if (event.time() == null || !event.resources().isEmpty()) {
            throw new IllegalArgumentException("a ledger outbox event has a time and no resources");
        }
        Map<String, AttributeValue> outbox = new LinkedHashMap<>();
        outbox.put("source", s(event.source()));
        outbox.put("detailType", s(event.detailType()));
        outbox.put("detail", s(event.detailJson()));
        outbox.put("time", instant(event.time()));
        return outbox;
    }

    private static Map<String, AttributeValue> earned(LedgerEntry.Earned basis) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("kind", s("earned"));
        map.put("currency", s(basis.eligibleSpend().currency().getCurrencyCode()));
        map.put("eligibleSpend", amount(basis.eligibleSpend()));
        map.put("weightedSpend", amount(basis.weightedSpend()));
        map.put("exchangeRate", decimal(basis.exchangeRate()));
        map.put("baseCurrency", s(basis.qualifyingSpend().currency().getCurrencyCode()));
        map.put("qualifyingSpend", amount(basis.qualifyingSpend()));
        map.put("pointsPerUnit", decimal(basis.pointsPerUnit()));
        map.put("tierId", s(basis.tierId()));
        map.put("tierMultiplier", decimal(basis.tierMultiplier()));
        map.put("exactPoints", decimal(basis.exactPoints()));
        map.put("rounding", s(basis.rounding().name().toLowerCase(Locale.ROOT)));
        return map;
    }

    private static Map<String, AttributeValue> reversed(LedgerEntry.Reversed basis) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("kind", s("reversed"));
        map.put("currency", s(basis.refundedSpend().currency().getCurrencyCode()));
        map.put("refundedSpend", amount(basis.refundedSpend()));
        map.put("orderRefundedSpend", amount(basis.orderRefundedSpend()));
        map.put("orderEligibleSpend", amount(basis.orderEligibleSpend()));
        map.put("orderPoints", n(basis.orderPoints()));
        map.put("pointsKept", n(basis.pointsKept()));
        map.put("reversedBefore", n(basis.reversedBefore()));
        map.put("shortfall", n(basis.shortfall()));
        return map;
    }
}
