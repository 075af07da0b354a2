package com.crmfunctions.events;

import com.crmfunctions.events.Fixtures.SampleFile;
import com.crmfunctions.events.InvalidEventException.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compatibility check for schema changes. A published sample is the frozen witness of what
 * producers of its version emit: a change to the schema of version N must still accept every sample
 * of version N, or it is a breaking change and belongs in version N+1.
 *
 * <p>Use it for a candidate schema before replacing a shipped one:
 * {@code assertThat(SchemaCompatibility.samplesRejectedBy(candidate, type, 1)).isEmpty()}.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {}

    /**
     * The samples of {@code type} and {@code version} that {@code candidateSchema} rejects, by sample,
     * with the violations of their detail. Empty when the candidate is backward compatible with them.
     */
    static Map<SampleFile, List<Violation>> samplesRejectedBy(JsonNode candidateSchema, EventType type, int version) {
        JsonSchema candidate = Schemas.compile(candidateSchema);
        Map<SampleFile, List<Violation>> rejected = new LinkedHashMap<>();
        for (SampleFile sample : Fixtures.sampleFiles()) {
            if (sample.detailType().equals(type.detailType()) && sample.version() == version) {
                JsonNode detail = Fixtures.parse(EventSamples.json(type, version)).get("detail");
                List<Violation> violations = Schemas.validate(candidate, detail, "$");
                if (!violations.isEmpty()) {
                    rejected.put(sample, violations);
                }
            }
        }
        return rejected;
    }
}
