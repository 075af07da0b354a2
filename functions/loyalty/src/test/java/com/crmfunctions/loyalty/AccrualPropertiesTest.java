package com.crmfunctions.loyalty;

import static com.crmfunctions.loyalty.Fixtures.EUR;
import static com.crmfunctions.loyalty.Fixtures.GBP;
import static com.crmfunctions.loyalty.Fixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random member histories (orders in two currencies with boosted categories and ineligible lines, refunds in
 * pieces, in full, beyond the order, by line or by amount), delivered in any order with duplicates, through a
 * harness that does what the adapter will: drop an entry id seen before, park a refund whose order has not
 * been applied and apply it right after its order.
 */
class AccrualPropertiesTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Map<String, String> PROGRAMME = Map.of(
            "currency.rates", "EUR:0.85", "points.categoryMultipliers", "books:2,music:1.5");
    private static final ProgrammeConfig TIERED = ProgrammeConfig.load(PROGRAMME);
    private static final ProgrammeConfig FLAT = ProgrammeConfig.load(with(PROGRAMME,
            "tier.silver.multiplier", "1", "tier.gold.multiplier", "1", "tier.vip.multiplier", "1"));

    @Property(tries = 200)
    void theBooksAgreeWithAStraightforwardComputationFromTheInputs(@ForAll("histories") History history) {
        Books books = Books.replay(TIERED, history.arrivals());
        Reference expected = new Reference(books.appliedInOrder(), List.of("1.0", "1.25", "1.5", "2.0"));

        assertThat(books.parked).isEmpty();
        assertThat(books.member.balance()).isEqualTo(books.ledgerSum()).isEqualTo(expected.balance());
        coverage("a refund arrived before its order", books.parkings > 0, 30);
        coverage("a delivery was a duplicate", books.duplicates > 0, 30);
        coverage("the member was upgraded", !expected.tier().equals("member"), 5);
        coverage("an order was refunded in full", books.netPointsByOrder().keySet().stream()
                .anyMatch(expected::fullyRefunded), 20);
        assertThat(books.member.tierId()).isEqualTo(expected.tier());
        assertStatistics(books.member.statistics(), expected);
        books.netPointsByOrder().forEach((orderId, net) -> {
            assertThat(net).as("points kept from %s", orderId).isBetween(0L, expected.earned(orderId));
            if (expected.fullyRefunded(orderId)) {
                assertThat(net).as("points kept from fully refunded %s", orderId).isZero();
            }
        });
    }

    @Property(tries = 200)
    void theOrderOfArrivalDoesNotChangeTheBooks(@ForAll("histories") History history) {
        Books one = Books.replay(FLAT, history.arrivals());
        Books other = Books.replay(FLAT, history.otherArrivals());

        assertThat(one.member.balance()).isEqualTo(other.member.balance())
                .isEqualTo(new Reference(one.appliedInOrder(), List.of("1", "1", "1", "1")).balance());
        assertThat(one.member.statistics()).isEqualTo(other.member.statistics());
        assertThat(one.netPointsByOrder()).isEqualTo(other.netPointsByOrder());
        assertThat(one.ledger.keySet()).isEqualTo(other.ledger.keySet());
    }

    /** Labels the try and checks, over all tries, that at least {@code minimumPercent} of them were so. */
    private static void coverage(String label, boolean value, double minimumPercent) {
        Statistics.label(label).collect(value);
        Statistics.label(label).coverage(checker -> checker.check(true).percentage(p -> p >= minimumPercent));
    }

    private static void assertStatistics(MemberStatistics actual, Reference expected) {
        List<Order> orders = expected.orders();
        assertThat(actual.orderCount()).isEqualTo(orders.size());
        assertThat(actual.firstOrderAt()).isEqualTo(orders.stream().map(Order::placedAt).min(Instant::compareTo).orElseThrow());
        assertThat(actual.lastOrderAt()).isEqualTo(orders.stream().map(Order::placedAt).max(Instant::compareTo).orElseThrow());
        Set<LocalDate> days = orders.stream().map(o -> LocalDate.ofInstant(o.placedAt(), ZONE)).collect(Collectors.toSet());
        assertThat(actual.distinctOrderDays()).isEqualTo(days.size());
        assertThat(days).allMatch(day -> actual.orderDays().contains(day));
        assertThat(actual.netSpend()).isEqualTo(expected.netSpend());
        assertThat(actual.monthlySpend()).isEqualTo(expected.monthlySpend());
        assertThat(actual.categorySpend()).isEqualTo(expected.categorySpend());
    }

    // ---- the adapter's part, played by the test --------------------------------------------------------

    /** Delivers events as the adapter will: idempotent by entry id, parking refunds that come before their order. */
    static final class Books {
        private final Accrual accrual;
        private MemberState member;
        private final Map<String, LedgerEntry> ledger = new LinkedHashMap<>();
        private final Map<String, OrderAccount> accounts = new HashMap<>();
        private final Map<String, Refund> parked = new LinkedHashMap<>();
        private final List<Object> applied = new ArrayList<>();
        private int parkings;
        private int duplicates;

        private Books(ProgrammeConfig config) {
            this.accrual = new Accrual(config);
            this.member = MemberState.newMember(MEMBER, config);
        }

        static Books replay(ProgrammeConfig config, List<Object> arrivals) {
            Books books = new Books(config);
            arrivals.forEach(event -> {
                if (event instanceof Order) {
                    books.deliver((Order) event);
                } else {
                    books.deliver((Refund) event);
                }
            });
            return books;
        }

        void deliver(Order order) {
            if (ledger.containsKey(order.entryId())) {
                duplicates++;
                return;
            }
            record(accrual.onOrder(member, order), order);
            List<Refund> waiting = parked.values().stream().filter(r -> r.orderId().equals(order.orderId()))
                    .collect(Collectors.toList());
            waiting.forEach(refund -> {
                parked.remove(refund.refundId());
                deliver(refund);
            });
        }

        void deliver(Refund refund) {
            if (ledger.containsKey(refund.entryId()) || parked.containsKey(refund.refundId())) {
                duplicates++;
                return;
            }
            AccrualOutcome outcome = accrual.onRefund(member, Optional.ofNullable(accounts.get(refund.orderId())), refund);
            if (outcome instanceof AccrualOutcome.RefundWithoutOrder) {
                parked.put(refund.refundId(), refund);
                parkings++;
            } else {
                record(outcome, refund);
            }
        }

        private void record(AccrualOutcome outcome, Object event) {
            AccrualOutcome.Applied done = Fixtures.applied(outcome);
            ledger.put(done.entryId(), done.entry());
            member = done.member();
            accounts.put(done.order().orderId(), done.order());
            applied.add(event);
        }

        List<Object> appliedInOrder() {
            return Collections.unmodifiableList(applied);
        }

        long ledgerSum() {
            return ledger.values().stream().mapToLong(LedgerEntry::points).sum();
        }

        Map<String, Long> netPointsByOrder() {
            Map<String, Long> net = new TreeMap<>();
            ledger.values().forEach(entry -> net.merge(entry.basis() instanceof LedgerEntry.Earned
                    ? ((LedgerEntry.Earned) entry.basis()).orderId() : ((LedgerEntry.Reversed) entry.basis()).orderId(),
                    entry.points(), Long::sum));
            return net;
        }
    }

    // ---- the same rules, computed plainly from the whole history -----------------------------------------

    /**
     * The expected books, recomputed from the full list of applied events (no running state, no pruning):
     * the default ladder, the rates and category multipliers of {@link #PROGRAMME}, written out again here.
     */
    static final class Reference {
        private static final List<BigDecimal> THRESHOLDS = List.of(
                BigDecimal.ZERO, new BigDecimal("500"), new BigDecimal("2000"), new BigDecimal("5000"));
        private static final List<String> TIERS = List.of("member", "silver", "gold", "vip");
        private static final Map<String, BigDecimal> CATEGORY = Map.of("books", new BigDecimal("2"), "music", new BigDecimal("1.5"));

        private final Map<String, Order> orders = new LinkedHashMap<>();
        private final Map<String, List<Refund>> refunds = new HashMap<>();
        private final Map<String, Long> earned = new HashMap<>();
        private int tier;

        Reference(List<Object> applied, List<String> tierMultipliers) {
            for (Object event : applied) {
                if (event instanceof Order) {
                    Order order = (Order) event;
                    BigDecimal exact = weighted(order).multiply(rate(order)).multiply(new BigDecimal(tierMultipliers.get(tier)));
                    earned.put(order.orderId(), exact.setScale(0, RoundingMode.DOWN).longValueExact());
                    orders.put(order.orderId(), order);
                    BigDecimal rolling = rollingSpend();
                    while (tier + 1 < TIERS.size() && rolling.compareTo(THRESHOLDS.get(tier + 1)) >= 0) {
                        tier++;
                    }
                } else {
                    Refund refund = (Refund) event;
                    refunds.computeIfAbsent(refund.orderId(), id -> new ArrayList<>()).add(refund);
                }
            }
        }

        List<Order> orders() {
            return List.copyOf(orders.values());
        }

        String tier() {
            return TIERS.get(tier);
        }

        long earned(String orderId) {
            return earned.get(orderId);
        }

        boolean fullyRefunded(String orderId) {
            Order order = orders.get(orderId);
            return refundedAmount(order).compareTo(eligible(order)) >= 0;
        }

        long balance() {
            return orders.keySet().stream().mapToLong(id -> earned(id) - reversedPoints(orders.get(id))).sum();
        }

        Money netSpend() {
            return gbp(orders.values().stream().map(o -> qualifying(o).subtract(reversedSpend(o)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        Map<YearMonth, Money> monthlySpend() {
            YearMonth latest = orders.values().stream().map(Reference::month).max(YearMonth::compareTo).orElseThrow();
            Map<YearMonth, BigDecimal> months = new TreeMap<>();
            orders.values().stream().filter(o -> !month(o).isBefore(latest.minusMonths(12)))
                    .forEach(o -> months.merge(month(o), qualifying(o).subtract(reversedSpend(o)), BigDecimal::add));
            return nonZero(months);
        }

        Map<String, Money> categorySpend() {
            Map<String, BigDecimal> categories = new TreeMap<>();
            for (Order order : orders.values()) {
                Map<String, BigDecimal> ofOrder = new HashMap<>();
                merchandise(order).forEach(line -> ofOrder.merge(
                        line.category() == null ? MemberStatistics.UNCATEGORISED : line.category(), line.net(), BigDecimal::add));
                ofOrder.forEach((category, net) -> categories.merge(category,
                        net.multiply(rate(order)).setScale(2, RoundingMode.HALF_UP), BigDecimal::add));
            }
            return nonZero(categories);
        }

        private BigDecimal rollingSpend() {
            YearMonth latest = orders.values().stream().map(Reference::month).max(YearMonth::compareTo).orElseThrow();
            return orders.values().stream()
                    .filter(o -> !month(o).isBefore(latest.minusMonths(11)))
                    .map(o -> qualifying(o).subtract(reversedSpend(o)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private long reversedPoints(Order order) {
            BigDecimal weighted = weighted(order);
            if (weighted.signum() == 0) {
                return 0;
            }
            BigDecimal refunded = fullyRefunded(order.orderId()) ? weighted : refundedWeighted(order).min(weighted);
            long points = earned(order.orderId());
            long kept = BigDecimal.valueOf(points).multiply(weighted.subtract(refunded))
                    .divide(weighted, 0, RoundingMode.DOWN).longValueExact();
            return points - kept;
        }

        private BigDecimal reversedSpend(Order order) {
            BigDecimal eligible = eligible(order);
            return eligible.signum() == 0 ? BigDecimal.ZERO
                    : qualifying(order).multiply(refundedAmount(order).min(eligible)).divide(eligible, 2, RoundingMode.HALF_UP);
        }

        private BigDecimal refundedAmount(Order order) {
            return refundedLines(order).stream().map(Refund.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private BigDecimal refundedWeighted(Order order) {
            BigDecimal average = eligible(order).signum() == 0 ? BigDecimal.ONE
                    : weighted(order).divide(eligible(order), MathContext.DECIMAL128);
            return refundedLines(order).stream().map(line -> line.amount().multiply(merchandise(order).stream()
                            .filter(l -> l.sku().equals(line.sku())).findFirst()
                            .map(l -> multiplier(l.category())).orElse(average)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private List<Refund.Line> refundedLines(Order order) {
            return refunds.getOrDefault(order.orderId(), List.of()).stream().flatMap(r -> r.lines().stream())
                    .filter(line -> line.kind() == LineKind.MERCHANDISE).collect(Collectors.toList());
        }

        private static List<Order.Line> merchandise(Order order) {
            return order.lines().stream().filter(line -> line.kind() == LineKind.MERCHANDISE).collect(Collectors.toList());
        }

        private static BigDecimal eligible(Order order) {
            return merchandise(order).stream().map(Order.Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private static BigDecimal weighted(Order order) {
            return merchandise(order).stream().map(line -> line.net().multiply(multiplier(line.category())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private static BigDecimal multiplier(String category) {
            return category == null ? BigDecimal.ONE : CATEGORY.getOrDefault(category, BigDecimal.ONE);
        }

        private static BigDecimal rate(Order order) {
            return order.currency().equals(GBP) ? BigDecimal.ONE : new BigDecimal("0.85");
        }

        private static BigDecimal qualifying(Order order) {
            return eligible(order).multiply(rate(order)).setScale(2, RoundingMode.HALF_UP);
        }

        private static YearMonth month(Order order) {
            return YearMonth.from(LocalDate.ofInstant(order.placedAt(), ZONE));
        }

        private static <K> Map<K, Money> nonZero(Map<K, BigDecimal> amounts) {
            Map<K, Money> money = new TreeMap<>();
            amounts.forEach((key, amount) -> {
                if (amount.signum() != 0) {
                    money.put(key, gbp(amount));
                }
            });
            return money;
        }

        private static Money gbp(BigDecimal amount) {
            return Money.of(amount, GBP);
        }
    }

    // ---- generated histories --------------------------------------------------------------------------

    /** The same deliveries (every event at least once, some twice) in two independent random orders. */
    record History(List<Object> arrivals, List<Object> otherArrivals) {}

    record LinePlan(LineKind kind, String category, int quantity, int unitCents, int discountPercent) {}

    enum RefundMode { PARTIAL, FULL_IN_PIECES, BEYOND_THE_ORDER }

    record RefundPlan(int pieces, RefundMode mode, boolean byAmount, List<Integer> cuts) {}

    record OrderPlan(int day, int minute, Currency currency, Channel channel, List<LinePlan> lines, RefundPlan refunds) {}

    @Provide
    Arbitrary<History> histories() {
        Arbitrary<LinePlan> lines = Combinators.combine(
                Arbitraries.frequency(Tuple.of(6, LineKind.MERCHANDISE), Tuple.of(1, LineKind.SHIPPING),
                        Tuple.of(1, LineKind.TAX), Tuple.of(1, LineKind.GIFT_CARD)),
                Arbitraries.of("books", "music", "toys").injectNull(0.25),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 40_000),
                Arbitraries.integers().between(0, 60)).as(LinePlan::new);
        Arbitrary<RefundPlan> refunds = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(RefundMode.class),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 99).list().ofSize(3)).as(RefundPlan::new);
        Arbitrary<OrderPlan> orders = Combinators.combine(
                Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(0, 24 * 60 - 1),
                Arbitraries.of(GBP, EUR),
                Arbitraries.of(Channel.class),
                lines.list().ofMinSize(1).ofMaxSize(4),
                refunds).as(OrderPlan::new);
        return orders.list().ofMinSize(1).ofMaxSize(6).map(AccrualPropertiesTest::events)
                .flatMap(events -> Arbitraries.of(events).list().ofMaxSize(3).flatMap(duplicates -> {
                    List<Object> deliveries = new ArrayList<>(events);
                    deliveries.addAll(duplicates);
                    return Combinators.combine(Arbitraries.shuffle(deliveries), Arbitraries.shuffle(deliveries))
                            .as(History::new);
                }));
    }

    private static List<Object> events(List<OrderPlan> plans) {
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Order order = order("o-" + i, plans.get(i));
            events.add(order);
            events.addAll(refunds(order, plans.get(i).refunds()));
        }
        return events;
    }

    private static Order order(String orderId, OrderPlan plan) {
        List<Order.Line> lines = new ArrayList<>();
        for (int j = 0; j < plan.lines().size(); j++) {
            LinePlan line = plan.lines().get(j);
            long gross = (long) line.unitCents() * line.quantity();
            lines.add(new Order.Line(orderId + "-sku-" + j, line.category(), line.kind(), line.quantity(),
                    BigDecimal.valueOf(line.unitCents(), 2), BigDecimal.valueOf(gross * line.discountPercent() / 100, 2)));
        }
        Instant placedAt = START.plus(Duration.ofDays(plan.day())).plus(Duration.ofMinutes(plan.minute()));
        return new Order(orderId, MEMBER, plan.channel(), placedAt, plan.currency(), lines);
    }

    /** The plan's refunds: each line's net split into pieces (all of it, some of it, or a bit more than all). */
    private static List<Refund> refunds(Order order, RefundPlan plan) {
        int pieces = plan.pieces();
        List<Refund> refunds = new ArrayList<>();
        long[][] cents = new long[pieces][order.lines().size()];
        for (int j = 0; j < order.lines().size(); j++) {
            long net = order.lines().get(j).net().movePointRight(2).longValueExact();
            List<Integer> cuts = new ArrayList<>(plan.cuts().subList(0, Math.max(0, pieces - 1)));
            Collections.sort(cuts);
            long previous = 0;
            for (int k = 0; k < pieces; k++) {
                if (plan.mode() == RefundMode.PARTIAL) {
                    cents[k][j] = net * plan.cuts().get(k) / 100 / pieces;
                } else {
                    long boundary = k == pieces - 1 ? net : net * cuts.get(k) / 100;
                    cents[k][j] = boundary - previous;
                    previous = boundary;
                }
            }
            if (pieces > 0 && plan.mode() == RefundMode.BEYOND_THE_ORDER) {
                cents[pieces - 1][j] += net / 10 + 1;
            }
        }
        for (int k = 0; k < pieces; k++) {
            List<Refund.Line> lines = new ArrayList<>();
            long byAmount = 0;
            for (int j = 0; j < order.lines().size(); j++) {
                Order.Line line = order.lines().get(j);
                if (plan.byAmount() && line.kind() == LineKind.MERCHANDISE) {
                    byAmount += cents[k][j];
                } else if (cents[k][j] > 0) {
                    lines.add(new Refund.Line(line.sku(), line.kind(), BigDecimal.valueOf(cents[k][j], 2)));
                }
            }
            if (byAmount > 0 || lines.isEmpty()) {
                lines.add(new Refund.Line(null, LineKind.MERCHANDISE, BigDecimal.valueOf(byAmount, 2)));
            }
            refunds.add(new Refund(order.orderId() + "-r-" + k, order.orderId(), MEMBER,
                    order.placedAt().plus(Duration.ofDays(k + 1L)), order.currency(), lines));
        }
        return refunds;
    }

    private static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> merged = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            merged.put(keyValues[i], keyValues[i + 1]);
        }
        return merged;
    }
}
