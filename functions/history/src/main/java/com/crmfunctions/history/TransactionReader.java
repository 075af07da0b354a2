package com.crmfunctions.history;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a purchase-history file row by row and hands every accepted {@link Transaction} to a sink, so
 * that a file of any length is read in constant memory. Gzip-compressed input is recognised by its
 * magic bytes, whatever the file is called. A reader instance reads one file at a time: get one per
 * file (or per thread) from {@link HistoryFormat#reader()}.
 */
public interface TransactionReader {

    /**
     * Reads a plain UTF-8 text stream (never compressed; {@link #read(Path, Consumer)} and
     * {@link #decompressIfGzip(InputStream)} take care of that). The stream is not closed.
     *
     * @throws HistoryFormatException when a row cannot be read as the format says (nothing is guessed)
     */
    ReadReport read(InputStream text, Consumer<? super Transaction> sink) throws IOException;

    /** Reads a file, plain or gzip-compressed. */
    default ReadReport read(Path file, Consumer<? super Transaction> sink) throws IOException {
        try (InputStream in = decompressIfGzip(Files.newInputStream(file))) {
            return read(in, sink);
        }
    }

    /** Wraps the stream in a gzip decoder when it starts with the gzip magic bytes. */
    static InputStream decompressIfGzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }
}
