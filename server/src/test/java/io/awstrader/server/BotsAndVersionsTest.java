package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.server.api.BotsApi;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.deployment.NewDeployment;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bots and versions over HTTP: the happy paths, compile on save, locking, and the refusals. */
class BotsAndVersionsTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode createBot(Client c, String name, String source) {
        String body = source == null ? "{\"name\":\"" + name + "\"}"
                : "{\"name\":\"" + name + "\",\"source\":" + quote(source) + "}";
        Response r = c.post("/api/bots", body);
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static String quote(String text) {
        return io.awstrader.engine.json.Json.quote(text);
    }

    @Test
    void createListGetRenameDelete() {
        Client c = server.newUser();
        JsonNode created = createBot(c, "  Momentum  ", null);
        String id = created.get("bot").get("id").asText();
        assertEquals("Momentum", created.get("bot").get("name").asText());
        assertEquals("1.0", created.get("version").get("number").asText());
        assertEquals(BotsApi.TEMPLATE, created.get("version").get("source").asText());
        assertEquals(0, created.get("version").get("diagnostics").size());
        assertTrue(created.get("version").get("javascript").asText().contains("function onData"));

        JsonNode list = c.get("/api/bots").json();
        assertEquals(1, list.size());
        assertEquals(id, list.get(0).get("id").asText());

        JsonNode detail = c.get("/api/bots/" + id).json();
        assertEquals("Momentum", detail.get("name").asText());
        assertEquals("1.0", detail.get("versions").get(0).get("number").asText());

        Response renamed = c.patch("/api/bots/" + id, "{\"name\":\"Momentum v2\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Momentum v2", c.get("/api/bots/" + id).json().get("name").asText());
        assertEquals("invalid_value", c.patch("/api/bots/" + id, "{\"name\":\"   \"}").code());
        assertEquals("invalid_value", c.patch("/api/bots/" + id, "{\"name\":\"" + "x".repeat(101) + "\"}").code());
        assertEquals("missing_field", c.patch("/api/bots/" + id, "{}").code());

        assertEquals(204, c.delete("/api/bots/" + id).status());
        assertEquals(404, c.get("/api/bots/" + id).status());
        assertEquals(404, c.get("/api/bots/" + id + "/versions").status());
        assertEquals(404, c.delete("/api/bots/" + id).status());
        assertEquals(0, c.get("/api/bots").json().size());
        Response badId = c.get("/api/bots/not$an$id");
        assertEquals(400, badId.status());
        assertEquals("bad_id", badId.code());
        assertEquals("botId", badId.field());
    }

    @Test
    void compileErrorsComeBackWithLineAndColumnAndAreStored() {
        Client c = server.newUser();
        JsonNode created = createBot(c, "Broken", "function onData(input) {\n  const x: number = ;\n}\n");
        JsonNode version = created.get("version");
        assertEquals("", version.get("javascript").asText());
        JsonNode error = version.get("diagnostics").get(0);
        assertEquals(2, error.get("line").asInt());
        assertEquals(21, error.get("column").asInt());
        assertFalse(error.get("message").asText().isBlank());
        String id = created.get("bot").get("id").asText();
        assertEquals(version.get("diagnostics"), c.get("/api/bots/" + id + "/versions/1.0").json().get("diagnostics"),
                "diagnostics are stored with the version");

        Response fixed = c.patch("/api/bots/" + id + "/versions/1.0",
                "{\"source\":" + quote("function onData(input: any): void {\n  const x: number = 1;\n}\n") + "}");
        assertEquals(200, fixed.status(), fixed.toString());
        assertEquals(0, fixed.json().get("diagnostics").size());
        assertTrue(fixed.json().get("javascript").asText().contains("const x = 1"), fixed.toString());
        Response tooBig = c.patch("/api/bots/" + id + "/versions/1.0",
                "{\"source\":\"" + "/".repeat(400 * 1024) + "\"}");
        assertEquals(400, tooBig.status(), tooBig.toString());
        assertEquals("source", tooBig.field());
    }

    @Test
    void majorAndMinorVersionsCopyTheNewestCode() {
        Client c = server.newUser();
        String id = createBot(c, "Versions", "function onData(input) { /* one */ }\n").get("bot").get("id").asText();
        String base = "/api/bots/" + id + "/versions";
        Response major = c.post(base, "{\"type\":\"major\"}");
        assertEquals(201, major.status(), major.toString());
        assertEquals("2.0", major.json().get("number").asText());
        assertTrue(major.json().get("source").asText().contains("one"));
        c.patch(base + "/2.0", "{\"source\":\"function onData(input) { /* two */ }\\n\"}");
        Response minor = c.post(base, "{\"type\":\"minor\"}");
        assertEquals("2.1", minor.json().get("number").asText(), "a minor of the newest major by default");
        assertTrue(minor.json().get("source").asText().contains("two"));
        Response oldMinor = c.post(base, "{\"type\":\"minor\",\"major\":1}");
        assertEquals("1.1", oldMinor.json().get("number").asText());
        assertTrue(oldMinor.json().get("source").asText().contains("one"), "copies that major's newest code");
        List<String> numbers = c.get(base).json().findValuesAsText("number");
        assertEquals(List.of("1.0", "1.1", "2.0", "2.1"), numbers);

        assertEquals("invalid_value", c.post(base, "{\"type\":\"patch\"}").code());
        assertEquals("invalid_value", c.post(base, "{\"type\":\"major\",\"major\":3}").code());
        assertEquals("invalid_value", c.post(base, "{\"type\":\"minor\",\"major\":7}").code());
        assertEquals("wrong_type", c.post(base, "{\"type\":\"minor\",\"major\":\"1\"}").code());
        assertEquals("wrong_type", c.post(base, "{\"type\":\"minor\",\"major\":1.5}").code());
        assertEquals("missing_field", c.post(base, "{}").code());
        assertEquals(404, c.get(base + "/9.9").status());
        Response badVersion = c.get(base + "/1.x");
        assertEquals(400, badVersion.status());
        assertEquals("bad_version", badVersion.code());
        assertEquals(404, c.post("/api/bots/AAAAAAAAAAAAAAAAAAAAAA/versions", "{\"type\":\"major\"}").status());
    }

    @Test
    void aBacktestedVersionIsLocked() throws Exception {
        Client c = server.newUser();
        String id = createBot(c, "Locked", null).get("bot").get("id").asText();
        Response saved = c.post("/api/bots/" + id + "/backtests",
                "{\"version\":\"1.0\",\"result\":" + EngineResults.small() + "}");
        assertEquals(201, saved.status(), saved.toString());
        JsonNode version = c.get("/api/bots/" + id + "/versions/1.0").json();
        assertTrue(version.get("locked").asBoolean());
        Response edit = c.patch("/api/bots/" + id + "/versions/1.0", "{\"source\":\"function onData() {}\"}");
        assertEquals(409, edit.status());
        assertEquals("version_locked", edit.code());
        assertTrue(edit.json().get("error").get("message").asText().contains("create a new version"));
        assertEquals(version.get("source"), c.get("/api/bots/" + id + "/versions/1.0").json().get("source"));
        JsonNode next = c.post("/api/bots/" + id + "/versions", "{\"type\":\"minor\"}").json();
        assertFalse(next.get("locked").asBoolean());
        assertEquals(200, c.patch("/api/bots/" + id + "/versions/1.1", "{\"source\":\"function onData() {}\"}").status());
    }

    @Test
    void aBotWithAnActiveDeploymentIsNotDeleted() {
        Client c = server.newUser();
        String accountId = c.get("/api/auth/me").json().get("id").asText();
        String id = createBot(c, "Deployed", null).get("bot").get("id").asText();
        String exchange = c.post("/api/exchanges", "{\"name\":\"Paper\",\"provider\":\"virtual\",\"priceSource\":"
                + "\"bitfinex\",\"initialBalances\":{\"USD\":1000}}").json().get("id").asText();
        Deployment deployment = server.server().storage().deployments().create(accountId, new NewDeployment("live", id,
                new VersionNumber(1, 0), exchange, RunInterval.H1, List.of(Pair.parse("BTC/USD")), true));
        Response refused = c.delete("/api/bots/" + id);
        assertEquals(409, refused.status());
        assertEquals("bot_deployed", refused.code());
        assertTrue(refused.json().get("error").get("message").asText().contains("1 active deployment"), refused.toString());
        assertEquals(200, c.get("/api/bots/" + id).status());
        Response exchangeInUse = c.delete("/api/exchanges/" + exchange);
        assertEquals(409, exchangeInUse.status());
        assertEquals("exchange_in_use", exchangeInUse.code());

        server.server().storage().deployments().setActive(accountId, deployment.id(), false, deployment.lockVersion());
        assertEquals(204, c.delete("/api/bots/" + id).status());
        assertTrue(server.server().storage().deployments().get(accountId, deployment.id()).isEmpty(),
                "its stopped deployment went with it");
        assertEquals(204, c.delete("/api/exchanges/" + exchange).status());
    }
}
