package com.crmfunctions.functions.webhookingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table lists every setting, with its default. */
class ReadmeTest {

    @Test
    void everySettingIsDocumentedWithItsDefault() throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        for (Setting setting : Setting.values()) {
            String row = "| `" + setting.variable() + "` | `" + setting.property() + "` | "
                    + (setting.defaultValue().isEmpty() ? "*(none)*" : "`" + setting.defaultValue() + "`") + " |";
            assertThat(readme).as(setting.name()).contains(row);
        }
    }
}
