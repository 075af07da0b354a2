package com.crmfunctions.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's key table lists every shipped key with its shipped default, and no key that does not exist. */
class ProgrammeConfigDocumentationTest {

    private static final Pattern TIER_KEY = Pattern.compile("tier\\.([^.]+)\\.([^.]+)");
    private static final Pattern DOCUMENTED_KEY = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void everyKeyIsDocumentedWithItsDefault() throws IOException {
        Map<String, String> documented = documentedKeys();
        Map<String, String> defaults = ProgrammeConfig.defaultProperties();
        List<String> tierIds = List.of(defaults.get("tiers").split(","));

        List<String> expectedKeys = new ArrayList<>();
        defaults.forEach((key, value) -> {
            Matcher tierKey = TIER_KEY.matcher(key);
            if (tierKey.matches()) {
                String generic = "tier.<id>." + tierKey.group(2);
                assertThat(documented).containsEntry(generic, tierIds.stream()
                        .map(id -> "`" + defaults.get("tier." + id + "." + tierKey.group(2)) + "`")
                        .collect(Collectors.joining(" / ")));
                expectedKeys.add(generic);
            } else {
                assertThat(documented).containsEntry(key, value.isEmpty() ? "*(none)*" : "`" + value + "`");
                expectedKeys.add(key);
            }
        });
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(expectedKeys.stream().distinct()
                .collect(Collectors.toList()));
    }

    private static Map<String, String> documentedKeys() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Configuration keys"), readme.indexOf("## Tests"));
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher row = DOCUMENTED_KEY.matcher(table);
        while (row.find()) {
            if (!row.group(1).equals("key")) {
                keys.put(row.group(1), row.group(2).trim());
            }
        }
        return keys;
    }
}
