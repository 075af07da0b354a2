package com.crmfunctions.history;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Streams the rows of a UCI "Online Retail" (InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
 * CustomerID, Country) or "Online Retail II" (Invoice, ..., Price, Customer ID, Country) export as
 * {@link OnlineRetailRow}s, uncleaned. {@link OnlineRetailReader} cleans them for churn analysis; an order
 * import needs the cancellations and adjustments too.
 *
 * <p>Invoice dates are local UK times, either ISO-like ({@code 2009-12-01 07:45:00}) or as the original
 * spreadsheet export writes them ({@code 12/1/2010 8:26}). A quantity, price or date that cannot be read is a
 * {@link HistoryFormatException} naming the line. One instance reads one stream at a time.
 *
 * <p>Source: UCI Machine Learning Repository, "Online Retail" and "Online Retail II", donor Daqing Chen,
 * licence CC BY 4.0.
 */
public final class OnlineRetailRows {

    /** What receives the rows; may throw to stop reading. */
    @FunctionalInterface
    public interface RowSink {
        void accept(OnlineRetailRow row) throws IOException;
    }

    private static final DateTimeFormatter ISO_LIKE = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']H:mm[:ss]");
    private static final DateTimeFormatter SPREADSHEET = DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]");

    /** Lines of one invoice share their time stamp: parse it once. */
    private String lastTimeText;
    private LocalDateTime lastTime;

    /**
     * Reads a plain UTF-8 stream (see {@link TransactionReader#decompressIfGzip}); the stream is not closed.
     *
     * @return the number of data rows read
     */
    public long read(InputStream text, RowSink sink) throws IOException {
        long rows = 0;
        try (CsvRows csv = CsvRows.open(text)) {
            int invoice = csv.requiredColumn(List.of("Invoice", "InvoiceNo"));
            int stockCode = csv.column(List.of("StockCode"));
            int quantity = csv.requiredColumn(List.of("Quantity"));
            int invoiceDate = csv.requiredColumn(List.of("InvoiceDate"));
            int price = csv.requiredColumn(List.of("Price", "UnitPrice"));
            int customer = csv.requiredColumn(List.of("Customer ID", "CustomerID"));
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                long line = csv.line();
                sink.accept(new OnlineRetailRow(line, CsvRows.field(row, invoice), CsvRows.field(row, stockCode),
                        Fields.integer(line, "Quantity", CsvRows.field(row, quantity)),
                        time(line, CsvRows.field(row, invoiceDate)),
                        Fields.decimal(line, "Price", CsvRows.field(row, price)),
                        customerId(CsvRows.field(row, customer))));
                rows++;
            }
        }
        return rows;
    }

    private static String customerId(String raw) {
        return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
    }

    private LocalDateTime time(long line, String value) throws HistoryFormatException {
        if (value.equals(lastTimeText)) {
            return lastTime;
        }
        try {
            lastTime = LocalDateTime.parse(value, value.indexOf('/') >= 0 ? SPREADSHEET : ISO_LIKE);
            lastTimeText = value;
            return lastTime;
        } catch (DateTimeParseException e) {
            throw new HistoryFormatException(line, "InvoiceDate '" + value
                    + "' is neither yyyy-MM-dd HH:mm[:ss] nor M/d/yyyy H:mm");
        }
    }
}
