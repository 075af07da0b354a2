package com.crmfunctions.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Shared test helpers: the shipped samples and schemas as JSON trees, and the files on disk. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAMPLE_FILE = Pattern.compile("v([1-9][0-9]*)\\.json");

    /** A sample file found on disk: its directory (detail-type) and version. */
    record SampleFile(String detailType, int version, Path path) {
        @Override
        public String toString() {
            return detailType + "/v" + version;
        }
    }

    private Fixtures() {}

    /** A fresh mutable copy of the current-version sample event of a type. */
    static ObjectNode sampleEvent(EventType type) {
        return (ObjectNode) parse(EventSamples.json(type, type.currentVersion()));
    }

    /** A fresh mutable copy of the detail of the current-version sample of a type. */
    static ObjectNode sampleDetail(EventType type) {
        return (ObjectNode) sampleEvent(type).get("detail");
    }

    static JsonNode schema(EventType type, int version) {
        return resource(type.schemaResource(version));
    }

    static JsonNode resource(String name) {
        try (var in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample file of every version under {@code samples/}, as built into the test classpath. */
    static List<SampleFile> sampleFiles() {
        try (Stream<Path> files = Files.walk(resourceDirectory("samples"), 2)) {
            return files.filter(Files::isRegularFile).map(Fixtures::sampleFile)
                    .sorted(Comparator.comparing(SampleFile::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resourceDirectory(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SampleFile sampleFile(Path path) {
        Matcher name = SAMPLE_FILE.matcher(path.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalStateException("sample file not named v<N>.json: " + path);
        }
        return new SampleFile(path.getParent().getFileName().toString(), Integer.parseInt(name.group(1)), path);
    }
}
