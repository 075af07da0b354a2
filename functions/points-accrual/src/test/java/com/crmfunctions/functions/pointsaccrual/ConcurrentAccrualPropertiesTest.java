package com.crmfunctions.functions.pointsaccrual;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;

import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.dynamodb.LedgerLine;
import com.crmfunctions.events.Channel;
import com.crmfunctions.events.EventDetail;
import com.crmfunctions.events.storefront.LineKind;
import com.crmfunctions.events.storefront.OrderLine;
import com.crmfunctions.events.storefront.OrderPlaced;
import com.crmfunctions.events.storefront.OrderRefunded;
import com.crmfunctions.events.storefront.OrderTotals;
import com.crmfunctions.events.storefront.RefundedLine;
import com.crmfunctions.loyalty.MemberState;
import com.crmfunctions.loyalty.MemberStatistics;
import com.crmfunctions.loyalty.Money;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Random histories of orders and partial refunds for a few members, every event delivered one to three times (the
 * same SQS message again, or the same fact put on the bus again), shuffled, and applied by 4 concurrent workers
 * against one DynamoDB Local, in process (no network, and fast enough for 20 tries): its conditions and
 * transactions decide every race for real. A worker that loses every race gives its message back, as SQS would
 * redeliver it.
 *
 * <p>Whatever the interleaving, each member's balance equals the sum of their ledger (read page by page) and a plain
 * computation from the inputs, and so do their statistics. Every tier multiplier is 1 (the loyalty README's caveat:
 * with multipliers, which order earns at which tier depends on arrival order).
 */
class ConcurrentAccrualPropertiesTest {

    private static final int WORKERS = 4;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");
    private static final ProgrammeConfig FLAT = ProgrammeConfig.load(Map.of(
            "tier.silver.multiplier", "1", "tier.gold.multiplier", "1", "tier.vip.multiplier", "1"));

    private static AmazonDynamoDBLocal dynamoDbLocal;
    private static DynamoDbClient dynamoDb;
    private static LoyaltyStore store;
    private static ExecutorService workers;

    @BeforeContainer
    static void startDynamoDbLocal() {
        dynamoDbLocal = DynamoDBEmbedded.create(true); // telemetry off: nothing sent, no metadata file in the working tree
        dynamoDb = dynamoDbLocal.dynamoDbClient();
        store = new LoyaltyStore(dynamoDb, FLAT).provisioned();
        workers = Executors.newFixedThreadPool(WORKERS);
    }

    @AfterContainer
    static void stopDynamoDbLocal() {
        workers.shutdownNow();
        dynamoDb.close();
        dynamoDbLocal.shutdown();
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    void concurrentDuplicatedShuffledDeliveriesKeepEveryBookExact(@ForAll("histories") List<List<PlannedOrder>> members,
                                                                   @ForAll Random random) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<History> histories = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            histories.add(new History("m-" + run + "-" + m, members.get(m)));
        }
        RecordingEventBridge bus = new RecordingEventBridge();
        AtomicInteger lostRaces = new AtomicInteger();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        // Shorter waits than in production: the property is about who wins each race, not about the backoff schedule,
        // and short waits make races (and messages given back after 10 lost ones) more frequent.
        ConflictRetry retry = new ConflictRetry(ConflictRetry.DEFAULT.maxAttempts(), Duration.ofMillis(2), Duration.ofMillis(20),
                pause -> {
                    lostRaces.incrementAndGet();
                    Thread.sleep(pause.toMillis());
                });
        PointsAccrualService service = store.service(bus, retry, new JsonLog(new PrintStream(logged, true, StandardCharsets.UTF_8)));

        deliverConcurrently(service, deliveries(histories, random));
        coverage("a worker lost a race and retried", lostRaces.get() > 0, 20);
        coverage("a refund arrived before its order", logged.toString(StandardCharsets.UTF_8).contains("refund parked"), 20);

        for (History history : histories) {
            MemberState member = store.member(history.memberId);
            List<LedgerLine> ledger = store.entries(history.memberId, 3);
            assertThat(ledger).extracting(LedgerLine::entryId).containsExactlyInAnyOrderElementsOf(history.entryIds());
            assertThat(member.balance()).as("balance of %s", history.memberId)
                    .isEqualTo(ledger.stream().mapToLong(LedgerLine::points).sum())
                    .isEqualTo(history.expectedBalance());
            assertStatistics(member.statistics(), history);
            for (OrderRefunded refund : history.refunds()) {
                assertThat(store.refundRecord(refund.orderId(), refund.refundId()))
                        .hasValueSatisfying(record -> assertThat(record.get("status").s()).isEqualTo("applied"));
            }
        }
        assertEveryEntryAnnouncedByOneEvent(bus, histories);
    }

    /** Labels the try and checks, over all tries, that at least {@code minimumPercent} of them were so. */
    private static void coverage(String label, boolean value, double minimumPercent) {
        Statistics.label(label).collect(value);
        Statistics.label(label).coverage(checker -> checker.check(true).percentage(p -> p >= minimumPercent));
    }

    // ---- delivery ----------------------------------------------------------------------------------------

    /** Every event once to three times, as the same message again or as a new one, shuffled. */
    private static List<String> deliveries(List<History> histories, Random random) {
        List<String> deliveries = new ArrayList<>();
        for (History history : histories) {
            for (EventDetail event : history.events()) {
                String eventId = UUID.randomUUID().toString();
                int copies = 1 + random.nextInt(3);
                for (int copy = 0; copy < copies; copy++) {
                    String id = random.nextBoolean() ? eventId : UUID.randomUUID().toString();
                    deliveries.add(Storefront.eventJson(event, id, event.occurredAt().plusSeconds(1)));
                }
            }
        }
        Collections.shuffle(deliveries, random);
        return deliveries;
    }

    private static void deliverConcurrently(PointsAccrualService service, List<String> deliveries) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(deliveries);
        AtomicInteger outstanding = new AtomicInteger(deliveries.size());
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            running.add(workers.submit(() -> {
                while (outstanding.get() > 0 && failures.isEmpty()) {
                    String body = queue.poll();
                    if (body == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    try {
                        service.handle(body);
                        outstanding.decrementAndGet();
                    } catch (ConcurrentUpdateException lostEveryRace) {
                        queue.add(body); // not acknowledged: SQS delivers it again
                    } catch (RuntimeException | Error e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Future<?> worker : running) {
            worker.get(120, TimeUnit.SECONDS);
        }
        assertThat(failures).isEmpty();
    }

    // ---- expectations, computed plainly from the inputs --------------------------------------------------

    private static void assertStatistics(MemberStatistics actual, History history) {
        List<OrderPlaced> orders = history.orders();
        assertThat(actual.orderCount()).isEqualTo(orders.size());
        assertThat(actual.firstOrderAt()).isEqualTo(orders.stream().map(OrderPlaced::occurredAt).min(Instant::compareTo).orElseThrow());
        assertThat(actual.lastOrderAt()).isEqualTo(orders.stream().map(OrderPlaced::occurredAt).max(Instant::compareTo).orElseThrow());
        assertThat(actual.distinctOrderDays()).isEqualTo(
                (int) orders.stream().map(o -> LocalDate.ofInstant(o.occurredAt(), ZONE)).distinct().count());
        assertThat(actual.netSpend().amount()).isEqualByComparingTo(history.plans.stream()
                .map(p -> p.eligible().subtract(p.refunded())).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(pence(actual.categorySpend(), Money::amount)).isEqualTo(pence(history.categorySpend(), amount -> amount));
        assertThat(pence(actual.monthlySpend(), Money::amount)).isEqualTo(pence(history.monthlySpend(), amount -> amount));
    }

    /** Amounts as exact strings with two decimals, so that {@code 25} and {@code 25.00} compare equal. */
    private static <K, V> Map<K, String> pence(Map<K, V> amounts, Function<V, BigDecimal> amount) {
        Map<K, String> pence = new TreeMap<>();
        amounts.forEach((key, value) -> pence.put(key, amount.apply(value).setScale(2, RoundingMode.UNNECESSARY).toPlainString()));
        return pence;
    }

    /** At least one event per entry; when concurrent deliveries both published it, the same event. */
    private static void assertEveryEntryAnnouncedByOneEvent(RecordingEventBridge bus, List<History> histories) {
        for (History history : histories) {
            for (OrderPlaced order : history.orders()) {
                assertThat(bus.details("PointsAccrued").stream().filter(d -> d.contains("\"orderId\":\"" + order.orderId() + "\"")).distinct())
                        .as("PointsAccrued of %s", order.orderId()).hasSize(1);
            }
            for (OrderRefunded refund : history.refunds()) {
                assertThat(bus.details("PointsReversed").stream().filter(d -> d.contains("\"refundId\":\"" + refund.refundId() + "\"")).distinct())
                        .as("PointsReversed of %s", refund.refundId()).hasSize(1);
            }
        }
    }

    // ---- generated histories -----------------------------------------------------------------------------

    @Provide
    Arbitrary<List<List<PlannedOrder>>> histories() {
        Arbitrary<PlannedLine> line = Combinators.combine(Arbitraries.of("books", "music", "toys"), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(100, 20_000), Arbitraries.integers().between(0, 100))
                .as((category, quantity, pence, discountPercent) -> new PlannedLine(category, quantity, pounds(pence),
                        pounds(pence).multiply(BigDecimal.valueOf(quantity)).multiply(BigDecimal.valueOf(discountPercent))
                                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)));
        Arbitrary<PlannedRefund> refund = Combinators.combine(Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 100), Arbitraries.integers().between(1, 60))
                .as(PlannedRefund::new);
        Arbitrary<PlannedOrder> order = Combinators.combine(line.list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 420),
                        Arbitraries.integers().between(0, 86_399), Arbitraries.of(Channel.values()), Arbitraries.of(true, false),
                        refund.list().ofMaxSize(2))
                .as(PlannedOrder::new);
        return order.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
    }

    private static BigDecimal pounds(int pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    record PlannedLine(String category, int quantity, BigDecimal unitPrice, BigDecimal discount) {
        BigDecimal net() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
        }
    }

    /** A refund of {@code percent} % of one merchandise line's net, {@code afterDays} after its order. */
    record PlannedRefund(int line, int percent, int afterDays) {}

    record PlannedOrder(List<PlannedLine> lines, int day, int second, Channel channel, boolean withShipping,
                        List<PlannedRefund> refunds) {

        Instant placedAt() {
            return START.plusSeconds(day * 86_400L + second);
        }

        BigDecimal eligible() {
            return lines.stream().map(PlannedLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal refundAmount(PlannedRefund refund) {
            PlannedLine refunded = lines.get(Math.min(refund.line(), lines.size() - 1));
            return refunded.net().multiply(BigDecimal.valueOf(refund.percent())).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        }

        /** Merchandise refunded, at most all of it. */
        BigDecimal refunded() {
            return refunds.stream().map(this::refundAmount).reduce(BigDecimal.ZERO, BigDecimal::add).min(eligible());
        }

        /** 1 point per pound of merchandise, rounded down; refunds leave the unrefunded share of it, rounded down. */
        long pointsKept() {
            BigDecimal eligible = eligible();
            long earned = eligible.setScale(0, RoundingMode.DOWN).longValueExact();
            if (eligible.signum() == 0) {
                return earned;
            }
            return BigDecimal.valueOf(earned).multiply(eligible.subtract(refunded())).divide(eligible, 0, RoundingMode.DOWN).longValueExact();
        }
    }

    /** One member's planned orders and refunds, as storefront events. */
    static final class History {
        final String memberId;
        final List<PlannedOrder> plans;

        History(String memberId, List<PlannedOrder> plans) {
            this.memberId = memberId;
            this.plans = plans;
        }

        String orderId(int order) {
            return "o-" + memberId + "-" + order;
        }

        List<OrderPlaced> orders() {
            List<OrderPlaced> orders = new ArrayList<>();
            for (int o = 0; o < plans.size(); o++) {
                PlannedOrder plan = plans.get(o);
                List<OrderLine> lines = new ArrayList<>();
                for (int l = 0; l < plan.lines().size(); l++) {
                    PlannedLine line = plan.lines().get(l);
                    lines.add(new OrderLine("line-" + l, LineKind.MERCHANDISE, "SKU-" + l, line.category(), line.quantity(),
                            line.unitPrice(), line.discount()));
                }
                if (plan.withShipping()) {
                    lines.add(new OrderLine("ship", LineKind.SHIPPING, null, null, 1, new BigDecimal("4.99"), BigDecimal.ZERO));
                }
                BigDecimal gross = lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal discount = lines.stream().map(OrderLine::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
                orders.add(new OrderPlaced(orderId(o), memberId, "acme-web", plan.channel(), Storefront.GBP, lines,
                        new OrderTotals(gross, discount, gross.subtract(discount)), List.of(), plan.placedAt(), "corr-" + orderId(o),
                        "hook-" + orderId(o)));
            }
            return orders;
        }

        List<OrderRefunded> refunds() {
            List<OrderRefunded> refunds = new ArrayList<>();
            for (int o = 0; o < plans.size(); o++) {
                PlannedOrder plan = plans.get(o);
                for (int r = 0; r < plan.refunds().size(); r++) {
                    PlannedRefund refund = plan.refunds().get(r);
                    BigDecimal amount = plan.refundAmount(refund);
                    String lineId = "line-" + Math.min(refund.line(), plan.lines().size() - 1);
                    refunds.add(new OrderRefunded("r-" + orderId(o) + "-" + r, orderId(o), memberId, "acme-web", Storefront.GBP,
                            List.of(new RefundedLine(lineId, LineKind.MERCHANDISE, 0, amount)), amount,
                            plan.placedAt().plusSeconds(refund.afterDays() * 86_400L), "corr-r-" + o + "-" + r, "hook-r-" + o + "-" + r));
                }
            }
            return refunds;
        }

        List<EventDetail> events() {
            List<EventDetail> events = new ArrayList<>(orders());
            events.addAll(refunds());
            return events;
        }

        Set<String> entryIds() {
            Set<String> ids = orders().stream().map(o -> "order#" + o.orderId()).collect(Collectors.toSet());
            refunds().forEach(r -> ids.add("refund#" + r.refundId()));
            return ids;
        }

        long expectedBalance() {
            return plans.stream().mapToLong(PlannedOrder::pointsKept).sum();
        }

        /** Gross merchandise spend per category (refunds do not reduce it). */
        Map<String, BigDecimal> categorySpend() {
            Map<String, BigDecimal> spend = new TreeMap<>();
            plans.forEach(plan -> plan.lines().forEach(line -> spend.merge(line.category(), line.net(), BigDecimal::add)));
            spend.values().removeIf(amount -> amount.signum() == 0);
            return spend;
        }

        /** Net spend per month of the order, for the 12 months ending with the latest order's month and the one before. */
        Map<YearMonth, BigDecimal> monthlySpend() {
            YearMonth latest = plans.stream().map(p -> YearMonth.from(LocalDate.ofInstant(p.placedAt(), ZONE)))
                    .max(YearMonth::compareTo).orElseThrow();
            Map<YearMonth, BigDecimal> spend = new TreeMap<>();
            for (PlannedOrder plan : plans) {
                YearMonth month = YearMonth.from(LocalDate.ofInstant(plan.placedAt(), ZONE));
                if (!month.isBefore(latest.minusMonths(FLAT.tiers().windowMonths()))) {
                    spend.merge(month, plan.eligible().subtract(plan.refunded()), BigDecimal::add);
                }
            }
            spend.values().removeIf(amount -> amount.signum() == 0);
            return spend;
        }
    }
}
