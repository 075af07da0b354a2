package com.crmfunctions.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLogTest {

    @Test
    void writesOneParseableJsonObjectPerLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLog log = new JsonLog(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("error", "bad \"quote\"\nand a new line");
        fields.put("attempt", 2);
        fields.put("ratio", Double.NaN);
        fields.put("missing", null);

        log.error("Test", "something failed", fields);

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("logger").asText()).isEqualTo("Test");
        assertThat(line.get("message").asText()).isEqualTo("something failed");
        assertThat(line.get("error").asText()).isEqualTo("bad \"quote\"\nand a new line");
        assertThat(line.get("attempt").isInt()).isTrue();
        assertThat(line.get("ratio").asText()).isEqualTo("NaN");
        assertThat(line.get("missing").isNull()).isTrue();
    }
}
