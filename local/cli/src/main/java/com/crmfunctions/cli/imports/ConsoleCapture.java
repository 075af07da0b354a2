package com.crmfunctions.cli.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends this JVM's standard output and error to a file while open: what the embedded cloud and its functions print
 * (DynamoDB Local's banner, the functions' JSON log lines, such as a refund parked until its order arrives) goes to
 * the import's log instead of between its progress lines. The import's own output is written to the stream it was
 * given, which stays the terminal.
 */
final class ConsoleCapture implements AutoCloseable {
    private final PrintStream previousOut = System.out;
    private final PrintStream previousErr = System.err;
    private final PrintStream file;
    private final Path path;

    private ConsoleCapture(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        OutputStream stream = Files.newOutputStream(path);
        this.file = new PrintStream(stream, true, StandardCharsets.UTF_8);
        this.path = path;
        System.setOut(file);
        System.setErr(file);
    }

    static ConsoleCapture to(Path path) throws IOException {
        return new ConsoleCapture(path);
    }

    Path path() { return path; }

    @Override
    public void close() {
        System.setOut(previousOut);
        System.setErr(previousErr);
        file.close();
    }
}
