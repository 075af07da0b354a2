package com.crmfunctions.local.lambda;

import com.crmfunctions.local.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a handler's response as Lambda reads a partial batch response
 * ({@code ReportBatchItemFailures}): the message ids listed in {@code batchItemFailures} failed;
 * no response, or an empty list, means all succeeded; an identifier that is empty or not in the
 * batch makes the whole batch fail.
 */
final class BatchResponses {
    private BatchResponses() {}

    static Set<String> failedMessageIds(byte[] response, Set<String> batch) {
        JsonNode json;
        try {
            json = Json.parse(response);
        } catch (IllegalArgumentException notJson) {
            return Set.of();
        }
        JsonNode failures = json == null ? null : json.get("batchItemFailures");
        if (failures == null || !failures.isArray()) return Set.of();
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            String id = Json.text(failure, "itemIdentifier");
            if (id == null || id.isBlank() || !batch.contains(id)) return batch;
            failed.add(id);
        }
        return failed;
    }
}
