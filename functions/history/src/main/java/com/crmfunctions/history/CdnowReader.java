package com.crmfunctions.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the CDNOW purchase logs of Fader and Hardie:
 * <ul>
 *   <li>{@code cdnowElog.csv}: header {@code masterid,sampleid,date,cds,sales};</li>
 *   <li>{@code CDNOW_master.txt}: whitespace-separated {@code customer_id date number_of_cds dollar_value},
 *       with or without a header line;</li>
 *   <li>{@code CDNOW_sample.txt}: whitespace-separated {@code masterid sampleid date cds sales}.</li>
 * </ul>
 * The customer id is the master id without leading zeros, so all three files name a customer alike.
 * Dates are days ({@code yyyyMMdd}, start of day); {@code cds} becomes the quantity and {@code sales}
 * the amount. Nothing is dropped: CDNOW has no cancellations (a few purchases are worth 0 and stay).
 */
final class CdnowReader implements TransactionReader {

    @Override
    public ReadReport read(InputStream text, Consumer<? super Transaction> sink) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
        ReadReport.Tally tally = new ReadReport.Tally();
        Layout layout = null;
        long lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String trimmed = line.replace("\uFEFF", "").trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean csv = trimmed.indexOf(',') >= 0;
            String[] fields = csv ? trimmed.split("\\s*,\\s*", -1) : trimmed.split("\\s+");
            if (layout == null) {
                layout = Layout.of(lineNumber, fields, csv);
                if (layout.header) {
                    continue;
                }
            }
            tally.row();
            sink.accept(layout.transaction(lineNumber, fields));
            tally.accept();
        }
        return tally.report();
    }

    /** Where the fields are, learnt from the first line. */
    private static final class Layout {
        final boolean header;
        final int id;
        final int date;
        final int cds;
        final int sales;
        final int width;

        private Layout(boolean header, int id, int date, int cds, int sales, int width) {
            this.header = header;
            this.id = id;
            this.date = date;
            this.cds = cds;
            this.sales = sales;
            this.width = width;
        }

        static Layout of(long line, String[] first, boolean csv) throws HistoryFormatException {
            boolean header = !first[0].chars().allMatch(Character::isDigit);
            if (header) {
                int id = -1;
                int date = -1;
                int cds = -1;
                int sales = -1;
                for (int i = 0; i < first.length; i++) {
                    String name = first[i].toLowerCase(Locale.ROOT);
                    if (name.equals("masterid") || name.equals("customer_id") || name.equals("id")) {
                        id = i;
                    } else if (name.equals("date")) {
                        date = i;
                    } else if (name.equals("cds") || name.equals("number_of_cds")) {
                        cds = i;
                    } else if (name.equals("sales") || name.equals("dollar_value")) {
                        sales = i;
                    }
                }
                if (id < 0 || date < 0 || cds < 0 || sales < 0) {
                    throw new HistoryFormatException(line, "CDNOW header must name masterid (or customer_id), "
                            + "date, cds and sales" + (csv ? "" : " (whitespace-separated)"));
                }
                return new Layout(true, id, date, cds, sales, first.length);
            }
            if (first.length == 5) {
                return new Layout(false, 0, 2, 3, 4, 5);
            }
            if (first.length == 4) {
                return new Layout(false, 0, 1, 2, 3, 4);
            }
            throw new HistoryFormatException(line, "expected 4 (id date cds value) or 5 (id sample-id date cds "
                    + "value) fields, found " + first.length);
        }

        Transaction transaction(long line, String[] fields) throws HistoryFormatException {
            if (fields.length != width) {
                throw new HistoryFormatException(line, "expected " + width + " fields, found " + fields.length);
            }
            String customer = Fields.numericId(fields[id]);
            if (customer.isEmpty()) {
                throw new HistoryFormatException(line, "customer id is empty");
            }
            LocalDate day = Fields.basicDate(line, "date", fields[date]);
            int quantity = Fields.integer(line, "cds", fields[cds]);
            BigDecimal amount = Fields.decimal(line, "sales", fields[sales]);
            if (quantity < 0 || amount.signum() < 0) {
                throw new HistoryFormatException(line, "negative cds or sales in a purchase log");
            }
            return new Transaction(customer, day.atStartOfDay(), amount, quantity, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of("USD"));
        }
    }
}
