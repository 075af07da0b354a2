package com.crmfunctions.functions.pointsaccrual;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.events.Channel;
import com.crmfunctions.events.Envelope;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.EventCodec;
import com.crmfunctions.events.EventSamples;
import com.crmfunctions.events.EventType;
import com.crmfunctions.events.loyalty.PointsAccrued;
import com.crmfunctions.events.loyalty.PointsReversed;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.loyalty.Accrual;
import com.crmfunctions.loyalty.AccrualOutcome;
import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.Order;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: the storefront's shipped samples, through this function's mapping and the domain, make
 * PointsAccrued and PointsReversed events that pass their schemas with the expected numbers.
 */
class LoyaltyEventsTest {

    private static final ProgrammeConfig PROGRAMME = ProgrammeConfig.load(Map.of("currency.rates", "EUR:0.85"));
    private final Accrual accrual = new Accrual(PROGRAMME);

    @Test
    void theOrderSampleBecomesAnOrderKeyedByLineIdsWithItsIneligibleLines() {
        OrderPlaced placed = sample(EventType.ORDER_PLACED, OrderPlaced.class).detail();

        Order order = StorefrontEvents.order(placed);

        assertThat(order.lines()).extracting(Order.Line::sku)
                .containsExactly("14198462054542", "14198462087310", "ship-1", "tax-1");
        assertThat(order.placedAt()).isEqualTo(placed.occurredAt());
        assertThat(order.channel()).isEqualTo(com.crmfunctions.loyalty.Channel.WEB);
    }

    @Test
    void theSamplesMakeValidPointsEventsWithTheProgrammesNumbers() {
        Envelope<OrderPlaced> placedEvent = sample(EventType.ORDER_PLACED, OrderPlaced.class);
        Envelope<OrderRefunded> refundedEvent = sample(EventType.ORDER_REFUNDED, OrderRefunded.class);
        Cause orderCause = new Cause(placedEvent.id(), placedEvent.time());
        Cause refundCause = new Cause(refundedEvent.id(), refundedEvent.time());
        OrderPlaced placed = placedEvent.detail();

        AccrualOutcome.Applied order = (AccrualOutcome.Applied) accrual.onOrder(
                MemberState.newMember(placed.memberId(), PROGRAMME), StorefrontEvents.order(placed));
        PointsAccrued accrued = decode(LoyaltyEvents.pointsAccrued(order, placed, orderCause), PointsAccrued.class);

        // 314.00 + 25.00 EUR of merchandise (no shipping, no tax) at 0.85 = 288.15 GBP → 288 points.
        assertThat(accrued).isEqualTo(new PointsAccrued(placed.orderId(), "order#5521809133710", placed.memberId(), Channel.WEB,
                PROGRAMME.currencies().base(), new BigDecimal("288.15"), "member", 288, new BigDecimal("1.0"),
                288, 288, Instant.parse("2026-03-14T09:21:37Z"), true, placedEvent.time(), placed.correlationId(), placedEvent.id()));

        AccrualOutcome.Applied refund = (AccrualOutcome.Applied) accrual.onRefund(order.member(), Optional.of(order.order()),
                StorefrontEvents.refund(refundedEvent.detail()));
        PointsReversed reversed = decode(LoyaltyEvents.pointsReversed(refund, order.order(), refundedEvent.detail(), refundCause),
                PointsReversed.class);

        // 12.50 of 339.00 EUR refunded (the tax line does not count): the member keeps floor(288 × 326.5 / 339) = 277.
        assertThat(reversed).isEqualTo(new PointsReversed(refundedEvent.detail().refundId(), placed.orderId(),
                "refund#913428723854", placed.memberId(), PROGRAMME.currencies().base(), new BigDecimal("10.63"),
                11, 277, refundedEvent.time(), refundedEvent.detail().correlationId(), refundedEvent.id()));
    }

    @Test
    void theEventIsTheSameWheneverItIsMadeFromTheSameEntryAndCause() {
        Envelope<OrderPlaced> placedEvent = sample(EventType.ORDER_PLACED, OrderPlaced.class);
        OrderPlaced placed = placedEvent.detail();
        MemberState member = MemberState.newMember(placed.memberId(), PROGRAMME);
        Cause cause = new Cause(placedEvent.id(), placedEvent.time());

        OutgoingEvent first = LoyaltyEvents.pointsAccrued((AccrualOutcome.Applied) accrual.onOrder(member, StorefrontEvents.order(placed)), placed, cause);
        OutgoingEvent again = LoyaltyEvents.pointsAccrued((AccrualOutcome.Applied) accrual.onOrder(member, StorefrontEvents.order(placed)), placed, cause);

        assertThat(again).isEqualTo(first);
        assertThat(first.time()).isEqualTo(placedEvent.time());
    }

    /** The longest tier id the programme accepts, with its '-', is one the contract accepts. */
    @Test
    void anOrderInATierTheProgrammeAcceptsMakesAValidPointsAccrued() {
        String tier = "members-club-" + "x".repeat(19);
        Map<String, String> ladder = new HashMap<>(Map.of("currency.rates", "EUR:0.85", "tiers", tier));
        Map.of("threshold", "0", "multiplier", "1.5", "freeShipping", "false", "priorityService", "false",
                "earlyAccess", "false", "birthdayCoupon", "0", "upgradeGift", "0")
                .forEach((attribute, value) -> ladder.put("tier." + tier + "." + attribute, value));
        ProgrammeConfig programme = ProgrammeConfig.load(ladder);
        Envelope<OrderPlaced> placedEvent = sample(EventType.ORDER_PLACED, OrderPlaced.class);
        OrderPlaced placed = placedEvent.detail();
        AccrualOutcome.Applied order = (AccrualOutcome.Applied) new Accrual(programme).onOrder(
                MemberState.newMember(placed.memberId(), programme), StorefrontEvents.order(placed));

        PointsAccrued accrued = decode(LoyaltyEvents.pointsAccrued(order, placed, new Cause(placedEvent.id(), placedEvent.time())),
                PointsAccrued.class);

        assertThat(tier).hasSize(32);
        assertThat(accrued.tier()).isEqualTo(tier);
        assertThat(accrued.multiplier()).isEqualByComparingTo("1.5");
    }

    private static <D extends EventDetail> Envelope<D> sample(EventType type, Class<D> detail) {
        return EventCodec.fromEventJson(EventSamples.json(type, 1), detail);
    }

    private static <D extends EventDetail> D decode(OutgoingEvent event, Class<D> type) {
        assertThat(event.detailType()).isEqualTo(type.getSimpleName());
        assertThat(event.source()).isEqualTo("crm.loyalty");
        return EventCodec.fromDetailJson(type, event.detailJson());
    }
}
