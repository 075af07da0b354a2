package com.crmfunctions.functions.webhookingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the signing keys of the webhook sources come from. Keys live in a secret store (Secrets
 * Manager in the cloud, a local file on the local cloud), never in code or plain environment
 * variables, and are read once when the function initialises.
 *
 * <p>Both stores hold the same JSON document: an object from source to key, where a key is a string
 * or, during a rotation, an array of strings that are all accepted:
 * <pre>{@code {"shopify": "shpss_...", "woocommerce": ["new-key", "old-key"], "canonical": "..."}}</pre>
 * A source without a key is not served (404).
 */
interface WebhookSecrets {

    /** The keys of a source, or empty when the source has none configured. */
    Optional<SigningKeys> keys(String source);

    static WebhookSecrets of(Map<String, SigningKeys> bySource) {
        Map<String, SigningKeys> copy = Map.copyOf(bySource);
        return source -> Optional.ofNullable(copy.get(source));
    }

    /** The keys in a local JSON file (see the class comment for the format). */
    static WebhookSecrets fromFile(Path file, Set<String> sources) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the webhook secrets file " + file + ": " + e.getMessage(), e);
        }
        return fromJson(json, "file " + file, sources);
    }

    /**
     * Parses the secret document. Error messages name the source and the rule, never a key, and do
     * not pass on the JSON parser's message (it quotes the text around the error).
     *
     * @param origin  where the document came from, for error messages
     * @param sources the known sources: any other name in the document is a mistake worth failing on
     */
    static WebhookSecrets fromJson(String json, String origin, Set<String> sources) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new IllegalStateException("webhook secrets in " + origin + " are not valid JSON" + where);
        }
        if (document == null || !document.isObject()) {
            throw new IllegalStateException("webhook secrets in " + origin + " must be a JSON object from source to key");
        }
        Map<String, SigningKeys> keys = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = document.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String source = field.getKey();
            if (!sources.contains(source)) {
                throw new IllegalStateException("webhook secrets in " + origin + " name an unknown source " + source
                        + "; known: " + new TreeSet<>(sources));
            }
            try {
                keys.put(source, SigningKeys.of(secretStrings(field.getValue())));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("webhook secret of " + source + " in " + origin + ": " + e.getMessage());
            }
        }
        return of(keys);
    }

    private static List<String> secretStrings(JsonNode value) {
        List<String> secrets = new ArrayList<>();
        if (value.isTextual()) {
            secrets.add(value.textValue());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) throw new IllegalArgumentException("keys must be strings");
                secrets.add(item.textValue());
            }
        } else {
            throw new IllegalArgumentException("must be a key (string) or an array of keys");
        }
        return secrets;
    }
}
