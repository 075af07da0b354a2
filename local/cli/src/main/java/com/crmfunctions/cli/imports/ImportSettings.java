package com.crmfunctions.cli.imports;

import com.crmfunctions.events.Channel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run an import.
 *
 * @param format          empty: recognised from the file's header
 * @param zone            the shop's zone: local times in the file are read there (Europe/London for Online Retail)
 * @param storefront      the storefront id on every event; empty: the format's name
 * @param channel         channel of canonical orders (Online Retail orders are web orders)
 * @param currency        currency of canonical lines that name none
 * @param endpoint        a running cloud's HTTP API (or its webhook URL); empty: start an embedded local cloud
 * @param signingKey      the canonical webhook key of {@code endpoint}; unused for the embedded cloud, which gets a new one
 * @param concurrency     deliveries in flight
 * @param maxLead         how far an event may lie ahead of the followed clock (below the webhook's clock skew)
 * @param awaitTimeout    how long to wait for the embedded cloud's queues to drain
 * @param parkedFile      where to list the parked cancellation lines (CSV), if anywhere
 * @param dataDirectory   the embedded cloud keeps its DynamoDB data here, if set
 * @param progressEvery   how often to print progress; zero for never
 * @param check           whether to check the ledger invariant at the end (embedded cloud only)
 */
public record ImportSettings(Path file, Optional<OrderFormat> format, ZoneId zone, Optional<String> storefront, Channel channel,
                             Currency currency, Optional<URI> endpoint, Optional<String> signingKey, int concurrency,
                             Duration maxLead, Duration awaitTimeout, Optional<Path> parkedFile, Optional<Path> dataDirectory,
                             Duration progressEvery, boolean check) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int DEFAULT_CONCURRENCY = 8;
    public static final Duration DEFAULT_MAX_LEAD = Duration.ofMinutes(50);
    public static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofMinutes(10);

    public ImportSettings {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(storefront, "storefront");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(parkedFile, "parkedFile");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (concurrency < 1 || concurrency > 64) throw new IllegalArgumentException("concurrency must be 1 to 64, was " + concurrency);
        if (maxLead.isNegative()) throw new IllegalArgumentException("the maximum lead must not be negative");
        if (awaitTimeout.isNegative() || awaitTimeout.isZero()) throw new IllegalArgumentException("the await timeout must be positive");
        if (progressEvery.isNegative()) throw new IllegalArgumentException("the progress interval must not be negative");
        endpoint.ifPresent(url -> {
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException("--endpoint must be an http(s) URL with a host, e.g. http://127.0.0.1:40217, was " + url);
            }
        });
        if (endpoint.isPresent() && signingKey.isEmpty()) {
            throw new IllegalArgumentException("a running cloud needs its canonical webhook key (--secret or --secret-file)");
        }
        if (endpoint.isPresent() && dataDirectory.isPresent()) {
            throw new IllegalArgumentException("--data-dir is for the embedded local cloud, not a running one (--endpoint)");
        }
    }

    /** The defaults for a file, into an embedded local cloud. */
    public static ImportSettings embedded(Path file) {
        return new ImportSettings(file, Optional.empty(), LONDON, Optional.empty(), Channel.WEB, Currency.getInstance("GBP"),
                Optional.empty(), Optional.empty(), DEFAULT_CONCURRENCY, DEFAULT_MAX_LEAD, DEFAULT_AWAIT_TIMEOUT, Optional.empty(),
                Optional.empty(), Duration.ZERO, true);
    }

    public ImportSettings withConcurrency(int value) {
        return new ImportSettings(file, format, zone, storefront, channel, currency, endpoint, signingKey, value, maxLead,
                awaitTimeout, parkedFile, dataDirectory, progressEvery, check);
    }

    public ImportSettings withParkedFile(Path value) {
        return new ImportSettings(file, format, zone, storefront, channel, currency, endpoint, signingKey, concurrency, maxLead,
                awaitTimeout, Optional.of(value), dataDirectory, progressEvery, check);
    }

    public ImportSettings withProgressEvery(Duration value) {
        return new ImportSettings(file, format, zone, storefront, channel, currency, endpoint, signingKey, concurrency, maxLead,
                awaitTimeout, parkedFile, dataDirectory, value, check);
    }
}
