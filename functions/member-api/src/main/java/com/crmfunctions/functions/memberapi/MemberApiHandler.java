package com.crmfunctions.functions.memberapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.crmfunctions.adapters.Clocks;
import com.crmfunctions.adapters.FunctionContext;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.wiring.CrmWiring;
import com.crmfunctions.wiring.FunctionSpec;
import com.crmfunctions.wiring.Trigger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code member-api} function: routes the HTTP API's requests (payload format 2.0) by route key.
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>route</th><th>answer</th></tr>
 *   <tr><td>{@code GET /members/{id}}</td><td>200 the member; 404 unknown member; 400 malformed id</td></tr>
 *   <tr><td>{@code GET /members/{id}/ledger}</td><td>200 one page and {@code next}; 404 unknown member; 400 bad {@code limit}/{@code cursor}</td></tr>
 *   <tr><td>the other routes the wiring declares for member-api</td><td>501 {@code {"error":"not implemented yet","route":"POST /coupons/{code}/redeem"}}</td></tr>
 *   <tr><td>anything else</td><td>404</td></tr>
 * </table>
 * An unexpected failure is logged and answered 500 with the request id; it writes nothing, so the caller may retry.
 */
public final class MemberApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final String MEMBER = "GET /members/{id}";
    static final String LEDGER = "GET /members/{id}/ledger";
    private static final String LOGGER = "MemberApi";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> HEADERS = Map.of("content-type", "application/json", "cache-control", "no-store");
    /** Routes the wiring gives this function that are not built yet. */
    private static final Set<String> NOT_IMPLEMENTED = declaredRoutes().stream()
            .filter(route -> !route.equals(MEMBER) && !route.equals(LEDGER)).collect(Collectors.toUnmodifiableSet());

    private final MemberApi api;
    private final JsonLog log;

    /** Lambda's constructor: the programme, the DynamoDB client and the repositories, once per execution environment. */
    public MemberApiHandler() {
        this(FunctionContext.start().getBean(MemberApi.class), JsonLog.standardError());
    }

    MemberApiHandler(MemberApi api, JsonLog log) {
        this.api = Objects.requireNonNull(api, "api");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        String route = request.getRouteKey() == null ? "" : request.getRouteKey();
        HttpResult result;
        try {
            result = route(route, request);
        } catch (RuntimeException e) {
            String requestId = request.getRequestContext() == null ? null : request.getRequestContext().getRequestId();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("route", route);
            fields.put("requestId", requestId);
            fields.put("errorType", e.getClass().getName());
            fields.put("error", e.getMessage());
            log.error(LOGGER, "request failed", fields);
            result = HttpResult.error(500, "internal error", "requestId", requestId);
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(result.status()).withHeaders(HEADERS)
                .withBody(write(result)).withIsBase64Encoded(false).build();
    }

    private HttpResult route(String route, APIGatewayV2HTTPEvent request) {
        String id = request.getPathParameters() == null ? null : request.getPathParameters().get("id");
        if (route.equals(MEMBER)) {
            return api.member(id, Clocks.requestTime(request));
        }
        if (route.equals(LEDGER)) {
            return api.ledger(id, request.getQueryStringParameters() == null ? Map.of() : request.getQueryStringParameters());
        }
        if (NOT_IMPLEMENTED.contains(route)) {
            return HttpResult.error(501, "not implemented yet", "route", route);
        }
        return HttpResult.error(404, "no such route", "route", route);
    }

    private static List<String> declaredRoutes() {
        FunctionSpec function = CrmWiring.declaration().function("member-api")
                .orElseThrow(() -> new IllegalStateException("the wiring declares no member-api function"));
        return ((Trigger.Http) function.trigger()).routes().stream().map(Trigger.Route::routeKey).toList();
    }

    private static String write(HttpResult result) {
        try {
            return JSON.writeValueAsString(result.body());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
