package com.crmfunctions.history;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams the rows of a CSV file (RFC 4180: quoted fields, embedded commas, quotes and line breaks) as
 * string arrays, one at a time, with the header read into a column index.
 */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> columns = new HashMap<>();

    private CsvRows(MappingIterator<String[]> rows) { this.rows = rows; }

    /** Opens the stream and reads its header row. */
    static CsvRows open(InputStream text) throws IOException {
        MappingIterator<String[]> it = MAPPER.readerForArrayOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(text);
        CsvRows csv = new CsvRows(it);
        String[] header = csv.next();
        if (header == null) {
            throw new HistoryFormatException(1, "empty file: a header row is required");
        }
        for (int i = 0; i < header.length; i++) {
            csv.columns.putIfAbsent(normalise(header[i]), i);
        }
        return csv;
    }

    /** The next row, or {@code null} at the end of the file. */
    String[] next() throws IOException {
        try {
            return rows.hasNextValue() ? rows.nextValue() : null;
        } catch (RuntimeException | IOException e) {
            throw new HistoryFormatException(line(), "not valid CSV: " + e.getMessage(), e);
        }
    }

    /** Line of the row just read (the last line, for a row with quoted line breaks). */
    long line() {
        return rows.getParser().currentTokenLocation().getLineNr();
    }

    /** Index of the first header column with any of these names (case and spaces ignored), or -1. */
    int column(List<String> names) {
        for (String name : names) {
            Integer index = columns.get(normalise(name));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** Like {@link #column(List)} but the column must exist. */
    int requiredColumn(List<String> names) throws HistoryFormatException {
        int index = column(names);
        if (index < 0) {
            throw new HistoryFormatException(1, "header has no column " + String.join(" or ", names)
                    + "; found " + columns.keySet());
        }
        return index;
    }

    /** Field {@code index} of {@code row}, trimmed; empty when the row is shorter or the index is -1. */
    static String field(String[] row, int index) {
        return index >= 0 && index < row.length && row[index] != null ? row[index].trim() : "";
    }

    private static String normalise(String header) {
        return header.replace("\uFEFF", "").replace(" ", "").replace("_", "").trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException { rows.close(); }
}
