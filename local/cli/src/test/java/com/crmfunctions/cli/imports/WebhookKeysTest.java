package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookKeysTest {

    @TempDir
    Path dir;

    @Test
    void createsAFileOnlyItsOwnerCanReadWithARandomCanonicalKeyOnce() throws Exception {
        Path file = dir.resolve(".crm/webhook-secrets.json");
        assertThat(WebhookKeys.createIfAbsent(file)).isTrue();
        String key = WebhookKeys.canonicalKey(file);
        assertThat(key).hasSizeGreaterThanOrEqualTo(43);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(WebhookKeys.createIfAbsent(file)).isFalse();
        assertThat(WebhookKeys.canonicalKey(file)).isEqualTo(key);
        assertThat(WebhookKeys.newKey()).isNotEqualTo(key);
    }

    @Test
    void readsTheFirstKeyWhileOneIsRotatedAndRefusesAFileWithoutOne() throws Exception {
        Path rotating = Files.writeString(dir.resolve("r.json"), "{\"shopify\":\"s\",\"canonical\":[\"new\",\"old\"]}");
        assertThat(WebhookKeys.canonicalKey(rotating)).isEqualTo("new");
        Path none = Files.writeString(dir.resolve("n.json"), "{\"shopify\":\"s\"}");
        assertThatThrownBy(() -> WebhookKeys.canonicalKey(none)).isInstanceOf(IOException.class).hasMessageContaining("canonical");
    }

    @Test
    void pointsTheInProcessFunctionAtTheFileAndRestoresThePropertyAfter() {
        String before = System.getProperty(WebhookKeys.SECRETS_FILE_PROPERTY);
        try (WebhookKeys.Applied applied = WebhookKeys.useFile(dir.resolve("k.json"))) {
            assertThat(System.getProperty(WebhookKeys.SECRETS_FILE_PROPERTY)).isEqualTo(dir.resolve("k.json").toAbsolutePath().toString());
        }
        assertThat(System.getProperty(WebhookKeys.SECRETS_FILE_PROPERTY)).isEqualTo(before);
    }
}
