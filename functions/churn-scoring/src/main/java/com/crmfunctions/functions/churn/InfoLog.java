package com.crmfunctions.functions.churn;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON line at level INFO on the invocation's Lambda logger, in the shape of the adapters' {@code JsonLog}
 * (which writes warnings and errors only): what a run or a segment did, for Logs Insights.
 */
final class InfoLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InfoLog() {}

    static void info(Context context, String logger, String message, Map<String, Object> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "INFO");
        line.put("logger", logger);
        line.put("message", message);
        line.putAll(fields);
        try {
            context.getLogger().log(JSON.writeValueAsString(line) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("log fields are not serialisable", e);
        }
    }
}
