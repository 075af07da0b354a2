package com.crmfunctions.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmfunctions.wiring.Trigger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private final RouteTable routes = new RouteTable();

    RouteTableTest() {
        for (String route : new String[] {"GET /members/{id}", "GET /members/{id}/ledger", "GET /members/me", "ANY /files/{path+}",
                "POST /files/upload"}) {
            String[] parts = route.split(" ");
            routes.add(new Trigger.Route(parts[0], parts[1]), null);
        }
    }

    @Test
    void pathParametersTakeOneSegmentAndAreDecoded() {
        assertThat(match("GET", "/members/m%2042")).isEqualTo("GET /members/{id} {id=m 42}");
        assertThat(match("GET", "/members/a+b")).isEqualTo("GET /members/{id} {id=a+b}");
        assertThat(match("GET", "/members/m-1/ledger")).isEqualTo("GET /members/{id}/ledger {id=m-1}");
    }

    @Test
    void theMostSpecificRouteWins() {
        assertThat(match("GET", "/members/me")).isEqualTo("GET /members/me {}");
        assertThat(match("POST", "/files/upload")).isEqualTo("POST /files/upload {}");
        assertThat(match("DELETE", "/files/a/b/c.txt")).isEqualTo("ANY /files/{path+} {path=a/b/c.txt}");
    }

    @Test
    void otherMethodsAndPathsDoNotMatch() {
        assertThat(routes.match("POST", "/members/m-1")).isEmpty();
        assertThat(routes.match("GET", "/members/m-1/points")).isEmpty();
        assertThat(routes.match("GET", "/members/")).isEmpty();
    }

    private String match(String method, String path) {
        RouteTable.Match match = routes.match(method, path).orElseThrow();
        return match.route().declared().routeKey() + " " + Map.copyOf(match.pathParameters());
    }
}
