package com.crmfunctions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue is complete and consistent: every event type has a schema, a sample and a record for
 * every supported version; nothing on disk lacks a type; records and schemas describe the same fields.
 */
class EventCatalogTest {

    private static final String DEFINITIONS = "../common/definitions.schema.json";
    private static final JsonNode SHARED = Fixtures.resource("schemas/common/definitions.schema.json");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasASchemaAndASampleForEverySupportedVersion(EventType type) {
        for (int version : type.supportedVersions()) {
            assertThat(EventSamples.class.getClassLoader().getResource(type.schemaResource(version)))
                    .as("schema of %s v%d", type, version).isNotNull();
            assertThat(EventSamples.class.getClassLoader().getResource(type.sampleResource(version)))
                    .as("sample of %s v%d", type, version).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasARecordInItsContextsPackage(EventType type) {
        assertThat(type.recordType().isRecord()).isTrue();
        assertThat(type.recordType().getSimpleName()).isEqualTo(type.detailType());
        assertThat(type.recordType().getPackageName())
                .isEqualTo("com.crmfunctions.events." + type.source().name().toLowerCase(Locale.ROOT));
        assertThat(type.source().value()).isEqualTo("crm." + type.source().name().toLowerCase(Locale.ROOT));
    }

    @Test
    void everySchemaAndSampleOnDiskBelongsToASupportedVersionOfARegisteredType() throws IOException {
        List<String> orphans = new ArrayList<>();
        for (String root : List.of("schemas", "samples")) {
            try (Stream<Path> files = Files.walk(Fixtures.resourceDirectory(root), 2)) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    String directory = file.getParent().getFileName().toString();
                    if (root.equals("schemas") && directory.equals("common")) {
                        return;
                    }
                    String expected = root.equals("schemas") ? "v(\\d+)\\.schema\\.json" : "v(\\d+)\\.json";
                    String name = file.getFileName().toString();
                    boolean registered = EventType.ofDetailType(directory)
                            .filter(type -> name.matches(expected)
                                    && type.supports(Integer.parseInt(name.replaceAll("\\D", ""))))
                            .isPresent();
                    if (!registered) {
                        orphans.add(root + "/" + directory + "/" + name);
                    }
                });
            }
        }
        assertThat(orphans).as("files without a registered type and supported version").isEmpty();
    }

    @Test
    void detailTypesAreUniquePascalCase() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::detailType))
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[A-Z][a-z]+([A-Z][a-z]+)*"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaDeclaresTheContractFields(EventType type) {
        for (int version : type.supportedVersions()) {
            JsonNode schema = Fixtures.schema(type, version);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).isEqualTo(Schemas.ID_BASE + type.detailType() + "/v" + version + ".schema.json");
            assertThat(schema.path("description").asText()).startsWith("Source " + type.source().value() + ".");
            assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as("additionalProperties: false").isTrue();
            assertThat(schema.at("/properties/version/const").asInt()).isEqualTo(version);
            assertThat(names(schema.path("required")))
                    .contains("version", type.keyField(), "memberId", "occurredAt", "correlationId", "causationId");
        }
    }

    /** Field by field, nested records included: names, optionality and enum values agree. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordAndCurrentSchemaDescribeTheSameFields(EventType type) {
        JsonNode schema = Fixtures.schema(type, type.currentVersion());
        assertMatches(type.recordType(), schema, schema, type.detailType(), Set.of("version"));
    }

    private static void assertMatches(Class<?> record, JsonNode objectSchema, JsonNode root, String path, Set<String> codecOwned) {
        Set<String> properties = names(objectSchema.path("properties"));
        properties.removeAll(codecOwned);
        Set<String> required = names(objectSchema.path("required"));
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(components).as("fields of %s", path).isEqualTo(properties);
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = resolve(objectSchema.path("properties").path(component.getName()), root);
            Class<?> javaType = component.getType();
            if (javaType.isPrimitive()) {
                assertThat(required).as("%s is primitive, so the schema must require it", at).contains(component.getName());
            }
            if (javaType.isRecord()) {
                assertMatches(javaType, property, root, at, Set.of());
            } else if (javaType == List.class) {
                Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                assertThat(required).as("%s is a list, so the schema must require it", at).contains(component.getName());
                if (element.isRecord()) {
                    assertMatches(element, resolve(property.path("items"), root), root, at + "[]", Set.of());
                }
            } else if (javaType.isEnum()) {
                Set<String> constants = Arrays.stream(javaType.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
                assertThat(names(property.path("enum"))).as("enum values of %s", at).isNotEmpty().isSubsetOf(constants);
            }
        }
    }

    /** Follows $ref to the schema's own $defs or to the shared definitions. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode current = schema;
        JsonNode document = root;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            int hash = ref.indexOf('#');
            String file = ref.substring(0, hash);
            if (!file.isEmpty()) {
                assertThat(file).as("only the shared definitions are referenced").isIn(DEFINITIONS, "definitions.schema.json");
                document = SHARED;
            }
            current = document.at(ref.substring(hash + 1));
            assertThat(current.isMissingNode()).as("%s resolves", ref).isFalse();
        }
        return current;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(element -> names.add(element.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
