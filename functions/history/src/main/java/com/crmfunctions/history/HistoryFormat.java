package com.crmfunctions.history;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The history file formats the readers understand, by the name a user types ({@code --format cdnow}). */
public enum HistoryFormat {
    /** CDNOW: {@code cdnowElog.csv} (masterid,sampleid,date,cds,sales) or the whitespace {@code CDNOW_*.txt}. */
    CDNOW("cdnow"),
    /** UCI Online Retail and Online Retail II exports (CSV, plain or gzip), cleaned for churn analysis. */
    ONLINE_RETAIL("online-retail"),
    /** The project's own CSV (customerId,orderId,occurredAt,amount[,currency,category]) or JSON lines. */
    CANONICAL("canonical");

    private final String cliName;

    HistoryFormat(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    /** A reader for this format; time stamps with an offset are converted to local time in UTC. */
    public TransactionReader reader() { return reader(ZoneOffset.UTC); }

    /**
     * A reader for this format.
     *
     * @param shopZone where the shop's day begins: time stamps carrying an offset (canonical format) are
     *                 converted to local time there; formats with local times ignore it
     */
    public TransactionReader reader(ZoneId shopZone) {
        switch (this) {
            case CDNOW: return new CdnowReader();
            case ONLINE_RETAIL: return new OnlineRetailReader();
            case CANONICAL: return new CanonicalReader(shopZone);
            default: throw new IllegalStateException("unknown format " + this);
        }
    }

    /** Looks a format up by its command-line name (case-insensitive). */
    public static HistoryFormat fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (HistoryFormat format : values()) {
            if (format.cliName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown history format '" + name + "'; known: "
                + Arrays.stream(values()).map(HistoryFormat::cliName).collect(Collectors.joining(", ")));
    }
}
