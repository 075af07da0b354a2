package com.crmfunctions.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.crmfunctions.events.loyalty.PointsExpired;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderTotals;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final String ORDER_PLACED = EventType.ORDER_PLACED.detailType();

    @Nested
    class ReadingADetail {

        @Test
        void mapsTheSampleToItsRecord() {
            OrderPlaced order = EventCodec.fromDetailJson(OrderPlaced.class, Fixtures.text(Fixtures.sampleDetail(EventType.ORDER_PLACED)));

            assertThat(order.orderId()).isEqualTo("5521809133710");
            assertThat(order.channel()).isEqualTo(Channel.WEB);
            assertThat(order.currency()).isEqualTo(Currency.getInstance("EUR"));
            assertThat(order.occurredAt()).isEqualTo(Instant.parse("2025-03-14T09:21:37Z"));
            assertThat(order.lines()).hasSize(4).first().satisfies(line -> {
                assertThat(line.kind()).isEqualTo(LineKind.MERCHANDISE);
                assertThat(line.unitPrice()).isEqualTo(new BigDecimal("349.00"));
            });
            assertThat(order.lines().get(2).sku()).isNull();
        }

        @Test
        void missingRequiredFieldIsNamed() {
            ObjectNode order = order();
            order.remove("orderId");

            assertThat(rejected(ORDER_PLACED, order).paths()).containsExactly("$.orderId");
        }

        @Test
        void wrongTypeIsNamed() {
            ObjectNode order = order();
            line(order, 0).put("quantity", "1");

            assertThat(rejected(ORDER_PLACED, order).paths()).containsExactly("$.lines[0].quantity");
        }

        @Test
        void moneyAsAJsonNumberIsRejected() {
            ObjectNode order = order();
            line(order, 1).put("unitPrice", 12.5);

            assertThat(rejected(ORDER_PLACED, order).paths()).containsExactly("$.lines[1].unitPrice");
        }

        @Test
        void negativeQuantityIsNamed() {
            ObjectNode order = order();
            line(order, 0).put("quantity", -1);

            InvalidEventException error = rejected(ORDER_PLACED, order);

            assertThat(error.paths()).containsExactly("$.lines[0].quantity");
            assertThat(error).hasMessageContaining("OrderPlaced v1 detail").hasMessageContaining("minimum");
        }

        @Test
        void currencyOutsideTheIsoPatternIsNamed() {
            ObjectNode order = order().put("currency", "eur");

            assertThat(rejected(ORDER_PLACED, order).paths()).containsExactly("$.currency");
        }

        @Test
        void currencyThatIsNotAnIso4217CodeIsNamed() {
            ObjectNode order = order().put("currency", "XYZ");

            InvalidEventException error = rejected(ORDER_PLACED, order);

            assertThat(error.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.path()).isEqualTo("$.currency");
                assertThat(violation.message()).isEqualTo("not a valid Currency");
            });
        }

        @Test
        void additionalPropertiesAreNamedAtAnyDepth() {
            ObjectNode order = order().put("orderID", "5521809133710");
            line(order, 0).put("colour", "black");

            assertThat(rejected(ORDER_PLACED, order).paths()).containsExactlyInAnyOrder("$.orderID", "$.lines[0].colour");
        }

        @Test
        void everyViolationIsReportedAtOnce() {
            ObjectNode order = order().put("channel", "telephone").put("currency", "euro");
            order.remove("memberId");

            assertThat(rejected(ORDER_PLACED, order).paths())
                    .containsExactlyInAnyOrder("$.memberId", "$.channel", "$.currency");
        }

        @Test
        void merchandiseLinesNeedSkuAndCategory() {
            ObjectNode order = order();
            line(order, 0).remove(List.of("sku", "category"));

            assertThat(rejected(ORDER_PLACED, order).paths()).containsExactlyInAnyOrder("$.lines[0].sku", "$.lines[0].category");
        }

        @Test
        void couponKindDecidesItsValueField() {
            ObjectNode withoutAmount = Fixtures.sampleDetail(EventType.COUPON_ISSUED);
            withoutAmount.remove("amountOff");
            ObjectNode percentWithAmount = Fixtures.sampleDetail(EventType.COUPON_ISSUED).put("kind", "percent_off").put("percentOff", 10);
            ObjectNode freeShippingWithAmount = Fixtures.sampleDetail(EventType.COUPON_ISSUED).put("kind", "free_shipping");

            assertThat(rejected("CouponIssued", withoutAmount).paths()).containsExactly("$.amountOff");
            assertThat(rejected("CouponIssued", percentWithAmount).paths()).containsExactly("$.amountOff");
            assertThat(rejected("CouponIssued", freeShippingWithAmount).paths()).containsExactly("$.amountOff");
        }

        @Test
        void discountAndItsCurrencyComeTogether() {
            ObjectNode redeemed = Fixtures.sampleDetail(EventType.COUPON_REDEEMED);
            redeemed.remove("currency");

            assertThat(rejected("CouponRedeemed", redeemed).paths()).containsExactly("$.currency");
        }

        @Test
        void timestampsMustBeRfc3339AndOffsetsAreNormalisedToUtc() {
            ObjectNode spaced = order().put("occurredAt", "2025-03-14 09:21:37");
            ObjectNode offset = order().put("occurredAt", "2025-03-14T17:21:37+08:00");

            assertThat(rejected(ORDER_PLACED, spaced).paths()).containsExactly("$.occurredAt");
            OrderPlaced order = EventCodec.fromDetailJson(OrderPlaced.class, Fixtures.text(offset));
            assertThat(order.occurredAt()).isEqualTo(Instant.parse("2025-03-14T09:21:37Z"));
            assertThat(Fixtures.parse(EventCodec.toDetailJson(order)).get("occurredAt").asText()).isEqualTo("2025-03-14T09:21:37Z");
        }

        @Test
        void impossibleBirthdayAndUnknownTimeZoneAreNamed() {
            ObjectNode profile = Fixtures.sampleDetail(EventType.CUSTOMER_PROFILE_CHANGED);

            assertThat(rejected("CustomerProfileChanged", profile.deepCopy().put("birthday", "--13-01")).paths())
                    .containsExactly("$.birthday");
            assertThat(rejected("CustomerProfileChanged", profile.deepCopy().put("birthday", "--02-30")).paths())
                    .containsExactly("$.birthday");
            assertThat(rejected("CustomerProfileChanged", profile.deepCopy().put("timeZone", "Mars/Olympus_Mons")).paths())
                    .containsExactly("$.timeZone");
        }

        @Test
        void invalidEmailIsNamedWithoutQuotingIt() {
            ObjectNode profile = Fixtures.sampleDetail(EventType.CUSTOMER_PROFILE_CHANGED).put("email", "li.wei at example.com");

            InvalidEventException error = rejected("CustomerProfileChanged", profile);

            assertThat(error.paths()).containsExactly("$.email");
            assertThat(error).message().doesNotContain("li.wei");
        }

        @Test
        void versionMustBeOneThisCodeSupports() {
            ObjectNode future = order().put("version", 2);
            ObjectNode missing = order();
            missing.remove("version");
            ObjectNode text = order().put("version", "1");

            assertThat(rejected(ORDER_PLACED, future)).hasMessageContaining("unsupported version 2, supported: [1]");
            assertThat(rejected(ORDER_PLACED, future).paths()).containsExactly("$.version");
            assertThat(rejected(ORDER_PLACED, missing).paths()).containsExactly("$.version");
            assertThat(rejected(ORDER_PLACED, text).paths()).containsOnly("$.version");
        }

        @Test
        void unknownDetailTypeMalformedJsonAndDuplicateKeysAreRejected() {
            assertThat(rejected("OrderShipped", order())).hasMessageContaining("unknown detail-type OrderShipped");
            assertThat(catchThrowableOfType(InvalidEventException.class,
                    () -> EventCodec.fromDetailJson(ORDER_PLACED, "{\"orderId\": ")).paths()).containsExactly("$");
            String twice = Fixtures.text(order()).replaceFirst("\\{", "{\"orderId\":\"1\",");
            assertThat(catchThrowableOfType(InvalidEventException.class,
                    () -> EventCodec.fromDetailJson(ORDER_PLACED, twice))).hasMessageContaining("Duplicate field 'orderId'");
        }
    }

    @Nested
    class ReadingAnEvent {

        @Test
        void mapsTheEnvelope() {
            ObjectNode event = Fixtures.sampleEvent(EventType.ORDER_PLACED);

            Envelope<OrderPlaced> envelope = EventCodec.fromEventJson(Fixtures.text(event), OrderPlaced.class);

            assertThat(envelope.id()).isEqualTo("6f1c8f4a-2b7d-4c1e-9a3f-5d8e0b2c7a14");
            assertThat(envelope.source()).isEqualTo("crm.storefront");
            assertThat(envelope.detailType()).isEqualTo("OrderPlaced");
            assertThat(envelope.account()).isEqualTo("123456789012");
            assertThat(envelope.region()).isEqualTo("eu-west-1");
            assertThat(envelope.time()).isEqualTo(Instant.parse("2025-03-14T09:21:39Z"));
            assertThat(envelope.resources()).isEmpty();
            assertThat(envelope.detail().memberId()).isEqualTo("6210938421389");
        }

        @Test
        void detailViolationsArePathedFromTheEventRoot() {
            ObjectNode event = Fixtures.sampleEvent(EventType.ORDER_PLACED);
            line((ObjectNode) event.get("detail"), 0).put("quantity", 0);

            assertThat(rejectedEvent(event).paths()).containsExactly("$.detail.lines[0].quantity");
        }

        @Test
        void sourceMustBeTheDetailTypesContext() {
            ObjectNode event = Fixtures.sampleEvent(EventType.ORDER_PLACED).put("source", "crm.loyalty");

            InvalidEventException error = rejectedEvent(event);

            assertThat(error.paths()).containsExactly("$.source");
            assertThat(error).hasMessageContaining("OrderPlaced is published by crm.storefront, not by crm.loyalty");
        }

        @Test
        void typedReadRefusesAnotherDetailType() {
            String refund = EventSamples.json(EventType.ORDER_REFUNDED, 1);

            InvalidEventException error = catchThrowableOfType(InvalidEventException.class,
                    () -> EventCodec.fromEventJson(refund, OrderPlaced.class));

            assertThat(error.paths()).containsExactly("$['detail-type']");
            assertThat(error).hasMessageContaining("expected OrderPlaced but was OrderRefunded");
        }

        @Test
        void envelopeFieldsAreChecked() {
            ObjectNode event = Fixtures.sampleEvent(EventType.ORDER_PLACED).put("version", "1").put("detail-type", "OrderShipped");
            event.remove("account");
            ObjectNode unknown = Fixtures.sampleEvent(EventType.ORDER_PLACED).put("detail-type", "OrderShipped");

            assertThat(rejectedEvent(event).paths()).containsExactlyInAnyOrder("$.version", "$.account");
            assertThat(rejectedEvent(unknown)).hasMessageContaining("unknown detail-type OrderShipped");
        }

        @Test
        void fieldsEventBridgeAddsToTheEnvelopeAreAccepted() {
            ObjectNode replayed = Fixtures.sampleEvent(EventType.ORDER_PLACED).put("replay-name", "orders-2025-03-replay");

            assertThat(EventCodec.fromEventJson(Fixtures.text(replayed)).detail()).isInstanceOf(OrderPlaced.class);
        }

        private InvalidEventException rejectedEvent(ObjectNode event) {
            return catchThrowableOfType(InvalidEventException.class, () -> EventCodec.fromEventJson(Fixtures.text(event)));
        }
    }

    @Nested
    class Writing {

        @Test
        void writesTheWireFormat() {
            PointsExpired expired = new PointsExpired("01HWK5R2T8M3X6Q9V4B7N1C0DZ", "01JTB8E4Q1M7W3K6X9R2V5N0YA", "6210938421389",
                    86, Instant.parse("2024-05-01T16:42:19Z"), 86, Instant.parse("2025-05-02T02:00:13.250Z"), "run-1", "run-1");

            assertThat(EventCodec.toDetailJson(expired)).isEqualTo("{\"version\":1,\"lotId\":\"01HWK5R2T8M3X6Q9V4B7N1C0DZ\","
                    + "\"entryId\":\"01JTB8E4Q1M7W3K6X9R2V5N0YA\",\"memberId\":\"6210938421389\",\"points\":86,"
                    + "\"earnedAt\":\"2024-05-01T16:42:19Z\",\"balanceAfter\":86,\"occurredAt\":\"2025-05-02T02:00:13.250Z\","
                    + "\"correlationId\":\"run-1\",\"causationId\":\"run-1\"}");
        }

        @Test
        void writesMoneyAsPlainDecimalStringsEnumsInLowerCaseAndOmitsAbsentFields() {
            OrderPlaced order = anOrder(new OrderLine("1", LineKind.GIFT_CARD, null, null, 1, new BigDecimal("1E+2"), BigDecimal.ZERO));

            ObjectNode json = (ObjectNode) Fixtures.parse(EventCodec.toDetailJson(order));

            assertThat(json.at("/lines/0/unitPrice").textValue()).isEqualTo("100");
            assertThat(json.at("/lines/0/kind").textValue()).isEqualTo("gift_card");
            assertThat(json.at("/lines/0").has("sku")).isFalse();
            assertThat(json.get("channel").textValue()).isEqualTo("app");
            assertThat(json.get("currency").textValue()).isEqualTo("EUR");
        }

        @Test
        void refusesAnInvalidRecordNamingThePaths() {
            OrderPlaced negative = anOrder(new OrderLine("1", LineKind.MERCHANDISE, "SKU-1", "audio", -2, BigDecimal.TEN, BigDecimal.ZERO));
            OrderPlaced noId = new OrderPlaced(null, "m-1", "acme-app", Channel.APP, Currency.getInstance("EUR"),
                    negative.lines(), negative.totals(), List.of(), negative.occurredAt(), "c-1", "c-1");

            assertThat(catchThrowableOfType(InvalidEventException.class, () -> EventCodec.toDetailJson(negative)).paths())
                    .containsExactly("$.lines[0].quantity");
            assertThat(catchThrowableOfType(InvalidEventException.class, () -> EventCodec.toDetailJson(noId)).paths())
                    .containsExactlyInAnyOrder("$.orderId", "$.lines[0].quantity");
        }

        @Test
        void entryCarriesSourceDetailTypeAndDetail() {
            OrderPlaced order = anOrder(new OrderLine("1", LineKind.MERCHANDISE, "SKU-1", "audio", 1, BigDecimal.TEN, BigDecimal.ZERO));

            EventEntry entry = EventCodec.toEntry(order);

            assertThat(entry.source()).isEqualTo("crm.storefront");
            assertThat(entry.detailType()).isEqualTo("OrderPlaced");
            assertThat(EventCodec.fromDetailJson(OrderPlaced.class, entry.detail())).isEqualTo(order);
        }

        @Test
        void eventJsonCarriesTheEnvelope() {
            OrderPlaced order = anOrder(new OrderLine("1", LineKind.MERCHANDISE, "SKU-1", "audio", 1, BigDecimal.TEN, BigDecimal.ZERO));
            Envelope<OrderPlaced> envelope = new Envelope<>("e-1", "123456789012", "eu-west-1",
                    Instant.parse("2025-03-14T09:21:39Z"), List.of(), order);

            ObjectNode event = (ObjectNode) Fixtures.parse(EventCodec.toEventJson(envelope));

            assertThat(event.get("version").textValue()).isEqualTo("0");
            assertThat(event.get("source").textValue()).isEqualTo("crm.storefront");
            assertThat(event.get("detail-type").textValue()).isEqualTo("OrderPlaced");
            assertThat(EventCodec.fromEventJson(Fixtures.text(event), OrderPlaced.class)).isEqualTo(envelope);
        }

        private OrderPlaced anOrder(OrderLine line) {
            return new OrderPlaced("o-1", "m-1", "acme-app", Channel.APP, Currency.getInstance("EUR"), List.of(line),
                    new OrderTotals(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN), List.of(),
                    Instant.parse("2025-03-14T09:21:37Z"), "c-1", "c-1");
        }
    }

    /** The codec is shared by all threads of a process; decoding from several at once gives the same records. */
    @Test
    void decodesConcurrently() throws Exception {
        List<String> samples = Arrays.stream(EventType.values()).map(t -> EventSamples.json(t, 1)).toList();
        List<EventDetail> expected = samples.stream().map(s -> EventCodec.fromEventJson(s).detail()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EventDetail>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> samples.stream().map(s -> EventCodec.fromEventJson(s).detail()).toList()));
            }
            for (Future<List<EventDetail>> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ObjectNode order() {
        return Fixtures.sampleDetail(EventType.ORDER_PLACED);
    }

    private static ObjectNode line(ObjectNode order, int index) {
        return (ObjectNode) order.get("lines").get(index);
    }

    private static InvalidEventException rejected(String detailType, ObjectNode detail) {
        return catchThrowableOfType(InvalidEventException.class, () -> EventCodec.fromDetailJson(detailType, Fixtures.text(detail)));
    }
}
