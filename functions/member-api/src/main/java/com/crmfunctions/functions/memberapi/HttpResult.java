package com.crmfunctions.functions.memberapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** An HTTP status and a JSON body. */
record HttpResult(int status, ObjectNode body) {

    HttpResult {
        Objects.requireNonNull(body, "body");
    }

    static HttpResult ok(ObjectNode body) {
        return new HttpResult(200, body);
    }

    /** {@code {"error": message, field: value}}: what went wrong, and what it concerns. */
    static HttpResult error(int status, String message, String field, String value) {
        return new HttpResult(status, JsonNodeFactory.instance.objectNode().put("error", message).put(field, value));
    }

    /** A 400 naming the request parameter that is wrong. */
    static HttpResult badRequest(String message, String parameter) {
        return error(400, message, "parameter", parameter);
    }
}
