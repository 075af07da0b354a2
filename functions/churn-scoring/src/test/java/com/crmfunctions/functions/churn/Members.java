package com.crmfunctions.functions.churn;

import com.crmfunctions.adapters.dynamodb.MemberItems;
import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.MemberStatistics;
import com.crmfunctions.loyalty.Money;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Members as accrual leaves them: statistics built order by order with the loyalty domain's own
 * {@link MemberStatistics#withOrder}, stored with the adapters' {@link MemberItems} layout.
 */
public final class Members {

    public static final ProgrammeConfig PROGRAMME = ProgrammeConfig.defaults();

    private final List<LocalDate> days = new ArrayList<>();
    private final List<String> amounts = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();

    private Members() {}

    public static Members orders() {
        return new Members();
    }

    /** One order placed at noon (programme zone) on {@code day}, worth {@code amount}, in {@code category}. */
    public Members on(LocalDate day, String amount, String category) {
        days.add(day);
        amounts.add(amount);
        categories.add(category);
        return this;
    }

    public Members on(LocalDate day, String amount) {
        return on(day, amount, "books");
    }

    /**
     * A member with {@code x} repeat purchase days, the last {@code spanDays} and the first {@code ageDays} before
     * {@code today}: the repeats on the days right after the first and on the last, each worth {@code amount}.
     */
    public static Members summary(LocalDate today, int x, int spanDays, int ageDays, String amount) {
        LocalDate first = today.minusDays(ageDays);
        Members members = orders().on(first, amount);
        for (int i = 1; i < x; i++) {
            members.on(first.plusDays(i), amount);
        }
        if (x > 0) {
            members.on(first.plusDays(spanDays), amount);
        }
        return members;
    }

    public MemberStatistics statistics() {
        MemberStatistics statistics = MemberStatistics.empty(PROGRAMME.currencies().base());
        for (int i = 0; i < days.size(); i++) {
            Money spend = Money.of(amounts.get(i), PROGRAMME.currencies().base().getCurrencyCode());
            statistics = statistics.withOrder(days.get(i).atTime(LocalTime.NOON).atZone(PROGRAMME.zone()).toInstant(), spend,
                    Map.of(categories.get(i), spend), PROGRAMME.zone(), PROGRAMME.tiers().windowMonths());
        }
        return statistics;
    }

    /** The member item accrual would have written. */
    public Map<String, AttributeValue> item(String memberId) {
        MemberState state = new MemberState(memberId, 0, PROGRAMME.tiers().entry().id(), null, statistics());
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(MemberItems.MEMBER_ID, AttributeValue.fromS(memberId));
        item.putAll(MemberItems.attributes(state));
        item.put(MemberItems.VERSION, AttributeValue.fromN("1"));
        return item;
    }

    /** A member who enrolled (profile written) but never ordered. */
    public static Map<String, AttributeValue> profileOnly(String memberId) {
        return Map.of(MemberItems.MEMBER_ID, AttributeValue.fromS(memberId), "language", AttributeValue.fromS("en"));
    }
}
