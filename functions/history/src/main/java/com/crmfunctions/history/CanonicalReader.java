package com.crmfunctions.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the project's canonical order history, either
 * <ul>
 *   <li>CSV with header {@code customerId,orderId,occurredAt,amount} and optional {@code currency},
 *       {@code category}, {@code sku}, {@code quantity} columns (any order), or</li>
 *   <li>JSON lines: one object per line with the same field names; {@code amount} a number or a
 *       decimal string.</li>
 * </ul>
 * The format is recognised by the first non-blank character ({@code {} means JSON lines).
 * {@code occurredAt} is ISO-8601: with an offset ({@code 2024-03-01T09:30:00Z}, converted to the
 * shop's local time), local ({@code 2024-03-01T09:30:00}) or a date. {@code orderId} may be empty.
 * Nothing is dropped silently: a row without customer id, time or amount, or with a negative amount,
 * is an error naming its line.
 */
final class CanonicalReader implements TransactionReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final ZoneId shopZone;

    CanonicalReader(ZoneId shopZone) { this.shopZone = Objects.requireNonNull(shopZone, "shopZone"); }

    @Override
    public ReadReport read(InputStream text, Consumer<? super Transaction> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(text, 1 << 16);
        return startsWithBrace(in) ? readJsonLines(in, sink) : readCsv(in, sink);
    }

    private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        in.mark(1 << 12);
        try {
            for (int i = 0, b = in.read(); b >= 0 && i < (1 << 12) - 1; i++, b = in.read()) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private ReadReport readCsv(InputStream in, Consumer<? super Transaction> sink) throws IOException {
        ReadReport.Tally tally = new ReadReport.Tally();
        try (CsvRows csv = CsvRows.open(in)) {
            int customer = csv.requiredColumn(List.of("customerId"));
            int order = csv.requiredColumn(List.of("orderId"));
            int occurredAt = csv.requiredColumn(List.of("occurredAt"));
            int amount = csv.requiredColumn(List.of("amount"));
            int currency = csv.column(List.of("currency"));
            int category = csv.column(List.of("category"));
            int sku = csv.column(List.of("sku"));
            int quantity = csv.column(List.of("quantity"));
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                tally.row();
                long line = csv.line();
                String units = CsvRows.field(row, quantity);
                sink.accept(transaction(line, CsvRows.field(row, customer), CsvRows.field(row, order),
                        CsvRows.field(row, occurredAt), CsvRows.field(row, amount), CsvRows.field(row, currency),
                        CsvRows.field(row, category), CsvRows.field(row, sku),
                        units.isEmpty() ? 1 : Fields.integer(line, "quantity", units)));
                tally.accept();
            }
        }
        return tally.report();
    }

    private ReadReport readJsonLines(InputStream in, Consumer<? super Transaction> sink) throws IOException {
        ReadReport.Tally tally = new ReadReport.Tally();
        try (MappingIterator<JsonNode> objects = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (true) {
                JsonNode node;
                try {
                    if (!objects.hasNextValue()) {
                        break;
                    }
                    node = objects.nextValue();
                } catch (RuntimeException | IOException e) {
                    throw new HistoryFormatException(line(objects.getParser()), "not valid JSON: " + e.getMessage(), e);
                }
                long line = line(objects.getParser());
                if (!node.isObject()) {
                    throw new HistoryFormatException(line, "expected a JSON object per line");
                }
                tally.row();
                JsonNode quantity = node.get("quantity");
                sink.accept(transaction(line, text(node, "customerId"), text(node, "orderId"), text(node, "occurredAt"),
                        text(node, "amount"), text(node, "currency"), text(node, "category"), text(node, "sku"),
                        quantity == null || quantity.isNull() ? 1 : Fields.integer(line, "quantity", quantity.asText())));
                tally.accept();
            }
        }
        return tally.report();
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText().trim();
    }

    private Transaction transaction(long line, String customerId, String orderId, String occurredAt, String amount,
                                    String currency, String category, String sku, int quantity)
            throws HistoryFormatException {
        if (customerId.isEmpty()) {
            throw new HistoryFormatException(line, "customerId is missing");
        }
        if (occurredAt.isEmpty()) {
            throw new HistoryFormatException(line, "occurredAt is missing");
        }
        if (amount.isEmpty()) {
            throw new HistoryFormatException(line, "amount is missing");
        }
        BigDecimal value = Fields.decimal(line, "amount", amount);
        if (value.signum() < 0) {
            throw new HistoryFormatException(line, "amount " + amount + " is negative: refunds are not purchases");
        }
        if (quantity < 0) {
            throw new HistoryFormatException(line, "quantity " + quantity + " is negative");
        }
        LocalDateTime time = Fields.isoTime(line, "occurredAt", occurredAt, shopZone);
        return new Transaction(customerId, time, value, quantity, optional(orderId), optional(sku), optional(category),
                optional(currency));
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
