package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.server.api.RouteSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every route the server serves: each gets a 4xx with {"error": {"code", "message", "field"}}, never a
 * 500. The routes come from the running router, so a new route is covered the day it is added.
 */
class ValidationTest {
    private static TestServer server;
    private static Client client;
    private static Map<String, String> ids;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        client = server.newUser();
        String bot = client.post("/api/bots", "{\"name\":\"v\"}").json().get("bot").get("id").asText();
        String backtest = client.post("/api/bots/" + bot + "/backtests",
                "{\"version\":\"1.0\",\"result\":" + EngineResults.small() + "}").json().get("id").asText();
        client.post("/api/bots/" + bot + "/versions", "{\"type\":\"minor\"}");
        String exchange = client.post("/api/exchanges", "{\"name\":\"p\",\"provider\":\"virtual\",\"priceSource\":"
                + "\"bitfinex\",\"initialBalances\":{\"USD\":5}}").json().get("id").asText();
        String deployment = DeploymentsTest.deploy(client, bot, exchange);
        ids = Map.of("botId", bot, "backtestId", backtest, "exchangeId", exchange, "version", "1.1",
                "deploymentId", deployment);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path(RouteSpec route, String param, String value) {
        String path = route.path();
        for (Map.Entry<String, String> e : ids.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getKey().equals(param) ? value : e.getValue());
        }
        return path;
    }

    private static void assertRefused(Response r, int status, String code) {
        assertEquals(status, r.status(), r.toString());
        assertRefusedShape(r);
        if (code != null) {
            assertEquals(code, r.code(), r.toString());
        }
    }

    private static void assertRefusedShape(Response r) {
        assertTrue(r.status() >= 400 && r.status() < 500, r.toString());
        JsonNode error = r.json().get("error");
        assertTrue(error != null && error.size() == 3 && error.has("code") && error.has("message") && error.has("field"),
                r.toString());
        assertTrue(error.get("message").asText().length() > 5, r.toString());
    }

    @Test
    void badBodiesOnEveryRouteThatTakesOne() {
        for (RouteSpec route : server.server().routes()) {
            if (route.body() == null) {
                continue;
            }
            String m = route.method().name();
            String p = path(route, null, null);
            assertRefused(client.send(m, p, "{\"name\":", Map.of()), 400, "malformed_json");
            assertRefused(client.send(m, p, "[]", Map.of()), 400, "wrong_type");
            assertRefused(client.send(m, p, "\"text\"", Map.of()), 400, "wrong_type");
            assertRefused(client.send(m, p, "null", Map.of()), 400, null);
            assertRefused(client.send(m, p, "{\"zzz\":1}", Map.of()), 400, "unknown_field");
            assertRefused(client.send(m, p, "{} {}", Map.of()), 400, "malformed_json");
            assertRefused(client.send(m, p, "[".repeat(5000) + "]".repeat(5000), Map.of()), 400, null);
            assertRefused(client.send(m, p, "{}", Map.of("Content-Type", "text/plain")), 415, "unsupported_media_type");
            assertRefused(client.send(m, p, "{}", Map.of("Content-Type", "application/json; charset=latin1")), 415, null);
            assertRefused(client.send(m, p, "{}", Map.of("Content-Type", "")), 415, null);
            assertRefused(client.sendBytes(m, p, new byte[0], "application/json"), 400, "missing_body");
            byte[] tooBig = ("{\"name\":\"" + "x".repeat((int) route.bodyLimit()) + "\"}").getBytes(StandardCharsets.UTF_8);
            assertRefused(client.sendBytes(m, p, tooBig, "application/json"), 413, "body_too_large");
        }
    }

    @Test
    void wrongTypesInEveryFieldOfEveryBody() {
        Object[] wrongValues = {12345678901234L, 1.5, true, "text", List.of(), Map.of("a", 1)};
        for (RouteSpec route : server.server().routes()) {
            if (route.body() == null || !route.body().isRecord()) {
                continue;
            }
            for (var component : route.body().getRecordComponents()) {
                for (Object wrong : wrongValues) {
                    String json = "{\"" + component.getName() + "\":" + toJson(wrong) + "}";
                    Response r = client.send(route.method().name(), path(route, null, null), json, Map.of());
                    assertTrue(r.status() < 500, r.toString());
                    if (r.status() >= 400) {
                        assertRefusedShape(r);
                    }
                }
            }
        }
    }

    @Test
    void badIdsUnknownQueriesAndUnexpectedBodies() {
        for (RouteSpec route : server.server().routes()) {
            String m = route.method().name();
            if (!route.signedIn()) {
                continue; // sign-up and login are the auth tests'; health takes nothing
            }
            for (String param : route.pathParameters()) {
                for (String bad : new String[] {"bad$id", "..%2F..", "x".repeat(80), "%00", "1.x"}) {
                    Response r = client.send(m, path(route, param, bad), route.body() == null ? null : "{}", Map.of());
                    assertTrue(r.status() == 400 || r.status() == 404, r.toString());
                    assertRefusedShape(r);
                }
                Response unknown = client.send(m, path(route, param, param.equals("version") ? "9.9"
                        : "AAAAAAAAAAAAAAAAAAAAAA"), route.body() == null ? null : "{}", Map.of());
                assertTrue(unknown.status() == 404 || unknown.status() == 400, unknown.toString());
            }
            Response query = client.send(m, path(route, null, null) + "?zzz=1", route.body() == null ? null : "{}", Map.of());
            assertRefused(query, 400, "unknown_field");
            assertEquals("zzz", query.field());
            if (route.body() == null) {
                assertRefused(client.send(m, path(route, null, null), "{\"a\":1}", Map.of()), 400, "unexpected_body");
            }
        }
        assertRefused(client.get("/api/no/such/route"), 404, "not_found");
        assertRefused(client.send("PUT", "/api/bots", "{}", Map.of()), 404, null);
    }

    @Test
    void randomBytesNeverMakeAServerError() {
        Random random = new Random(42);
        for (RouteSpec route : server.server().routes()) {
            if (route.body() == null) {
                continue;
            }
            for (int i = 0; i < 15; i++) {
                byte[] junk = new byte[random.nextInt(300)];
                random.nextBytes(junk);
                if (i % 3 == 0 && junk.length > 0) {
                    junk[0] = '{';
                }
                Response r = client.sendBytes(route.method().name(), path(route, null, null), junk, "application/json");
                assertTrue(r.status() < 500, r.toString());
            }
        }
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
