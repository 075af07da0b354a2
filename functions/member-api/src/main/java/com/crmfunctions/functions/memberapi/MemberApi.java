package com.crmfunctions.functions.memberapi;

import com.crmfunctions.adapters.dynamodb.LedgerCursor;
import com.crmfunctions.adapters.dynamodb.LedgerLine;
import com.crmfunctions.adapters.dynamodb.LedgerPage;
import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.MemberStatistics;
import com.crmfunctions.loyalty.Money;
import com.crmfunctions.loyalty.ProgrammeConfig;
import com.crmfunctions.loyalty.Tier;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The member reads of the HTTP API, from the member item and the ledger:
 * <ul>
 *   <li>{@code GET /members/{id}}: balance (and what it redeems for), tier with its benefits, the next tier and the
 *       qualifying spend of the rolling window to date, statistics, available coupons;</li>
 *   <li>{@code GET /members/{id}/ledger?limit=&cursor=}: one page of ledger entries with the cursor of the next.</li>
 * </ul>
 * Every answer is JSON; errors are {@code {"error": "..."}} with what was wrong.
 */
public final class MemberApi {

    static final int DEFAULT_PAGE_SIZE = 25;
    /** The contract's business ids: what a member id may look like (and nothing a key could be abused with). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProgrammeConfig programme;
    private final MemberRepository members;
    private final LedgerRepository ledger;

    MemberApi(ProgrammeConfig programme, MemberRepository members, LedgerRepository ledger) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.members = Objects.requireNonNull(members, "members");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * {@code GET /members/{id}}.
     *
     * @param id  the {@code {id}} path parameter, unchecked (null when absent)
     * @param now when the request was received: the rolling window of qualifying spend ends with its month
     */
    HttpResult member(String id, Instant now) {
        Optional<String> memberId = memberId(id);
        if (memberId.isEmpty()) {
            return invalidMemberId();
        }
        return members.find(memberId.get())
                .map(stored -> HttpResult.ok(memberJson(stored.state(), now)))
                .orElseGet(() -> notFound(memberId.get()));
    }

    /**
     * {@code GET /members/{id}/ledger?limit=&cursor=}.
     *
     * @param id    the {@code {id}} path parameter, unchecked (null when absent)
     * @param query the query parameters, unchecked
     */
    HttpResult ledger(String id, Map<String, String> query) {
        Optional<String> memberId = memberId(id);
        if (memberId.isEmpty()) {
            return invalidMemberId();
        }
        int limit = DEFAULT_PAGE_SIZE;
        if (query.containsKey("limit")) {
            Optional<Integer> parsed = parseLimit(query.get("limit"));
            if (parsed.isEmpty()) {
                return HttpResult.badRequest("limit must be a whole number from 1 to " + LedgerRepository.MAX_PAGE_SIZE, "limit");
            }
            limit = parsed.get();
        }
        LedgerPage page;
        try {
            page = ledger.page(memberId.get(), limit, Optional.ofNullable(query.get("cursor")));
        } catch (LedgerCursor.InvalidCursorException e) {
            return HttpResult.badRequest(e.getMessage(), "cursor");
        }
        if (page.entries().isEmpty() && members.find(memberId.get()).isEmpty()) {
            return notFound(memberId.get());
        }
        ObjectNode body = JSON.createObjectNode().put("memberId", memberId.get());
        ArrayNode entries = body.putArray("entries");
        page.entries().forEach(line -> entries.add(lineJson(line)));
        page.next().ifPresent(next -> body.put("next", next));
        return HttpResult.ok(body);
    }

    private ObjectNode memberJson(MemberState member, Instant now) {
        MemberStatistics statistics = member.statistics();
        ProgrammeConfig.Tiers tiers = programme.tiers();
        Tier tier = tiers.byId(member.tierId());
        ObjectNode body = JSON.createObjectNode().put("memberId", member.memberId()).put("balance", member.balance())
                .put("currency", programme.currencies().base().getCurrencyCode());
        int pointsPerUnit = programme.redemption().pointsPerUnit();
        body.putObject("redeemable").put("pointsPerUnit", pointsPerUnit)
                .put("amountOff", Money.of(BigDecimal.valueOf(Math.max(0, member.balance()) / pointsPerUnit),
                        programme.currencies().base()).amount().toPlainString());

        ObjectNode tierJson = body.putObject("tier").put("id", tier.id());
        if (member.tierSince() != null) {
            tierJson.put("since", member.tierSince().toString());
        }
        tierJson.putObject("benefits")
                .put("pointsMultiplier", tier.multiplier().toPlainString())
                .put("freeShipping", tier.freeShipping())
                .put("priorityService", tier.priorityService())
                .put("earlyAccess", tier.earlyAccess())
                .put("birthdayCouponAmountOff", tier.birthdayCoupon().toPlainString());

        YearMonth to = YearMonth.from(LocalDate.ofInstant(now, programme.zone()));
        YearMonth from = to.minusMonths(tiers.windowMonths() - 1L);
        Money rolling = statistics.rollingSpend(to, tiers.windowMonths());
        body.putObject("qualifyingSpend").put("amount", rolling.amount().toPlainString())
                .put("from", from.toString()).put("to", to.toString());
        List<Tier> ladder = tiers.ladder();
        int rank = tiers.rank(tier);
        if (rank + 1 < ladder.size()) {
            Tier next = ladder.get(rank + 1);
            BigDecimal remaining = next.threshold().subtract(rolling.amount()).max(BigDecimal.ZERO);
            body.putObject("nextTier").put("id", next.id()).put("threshold", next.threshold().toPlainString())
                    .put("remaining", Money.of(remaining, rolling.currency()).amount().toPlainString());
        }

        ObjectNode stats = body.putObject("statistics").put("orderCount", statistics.orderCount())
                .put("distinctOrderDays", statistics.distinctOrderDays())
                .put("netSpend", statistics.netSpend().amount().toPlainString());
        if (statistics.firstOrderAt() != null) {
            stats.put("firstOrderAt", statistics.firstOrderAt().toString()).put("lastOrderAt", statistics.lastOrderAt().toString());
        }
        ObjectNode categories = stats.putObject("categorySpend");
        statistics.categorySpend().forEach((category, spend) -> categories.put(category, spend.amount().toPlainString()));
        // Coupons have no writer yet (coupon-issuer is planned): the list is empty until it is built.
        body.putArray("coupons");
        return body;
    }

    private static ObjectNode lineJson(LedgerLine line) {
        ObjectNode json = JSON.createObjectNode().put("entryId", line.entryId()).put("points", line.points())
                .put("balanceAfter", line.balanceAfter()).put("reason", line.reason()).put("channel", line.channel())
                .put("occurredAt", line.occurredAt().toString());
        line.expiresAt().ifPresent(expiresAt -> json.put("expiresAt", expiresAt.toString()));
        json.put("orderId", line.orderId());
        line.refundId().ifPresent(refundId -> json.put("refundId", refundId));
        return json.put("explanation", line.explanation());
    }

    private static Optional<String> memberId(String id) {
        return id != null && ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static Optional<Integer> parseLimit(String value) {
        try {
            int limit = Integer.parseInt(value);
            return limit >= 1 && limit <= LedgerRepository.MAX_PAGE_SIZE ? Optional.of(limit) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static HttpResult invalidMemberId() {
        return HttpResult.badRequest("member id must be 1 to 128 letters, digits and . _ : - (starting with a letter or digit)", "id");
    }

    private static HttpResult notFound(String memberId) {
        return HttpResult.error(404, "member not found", "memberId", memberId);
    }
}
