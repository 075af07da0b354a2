package com.crmfunctions.functions.memberapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** HTTP API (payload format 2.0) requests as API Gateway builds them. */
final class Requests {

    static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");

    private Requests() {}

    static APIGatewayV2HTTPEvent member(String memberId) {
        return request("GET /members/{id}", Map.of("id", memberId), Map.of());
    }

    static APIGatewayV2HTTPEvent ledger(String memberId, Map<String, String> query) {
        return request("GET /members/{id}/ledger", Map.of("id", memberId), query);
    }

    static APIGatewayV2HTTPEvent request(String routeKey, Map<String, String> pathParameters, Map<String, String> query) {
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(routeKey)
                .withPathParameters(pathParameters).withQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("req-1")
                        .withTimeEpoch(NOW.toEpochMilli()).build())
                .build();
    }
}
