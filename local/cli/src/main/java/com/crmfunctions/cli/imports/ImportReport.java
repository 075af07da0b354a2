package com.crmfunctions.cli.imports;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** What an import did, and its summary as printed. */
public final class ImportReport {

    private final Path file;
    private final OrderFormat format;
    private final ZoneId zone;
    private final ImportPlan plan;
    private final ImportTally tally;
    private final URI target;
    private final boolean embedded;
    private final int concurrency;
    private final Duration planning;
    private final Optional<Duration> cloudStart;
    private final Duration sending;
    private final Optional<Duration> draining;
    private final Optional<Boolean> drained;
    private final Map<String, Long> busEvents;
    private final Optional<InvariantCheck.Result> invariant;
    private final Optional<Duration> checking;
    private final Optional<Path> consoleLog;

    private ImportReport(Builder builder) {
        this.file = builder.file;
        this.format = builder.format;
        this.zone = builder.zone;
        this.plan = builder.plan;
        this.tally = Objects.requireNonNull(builder.tally, "tally");
        this.target = Objects.requireNonNull(builder.target, "target");
        this.embedded = builder.embedded;
        this.concurrency = builder.concurrency;
        this.planning = builder.planning;
        this.cloudStart = Optional.ofNullable(builder.cloudStart);
        this.sending = Objects.requireNonNull(builder.sending, "sending");
        this.draining = Optional.ofNullable(builder.draining);
        this.drained = Optional.ofNullable(builder.drained);
        this.busEvents = Collections.unmodifiableMap(new TreeMap<>(builder.busEvents));
        this.invariant = Optional.ofNullable(builder.invariant);
        this.checking = Optional.ofNullable(builder.checking);
        this.consoleLog = Optional.ofNullable(builder.consoleLog);
    }

    ImportPlan plan() { return plan; }

    ImportTally tally() { return tally; }

    Map<String, Long> busEvents() { return busEvents; }

    Optional<Boolean> drained() { return drained; }

    Optional<InvariantCheck.Result> invariant() { return invariant; }

    /** 0 when everything sent was answered, the cloud drained and the books balance; 1 otherwise. */
    public int exitCode() {
        boolean balanced = invariant.map(r -> r.violations() == 0).orElse(true);
        return drained.orElse(true) && balanced ? 0 : 1;
    }

    /** Orders accepted per second of sending and draining: the import's end-to-end throughput. */
    double ordersPerSecond() {
        return tally.ordersAccepted() / seconds(sending.plus(draining.orElse(Duration.ZERO)));
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Import of %s (%s, local times in %s)%n", file, format.cliName(), zone));
        text.append(row("rows", String.format(Locale.ROOT, "%,d read, %,d skipped", plan.rows(), plan.skippedTotal())));
        plan.skipped().forEach((reason, count) -> text.append(String.format(Locale.ROOT, "      %,9d  %s%n", count, reason.description())));
        text.append(row("customers", String.format(Locale.ROOT, "%,d", plan.customers())));
        text.append(row("orders", String.format(Locale.ROOT, "%,d to send · %,d sent · %,d accepted", plan.orders(), tally.ordersSent(), tally.ordersAccepted())));
        text.append(row("refunds", String.format(Locale.ROOT, "%,d to send · %,d sent · %,d accepted · %,d withheld (their order was rejected)",
                plan.refunds(), tally.refundsSent(), tally.refundsAccepted(), tally.refundsWithheld())));
        text.append(row("refunds parked", String.format(Locale.ROOT, "%,d cancellation lines of %,d C invoices, £%,.2f: no order in the file to return them to",
                plan.parked().size(), plan.parkedInvoices(), plan.parkedAmount())));
        if (tally.invalid() > 0) {
            text.append(row("not sent", String.format(Locale.ROOT, "%,d events break their contract, e.g. %s", tally.invalid(), tally.invalidExample())));
        }
        Map<Integer, Long> rejections = tally.rejections();
        text.append(row("HTTP rejections", rejections.isEmpty() ? "none" : rejections.entrySet().stream()
                .map(e -> e.getKey() + " × " + String.format(Locale.ROOT, "%,d", e.getValue())).reduce((a, b) -> a + ", " + b).orElseThrow()));
        tally.examples().forEach((status, example) -> text.append(String.format(Locale.ROOT, "      %d e.g. %s%n", status, example)));
        if (tally.retried() > 0) text.append(row("retried", String.format(Locale.ROOT, "%,d deliveries needed more than one attempt", tally.retried())));

        text.append(String.format(Locale.ROOT, "Timing (%s %s, %d deliveries in flight)%n", embedded ? "embedded local cloud," : "running cloud,", target, concurrency));
        text.append(row("read and plan", seconds(planning, "")));
        cloudStart.ifPresent(d -> text.append(row("cloud start", seconds(d, ""))));
        text.append(row("sending", seconds(sending, String.format(Locale.ROOT, "%,.0f orders/s", tally.ordersSent() / seconds(sending)))));
        draining.ifPresent(d -> text.append(row("draining the queues",
                seconds(d, drained.orElse(true) ? "" : "NOT DRAINED: the queues still held messages at the timeout"))));
        if (embedded) {
            text.append(row("import end to end", seconds(sending.plus(draining.orElse(Duration.ZERO)),
                    String.format(Locale.ROOT, "%,.0f orders/s (orders accepted / sending and draining)", ordersPerSecond()))));
        } else {
            text.append(row("processing", "continues in the running cloud; the queues and the ledger are not checked from here"));
        }
        if (!busEvents.isEmpty()) {
            text.append(row("events on the bus", busEvents.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                    .reduce((a, b) -> a + " · " + b).orElseThrow()));
        }
        consoleLog.ifPresent(path -> text.append(row("cloud's console", path + " (the functions' logs: parked refunds, rejections)")));
        invariant.ifPresent(result -> {
            text.append(String.format(Locale.ROOT, "Invariant: every member's balance equals the sum of their ledger entries%n"));
            text.append(row("members checked", String.format(Locale.ROOT, "%,d (%,d ledger entries read%s)", result.members(), result.entries(),
                    checking.map(d -> " in " + seconds(d, "")).orElse(""))));
            if (result.missing() > 0) text.append(row("members not found", String.format(Locale.ROOT, "%,d (none of their events was applied)", result.missing())));
            text.append(row("violations", String.format(Locale.ROOT, "%,d", result.violations())));
            result.examples().forEach(example -> text.append(String.format(Locale.ROOT, "      %s%n", example)));
            text.append(row("points outstanding", String.format(Locale.ROOT, "%,d", result.pointsOutstanding())));
        });
        return text.toString();
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "  %-22s %s%n", label, value);
    }

    private static String seconds(Duration duration, String note) {
        return String.format(Locale.ROOT, "%.1f s", seconds(duration)) + (note.isEmpty() ? "" : "   " + note);
    }

    private static double seconds(Duration duration) {
        return Math.max(1e-3, duration.toNanos() / 1e9);
    }

    /** Collects the parts of a report as the run goes. */
    static final class Builder {
        private final Path file;
        private final OrderFormat format;
        private final ZoneId zone;
        private final ImportPlan plan;
        private ImportTally tally;
        private URI target;
        private boolean embedded;
        private int concurrency;
        private Duration planning = Duration.ZERO;
        private Duration cloudStart;
        private Duration sending;
        private Duration draining;
        private Boolean drained;
        private Map<String, Long> busEvents = Map.of();
        private InvariantCheck.Result invariant;
        private Duration checking;
        private Path consoleLog;

        Builder(Path file, OrderFormat format, ZoneId zone, ImportPlan plan) {
            this.file = file;
            this.format = format;
            this.zone = zone;
            this.plan = plan;
        }

        Builder planning(Duration value) { planning = value; return this; }

        Builder cloudStart(Duration value) { cloudStart = value; return this; }

        Builder target(URI url, boolean embeddedCloud) { target = url; embedded = embeddedCloud; return this; }

        Builder tally(ImportTally value) { tally = value; return this; }

        Builder concurrency(int value) { concurrency = value; return this; }

        Builder sending(Duration value) { sending = value; return this; }

        Builder draining(Duration value) { draining = value; return this; }

        Builder drained(boolean value) { drained = value; return this; }

        Builder busEvents(Map<String, Long> value) { busEvents = value; return this; }

        Builder invariant(InvariantCheck.Result value) { invariant = value; return this; }

        Builder checking(Duration value) { checking = value; return this; }

        Builder consoleLog(Path value) { consoleLog = value; return this; }

        ImportReport build() { return new ImportReport(this); }
    }
}
