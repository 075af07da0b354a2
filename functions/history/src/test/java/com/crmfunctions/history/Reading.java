package com.crmfunctions.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Runs a reader over text in memory and keeps what it delivered. */
final class Reading {

    final List<Transaction> transactions = new ArrayList<>();
    final ReadReport report;

    private Reading(TransactionReader reader, byte[] bytes) throws IOException {
        report = reader.read(TransactionReader.decompressIfGzip(new ByteArrayInputStream(bytes)), transactions::add);
    }

    static Reading of(HistoryFormat format, String text) throws IOException {
        return new Reading(format.reader(), text.getBytes(StandardCharsets.UTF_8));
    }

    static Reading gzipped(HistoryFormat format, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new Reading(format.reader(), bytes.toByteArray());
    }
}
