package com.crmfunctions.events;

import com.crmfunctions.events.InvalidEventException.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Loads and applies the JSON Schemas. Each schema is read and compiled once, on first use, and then
 * shared: a compiled {@link JsonSchema} is immutable and thread-safe. Lazy loading keeps a function's
 * cold start to the one or two schemas it uses.
 *
 * <p>Schema ids ({@code https://crmfunctions.example/events/schemas/...}) are names, not download
 * locations: they map to the classpath, so validation never touches the network.
 */
final class Schemas {

    static final String ID_BASE = "https://crmfunctions.example/events/schemas/";
    private static final String RESOURCE_BASE = "schemas/";
    private static final String ENVELOPE = RESOURCE_BASE + "common/envelope.schema.json";

    /**
     * Keywords reported on the object whose property is at fault; their first message argument names
     * that property (the missing one for required and dependentRequired, the unknown one for
     * additionalProperties), so the violation points at it.
     */
    private static final Set<String> PROPERTY_KEYWORDS = Set.of("required", "dependentRequired", "additionalProperties");

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_PATH)
            .formatAssertionsEnabled(true) // draft 2020-12 treats format as an annotation unless told
            .build();
    private static final JsonSchemaFactory FACTORY = newFactory();
    private static final ConcurrentMap<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {}

    static JsonSchema detail(EventType type, int version) {
        return load(type.schemaResource(version));
    }

    static JsonSchema envelope() {
        return load(ENVELOPE);
    }

    /**
     * Compiles a schema given as JSON, resolving its references to the shared definitions like the
     * shipped schemas do. For compatibility checks of candidate schemas; not cached.
     */
    static JsonSchema compile(JsonNode schema) {
        JsonSchema compiled = newFactory().getSchema(schema, CONFIG);
        compiled.initializeValidators();
        return compiled;
    }

    /** The violations of {@code instance}, with paths rooted at {@code at} ({@code "$"} or {@code "$.detail"}). */
    static List<Violation> validate(JsonSchema schema, JsonNode instance, String at) {
        Set<ValidationMessage> messages = schema.validate(instance);
        if (messages.isEmpty()) {
            return List.of();
        }
        return messages.stream().map(m -> violation(m, at)).distinct().toList();
    }

    private static Violation violation(ValidationMessage message, String at) {
        JsonNodePath path = message.getInstanceLocation();
        Object[] arguments = message.getArguments();
        if (PROPERTY_KEYWORDS.contains(message.getType()) && arguments != null && arguments.length > 0) {
            path = path.append(String.valueOf(arguments[0]));
        }
        return new Violation(at + path.toString().substring(1), message.getError());
    }

    private static JsonSchema load(String resource) {
        return CACHE.computeIfAbsent(resource, r -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(ID_BASE + r.substring(RESOURCE_BASE.length())), CONFIG);
            schema.initializeValidators();
            return schema;
        });
    }

    private static JsonSchemaFactory newFactory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_BASE, "classpath:" + RESOURCE_BASE)));
    }
}
