package com.crmfunctions.cli;

import com.crmfunctions.cli.imports.ImportRun;
import com.crmfunctions.cli.imports.ImportSettings;
import com.crmfunctions.cli.imports.OrderFormat;
import com.crmfunctions.cli.imports.WebhookKeys;
import com.crmfunctions.events.Channel;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm import orders FILE}: an order history, as signed canonical webhooks, into an embedded local cloud
 * (default) or a running one ({@code --endpoint}).
 */
@Command(name = "orders", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Reads an order history and sends it, in time order, as signed canonical webhooks (OrderPlaced, "
                        + "OrderRefunded) to POST /webhooks/canonical: the path storefronts use.",
                "By default it starts an embedded local cloud with a new signing key and its clock following the orders' "
                        + "own times, waits until the queues are drained, checks that every member's balance equals the sum of "
                        + "their ledger entries and prints a summary. With --endpoint it feeds a running cloud instead "
                        + "(`crm local up`, or a deployed HTTP API).",
                "",
                "Formats. online-retail: UCI Online Retail / Online Retail II CSV (plain or gzip; either column naming). One "
                        + "order per invoice: channel web, currency GBP, member = Customer ID, lines = stock codes with quantity "
                        + "and unit price, time = InvoiceDate in --zone. Invoices starting with C are cancellations. "
                        + "canonical: customerId,orderId,occurredAt,amount[,currency,category,sku,quantity] CSV or JSON lines "
                        + "(functions/history); the lines of one orderId are one order; purchases only.",
                "",
                "Cancellations (online-retail). A C invoice does not name the invoice it cancels. Each of its lines returns "
                        + "its units to the same customer's LATEST order placed no later than the cancellation that CONTAINS "
                        + "THE STOCK CODE and still has units of it not returned; units beyond what that order has left go on to "
                        + "the next-latest such order. Each order so refunded gets one OrderRefunded: refundId = the C invoice, "
                        + "or <C invoice>-1, -2, ... when it refunds several orders; line amount = units x the cancellation's "
                        + "price. Units that no order in the file can take (their order predates the file) are PARKED: not sent, "
                        + "counted in the summary, listed with --parked. No unit is returned twice.",
                "",
                "Skipped rows (online-retail), counted under the first reason: no customer id; no invoice number; stock "
                        + "code M (manual), D (discount after the sale), ADJUST*, B (bad debt), AMAZONFEE, CRUK (the shop's "
                        + "fees), S (samples), TEST*; unit price 0 or less; quantity 0, or of the wrong sign for its invoice. "
                        + "POST, DOT and C2 are sent as shipping lines, BANK CHARGES as a fee line, gift_0001_* as gift-card "
                        + "lines: they earn no points.",
                ""})
public final class ImportOrdersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The order history (plain or gzip).")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "online-retail or canonical (default: recognised from the header).")
    private String format;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/London",
            description = "The shop's time zone: local times in the file are read there (default: ${DEFAULT-VALUE}).")
    private ZoneId zone;

    @Option(names = "--storefront", paramLabel = "ID", description = "Storefront id on every event (default: the format's name).")
    private String storefront;

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "web",
            description = "Channel of canonical orders: web, app, marketplace or pos (default: ${DEFAULT-VALUE}).")
    private Channel channel;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "GBP",
            description = "Currency of canonical lines that name none (default: ${DEFAULT-VALUE}).")
    private String currency;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Feed a running cloud: its HTTP API URL (as `crm local up` prints it) or its /webhooks/canonical URL.")
    private URI endpoint;

    @Option(names = "--secret", paramLabel = "KEY",
            description = "The running cloud's canonical webhook key (visible to other users of this machine: prefer --secret-file).")
    private String secret;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The running cloud's webhook secrets JSON (default with --endpoint: .crm/webhook-secrets.json, written by `crm local up`).")
    private Path secretFile;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + ImportSettings.DEFAULT_CONCURRENCY,
            description = "Deliveries in flight; each member's events still go one at a time, in order (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--max-lead", paramLabel = "DURATION", defaultValue = "PT50M",
            description = "How far an order may lie ahead of the embedded cloud's clock, which follows the earliest order in flight;"
                    + " keep it below the webhook's CRM_WEBHOOK_MAX_CLOCK_SKEW (default: ${DEFAULT-VALUE}).")
    private Duration maxLead;

    @Option(names = "--await-timeout", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "How long to wait for the embedded cloud's queues to drain (default: ${DEFAULT-VALUE}).")
    private Duration awaitTimeout;

    @Option(names = "--parked", paramLabel = "FILE", description = "Write the parked cancellation lines to this CSV file.")
    private Path parked;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the embedded cloud's DynamoDB data in DIR (then `crm local up --data-dir DIR` serves it).")
    private Path dataDirectory;

    @Option(names = "--progress-every", paramLabel = "DURATION", defaultValue = "PT5S",
            description = "Print progress this often; PT0S for never (default: ${DEFAULT-VALUE}).")
    private Duration progressEvery;

    @Option(names = "--check", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check every member's balance against their ledger at the end (embedded cloud; default: on).")
    private boolean check;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
            ImportSettings settings = new ImportSettings(file, Optional.ofNullable(format).map(OrderFormat::fromName), zone,
                    Optional.ofNullable(storefront), channel, Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT)),
                    Optional.ofNullable(endpoint), signingKey(), concurrency, maxLead, awaitTimeout, Optional.ofNullable(parked),
                    Optional.ofNullable(dataDirectory), progressEvery, check);
            return new ImportRun(settings, out).run().exitCode();
        } catch (IOException | IllegalArgumentException e) {
            err.println("crm import orders: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The key for a running cloud: --secret, else the canonical key of the secrets file. */
    private Optional<String> signingKey() throws IOException {
        if (endpoint == null) return Optional.empty();
        if (secret != null) return Optional.of(secret);
        Path keys = secretFile != null ? secretFile : Path.of(WebhookKeys.DEFAULT_FILE);
        if (!Files.exists(keys)) {
            throw new IllegalArgumentException("--endpoint needs the cloud's webhook key: --secret-file FILE or --secret KEY ("
                    + keys + " does not exist)");
        }
        return Optional.of(WebhookKeys.canonicalKey(keys));
    }

    /** The format names, for help and completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OrderFormat.values()).map(OrderFormat::cliName).iterator();
        }
    }
}
