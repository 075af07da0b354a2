package com.crmfunctions.history;

import java.io.IOException;

/** A history file that cannot be read as its format says: the message names the line and the field. */
public class HistoryFormatException extends IOException {

    private final long line;

    public HistoryFormatException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public HistoryFormatException(long line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
    }

    /** One-based line number in the (decompressed) file, or 0 when the problem is not tied to a line. */
    public long line() { return line; }
}
