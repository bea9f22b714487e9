package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.awstrader.server.api.RouteSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second account can neither see nor change the first account's resources, through any route. The routes come
 * from the running router: a route without a case here fails the test, so each new route states how it is isolated.
 */
class TenantIsolationTest {
    private static TestServer server;
    private static Client alice;
    private static Client mallory;
    private static Map<String, String> ids;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        alice = server.newUser();
        mallory = server.newUser();
        String bot = alice.post("/api/bots", "{\"name\":\"alice bot\"}").json().get("bot").get("id").asText();
        alice.post("/api/bots/" + bot + "/versions", "{\"type\":\"minor\"}");
        String backtest = alice.post("/api/bots/" + bot + "/backtests",
                "{\"version\":\"1.0\",\"result\":" + EngineResults.small() + "}").json().get("id").asText();
        String exchange = alice.post("/api/exchanges", ExchangesTest.real("bitfinex", null)).json().get("id").asText();
        String paper = alice.post("/api/exchanges", "{\"name\":\"p\",\"provider\":\"virtual\",\"priceSource\":"
                + "\"bitfinex\",\"initialBalances\":{\"USD\":5}}").json().get("id").asText();
        String deployment = DeploymentsTest.deploy(alice, bot, paper);
        ids = Map.of("botId", bot, "backtestId", backtest, "exchangeId", exchange, "version", "1.1",
                "deploymentId", deployment);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** How the other account tries a route on the first account's resources: the body it sends (null: none). */
    private record Attempt(String body) {
    }

    /** Routes with a path id: the other account sends a valid request for the first account's resource: 404. */
    private static Map<String, Attempt> foreignResourceAttempts() throws Exception {
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        attempts.put("GET /api/bots/{botId}", new Attempt(null));
        attempts.put("PATCH /api/bots/{botId}", new Attempt("{\"name\":\"taken over\"}"));
        attempts.put("DELETE /api/bots/{botId}", new Attempt(null));
        attempts.put("GET /api/bots/{botId}/versions", new Attempt(null));
        attempts.put("POST /api/bots/{botId}/versions", new Attempt("{\"type\":\"major\"}"));
        attempts.put("GET /api/bots/{botId}/versions/{version}", new Attempt(null));
        attempts.put("PATCH /api/bots/{botId}/versions/{version}", new Attempt("{\"source\":\"function onData() {}\"}"));
        attempts.put("GET /api/bots/{botId}/backtests", new Attempt(null));
        attempts.put("POST /api/bots/{botId}/backtests",
                new Attempt("{\"version\":\"1.1\",\"result\":" + EngineResults.small() + "}"));
        attempts.put("GET /api/bots/{botId}/backtests/{backtestId}", new Attempt(null));
        attempts.put("GET /api/bots/{botId}/backtests/{backtestId}/result", new Attempt(null));
        attempts.put("DELETE /api/bots/{botId}/backtests/{backtestId}", new Attempt(null));
        attempts.put("GET /api/exchanges/{exchangeId}", new Attempt(null));
        attempts.put("GET /api/exchanges/{exchangeId}/balances", new Attempt(null));
        attempts.put("DELETE /api/exchanges/{exchangeId}", new Attempt(null));
        attempts.put("GET /api/deployments/{deploymentId}", new Attempt(null));
        attempts.put("POST /api/deployments/{deploymentId}/stop", new Attempt(null));
        attempts.put("POST /api/deployments/{deploymentId}/resume", new Attempt(null));
        attempts.put("POST /api/deployments/{deploymentId}/version", new Attempt("{\"version\":\"1.1\"}"));
        attempts.put("POST /api/deployments/{deploymentId}/tick", new Attempt(null));
        attempts.put("DELETE /api/deployments/{deploymentId}", new Attempt(null));
        return attempts;
    }

    /** Routes without an id: they act on the caller's own account only (checked below), or hold no account data. */
    private static final Map<String, String> OWN_OR_SHARED = Map.ofEntries(
            Map.entry("GET /api/bots", "lists the caller's bots"),
            Map.entry("POST /api/bots", "creates in the caller's account"),
            Map.entry("GET /api/exchanges", "lists the caller's exchange accounts"),
            Map.entry("POST /api/exchanges", "creates in the caller's account"),
            Map.entry("GET /api/deployments", "lists the caller's deployments"),
            Map.entry("POST /api/deployments", "creates in the caller's account, of the caller's bots and exchanges"),
            Map.entry("GET /api/auth/me", "the caller's account"),
            Map.entry("POST /api/auth/logout", "ends the caller's session"),
            Map.entry("POST /api/auth/signup", "public"),
            Map.entry("POST /api/auth/login", "public"),
            Map.entry("GET /api/health", "public"),
            Map.entry("GET /api/openapi.json", "the same document for everyone"),
            Map.entry("GET /api/candles", "market data shared by all accounts"),
            Map.entry("GET /api/candles/markets", "what market data exists, shared by all accounts"),
            Map.entry("GET /api/samples", "the bundled sample bots, the same for everyone"));

    private static String fill(String path) {
        for (Map.Entry<String, String> e : ids.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        return path;
    }

    /** Everything the first account can read about its resources. */
    private static List<String> aliceView() {
        List<String> view = new ArrayList<>();
        for (String path : List.of("/api/bots", "/api/bots/{botId}", "/api/bots/{botId}/versions",
                "/api/bots/{botId}/versions/1.0", "/api/bots/{botId}/versions/1.1", "/api/bots/{botId}/backtests",
                "/api/bots/{botId}/backtests/{backtestId}", "/api/bots/{botId}/backtests/{backtestId}/result",
                "/api/exchanges", "/api/exchanges/{exchangeId}", "/api/deployments", "/api/deployments/{deploymentId}",
                "/api/auth/me")) {
            Response r = alice.get(fill(path));
            assertEquals(200, r.status(), r.toString());
            view.add(r.body());
        }
        return view;
    }

    @Test
    void theOtherAccountGets404AndChangesNothing() throws Exception {
        List<String> before = aliceView();
        Map<String, Attempt> attempts = foreignResourceAttempts();
        for (RouteSpec route : server.server().routes()) {
            String label = route.label();
            Attempt attempt = attempts.get(label);
            if (attempt == null) {
                if (!OWN_OR_SHARED.containsKey(label)) {
                    fail("new route " + label + ": add a tenant-isolation case to " + getClass().getSimpleName());
                }
                assertTrue(route.pathParameters().isEmpty(), label + " takes an id: it needs an attempt");
                continue;
            }
            Response r = mallory.send(route.method().name(), fill(route.path()), attempt.body(), Map.of());
            assertEquals(404, r.status(), r.toString());
            assertEquals("not_found", r.code(), r.toString());
            assertFalse(r.body().contains("alice bot") || r.body().contains("KEYa"), "nothing of hers shows: " + r);
        }
        assertEquals(before, aliceView(), "the first account's data did not change");
        for (String label : attempts.keySet()) {
            assertTrue(server.server().routes().stream().anyMatch(r -> r.label().equals(label)), "stale case " + label);
        }
    }

    @Test
    void listsAndCreatesStayInTheCallersAccount() {
        assertEquals(0, mallory.get("/api/bots").json().size());
        assertEquals(0, mallory.get("/api/exchanges").json().size());
        String own = mallory.post("/api/bots", "{\"name\":\"mallory bot\"}").json().get("bot").get("id").asText();
        mallory.post("/api/exchanges", "{\"name\":\"p\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\","
                + "\"initialBalances\":{\"USD\":1}}");
        assertEquals(1, mallory.get("/api/bots").json().size());
        assertEquals(1, alice.get("/api/bots").json().size(), "the other account's bot is not in the first's list");
        assertEquals(2, alice.get("/api/exchanges").json().size(), "her real and her paper account");
        assertEquals(0, mallory.get("/api/deployments").json().size());
        assertEquals(1, alice.get("/api/deployments").json().size());
        assertEquals(404, alice.get("/api/bots/" + own).status(), "and the other way round");
        assertFalse(mallory.get("/api/auth/me").body().contains(alice.get("/api/auth/me").json().get("id").asText()));
    }
}
