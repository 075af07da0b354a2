package com.crmfunctions.local.ses;

import com.crmfunctions.local.support.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the local SES puts what it "sends": in memory for tests, and, when a directory is given, one
 * pretty-printed JSON file per message ({@code <epoch-millis>-<messageId>.json}) for people to open.
 */
public final class Outbox {
    private final Optional<Path> directory;
    private final List<SentEmail> messages = new CopyOnWriteArrayList<>();

    public Outbox(Optional<Path> directory) {
        this.directory = directory;
        directory.ifPresent(dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the outbox directory " + dir, e);
            }
        });
    }

    public Optional<Path> directory() { return directory; }

    /** The messages sent since the cloud started, oldest first. */
    public List<SentEmail> messages() { return List.copyOf(messages); }

    void add(SentEmail email) {
        directory.ifPresent(dir -> write(dir.resolve(email.sentAt().toEpochMilli() + "-" + email.messageId() + ".json"), email));
        messages.add(email);
    }

    String toJson() {
        ArrayNode array = Json.mapper().createArrayNode();
        messages.forEach(m -> array.add(m.toJson()));
        return Json.write(array);
    }

    private static void write(Path file, SentEmail email) {
        try {
            Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(email.toJson()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
