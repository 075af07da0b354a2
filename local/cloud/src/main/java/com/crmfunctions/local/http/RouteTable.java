package com.crmfunctions.local.http;

import com.crmfunctions.local.lambda.LocalFunction;
import com.crmfunctions.wiring.Trigger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API's routes, matched as API Gateway does: {@code {name}} takes one path segment,
 * {@code {name+}} the rest of the path; the most specific route wins (more literal segments first,
 * greedy routes last, {@code ANY} after explicit methods).
 */
final class RouteTable {
    record Route(Trigger.Route declared, LocalFunction function, Pattern pattern, List<String> parameters, int literals,
                 boolean greedy) {
        boolean anyMethod() { return declared.method().equals("ANY"); }
    }

    record Match(Route route, Map<String, String> pathParameters) {}

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+?)(\\+?)}");

    private final List<Route> routes = new ArrayList<>();

    void add(Trigger.Route declared, LocalFunction function) {
        List<String> parameters = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(declared.path());
        int last = 0;
        boolean greedy = false;
        while (m.find()) {
            regex.append(Pattern.quote(declared.path().substring(last, m.start())));
            greedy |= !m.group(2).isEmpty();
            regex.append(m.group(2).isEmpty() ? "([^/]+)" : "(.+)");
            parameters.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(declared.path().substring(last)));
        int literals = (int) Arrays.stream(declared.path().split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).count();
        routes.add(new Route(declared, function, Pattern.compile(regex.toString()), parameters, literals, greedy));
        routes.sort(Comparator.comparing(Route::greedy)
                .thenComparing(Comparator.comparingInt(Route::literals).reversed())
                .thenComparing(Route::anyMethod));
    }

    Optional<Match> match(String method, String rawPath) {
        for (Route route : routes) {
            if (!route.anyMethod() && !route.declared().method().equalsIgnoreCase(method)) continue;
            Matcher m = route.pattern().matcher(rawPath);
            if (!m.matches()) continue;
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < route.parameters().size(); i++) {
                parameters.put(route.parameters().get(i), decodePath(m.group(i + 1)));
            }
            return Optional.of(new Match(route, parameters));
        }
        return Optional.empty();
    }

    List<Route> routes() { return List.copyOf(routes); }

    /** Percent-decoding for a path segment ('+' is a plus sign in a path, not a space). */
    static String decodePath(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
