package com.crmfunctions.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The local webhook signing-key file: the JSON document {@code webhook-ingest} reads when
 * {@code crm.webhook.secrets-file} names it ({@code {"canonical": "<key>"}}; a key may be a list while it is
 * rotated). {@code crm local up} keeps one in {@code .crm/webhook-secrets.json}; the embedded import makes a
 * throw-away one. Files are created readable by their owner only.
 */
public final class WebhookKeys {

    /** The system property through which the in-process {@code webhook-ingest} finds the file. */
    public static final String SECRETS_FILE_PROPERTY = "crm.webhook.secrets-file";
    /** Where {@code crm local up} keeps its keys, and where an import into a running cloud looks for them. */
    public static final String DEFAULT_FILE = ".crm/webhook-secrets.json";
    /** The webhook source whose key an import signs with. */
    public static final String CANONICAL = "canonical";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookKeys() {}

    /** A new random key: 32 bytes, base64url. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /**
     * Creates {@code file} with a new canonical key unless it exists already.
     *
     * @return whether the file was created
     */
    public static boolean createIfAbsent(Path file) throws IOException {
        if (Files.exists(file)) return false;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try {
            write(file, newKey());
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** Writes a new file holding {@code key} as the canonical source's key; fails if the file exists. */
    public static void write(Path file, String key) throws IOException {
        byte[] document = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of(CANONICAL, key));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.write(file, document);
    }

    /** The canonical key in a secrets file (the first one while it is being rotated). */
    public static String canonicalKey(Path file) throws IOException {
        JsonNode document;
        try {
            document = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("webhook secrets file " + file + " is not readable JSON", e);
        }
        JsonNode key = document == null ? null : document.get(CANONICAL);
        if (key != null && key.isArray() && !key.isEmpty()) key = key.get(0);
        if (key == null || !key.isTextual() || key.textValue().isBlank()) {
            throw new IOException("webhook secrets file " + file + " holds no key for the source '" + CANONICAL + "'");
        }
        return key.textValue();
    }

    /** Sets {@value #SECRETS_FILE_PROPERTY} until the result is closed, which restores the previous value. */
    public static Applied useFile(Path file) {
        String previous = System.getProperty(SECRETS_FILE_PROPERTY);
        System.setProperty(SECRETS_FILE_PROPERTY, file.toAbsolutePath().toString());
        return () -> {
            if (previous == null) {
                System.clearProperty(SECRETS_FILE_PROPERTY);
            } else {
                System.setProperty(SECRETS_FILE_PROPERTY, previous);
            }
        };
    }

    /** Restores the property on close. */
    public interface Applied extends AutoCloseable {
        @Override
        void close();
    }
}
