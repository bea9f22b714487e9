package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Saved backtests: save (checked, byte for byte, up to 20 MB), list per bot and version, get, result, delete. */
class BacktestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String bot(Client c) {
        Response r = c.post("/api/bots", "{\"name\":\"bt\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().get("bot").get("id").asText();
    }

    private static String body(String version, String result) {
        return "{\"version\":\"" + version + "\",\"result\":" + result + "}";
    }

    @Test
    void saveListGetResultDelete() throws Exception {
        Client c = server.newUser();
        String bot = bot(c);
        c.post("/api/bots/" + bot + "/versions", "{\"type\":\"minor\"}");
        String result = EngineResults.small();
        String base = "/api/bots/" + bot + "/backtests";

        Response first = c.post(base, body("1.0", result));
        assertEquals(201, first.status(), first.toString());
        JsonNode saved = first.json();
        JsonNode posted = JSON.readTree(result);
        assertEquals("1.0", saved.get("version").asText());
        assertEquals(posted.get("config"), saved.get("config"));
        assertEquals(posted.get("stats"), saved.get("stats"));
        assertEquals(result.getBytes(StandardCharsets.UTF_8).length, saved.get("resultBytes").asLong());
        Response second = c.post(base, "  {\"result\" : " + result + " , \"version\" : \"1.1\"}  ");
        assertEquals(201, second.status(), second.toString());

        assertEquals(2, c.get(base).json().size());
        assertEquals(second.json().get("id"), c.get(base).json().get(0).get("id"), "newest first");
        assertEquals(1, c.get(base + "?version=1.0").json().size());
        assertEquals(saved.get("id"), c.get(base + "?version=1.0").json().get(0).get("id"));
        assertEquals(0, c.get(base + "?version=7.0").json().size());
        assertEquals("bad_version", c.get(base + "?version=x").code());

        String id = saved.get("id").asText();
        assertEquals(saved, c.get(base + "/" + id).json());
        Response full = c.get(base + "/" + id + "/result");
        assertEquals(200, full.status());
        assertEquals(result, full.body(), "the result comes back byte for byte");
        assertTrue(full.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));

        assertEquals(204, c.delete(base + "/" + id).status());
        assertEquals(404, c.get(base + "/" + id).status());
        assertEquals(404, c.get(base + "/" + id + "/result").status());
        assertEquals(404, c.delete(base + "/" + id).status());
        assertEquals(1, c.get(base).json().size());
    }

    @Test
    void aLargeResultIsStoredInPartsAndReadBackWhole() throws Exception {
        Client c = server.newUser();
        String bot = bot(c);
        ObjectNode result = (ObjectNode) JSON.readTree(EngineResults.small());
        var logs = result.putArray("logs");
        String line = "x".repeat(200);
        for (int i = 0; i < 30_000; i++) {
            logs.addObject().put("time", 1_600_000_000_000L + i).put("type", "log").put("message", line + i);
        }
        String big = JSON.writeValueAsString(result);
        assertTrue(big.length() > 6_000_000, "a result of " + big.length() + " bytes");
        Response saved = c.post("/api/bots/" + bot + "/backtests", body("1.0", big));
        assertEquals(201, saved.status(), saved.toString());
        Response back = c.get("/api/bots/" + bot + "/backtests/" + saved.json().get("id").asText() + "/result");
        assertEquals(big, back.body());
    }

    @Test
    void aGzippedSaveIsUnpackedAndTheSameResultAgainIsTheKeptOne() throws Exception {
        Client c = server.newUser();
        String bot = bot(c);
        String base = "/api/bots/" + bot + "/backtests";
        String result = EngineResults.small();
        byte[] packed = gzip(body("1.0", result).getBytes(StandardCharsets.UTF_8));
        Response saved = c.sendBytes("POST", base, packed, "application/json", "gzip");
        assertEquals(201, saved.status(), saved.toString());
        assertEquals(result.getBytes(StandardCharsets.UTF_8).length, saved.json().get("resultBytes").asLong());
        assertEquals(64, saved.json().get("resultSha256").asText().length());
        assertEquals(result, c.get(base + "/" + saved.json().get("id").asText() + "/result").body());
        assertTrue(c.get("/api/bots/" + bot + "/versions/1.0").json().get("locked").asBoolean(), "keeping locks");

        // a rerun with the very same bytes is recognised: the kept one answers, nothing is stored twice
        Response again = c.post(base, body("1.0", result));
        assertEquals(200, again.status(), again.toString());
        assertEquals(saved.json().get("id"), again.json().get("id"));
        assertEquals(1, c.get(base).json().size());

        // beyond 200 MB unpacked: refused with the size and what to reduce
        String padded = "{" + " ".repeat(201 * 1024 * 1024) + body("1.0", result).substring(1);
        Response tooLarge = c.sendBytes("POST", base, gzip(padded.getBytes(StandardCharsets.UTF_8)), "application/json", "gzip");
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertEquals("body_too_large", tooLarge.code());
        assertTrue(tooLarge.message().contains("201.0 MB unpacked; the limit is 200.0 MB")
                && tooLarge.message().contains("plot and log less"), tooLarge.message());
        Response broken = c.sendBytes("POST", base, new byte[] {1, 2, 3}, "application/json", "gzip");
        assertEquals(400, broken.status(), broken.toString());
        assertEquals("unreadable_body", broken.code());
        assertEquals(415, c.sendBytes("POST", base, packed, "application/json", "br").status());
        assertEquals(1, c.get(base).json().size(), "nothing else was stored");
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void refusesWhatIsNotAnEngineResult() throws Exception {
        Client c = server.newUser();
        String bot = bot(c);
        String base = "/api/bots/" + bot + "/backtests";
        String result = EngineResults.small();
        ObjectNode tree = (ObjectNode) JSON.readTree(result);
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"result\":" + result + "}", new String[] {"missing_field", "version"});
        cases.put("{\"version\":\"1.0\"}", new String[] {"missing_field", "result"});
        cases.put(body("1.0", "[]"), new String[] {"wrong_type", "result"});
        cases.put("{\"version\":1.0,\"result\":" + result + "}", new String[] {"wrong_type", "version"});
        cases.put("{\"version\":\"1.0\",\"result\":" + result + ",\"note\":1}", new String[] {"unknown_field", "note"});
        cases.put(body("1.0", without(tree, "equity")), new String[] {"missing_field", "result.equity"});
        cases.put(body("1.0", with(tree, "extra", "1")), new String[] {"unknown_field", "result.extra"});
        cases.put(body("1.0", with(tree, "orders", "{}")), new String[] {"wrong_type", "result.orders"});
        cases.put(body("1.0", with(tree, "droppedLogs", "\"0\"")), new String[] {"wrong_type", "result.droppedLogs"});
        cases.put(body("1.0", with(tree, "config", "{\"pairs\":[\"BTC/USD\"],\"runInterval\":\"7h\",\"balances\":{}}")),
                new String[] {"invalid_value", "result.config"});
        cases.put(body("1.x", result), new String[] {"bad_version", "version"});
        cases.put("{\"version\":\"1.0\",\"version\":\"1.0\",\"result\":" + result + "}",
                new String[] {"duplicate_field", "version"});
        cases.put("[" + body("1.0", result) + "]", new String[] {"wrong_type", null});
        cases.put(body("1.0", result) + " {}", new String[] {"malformed_json", null});
        cases.put(body("1.0", result).substring(0, 500), new String[] {"malformed_json", null});
        cases.forEach((request, expected) -> {
            Response r = c.post(base, request);
            assertEquals(400, r.status(), r.toString());
            assertEquals(expected[0], r.code(), r.toString());
            assertEquals(expected[1], r.field(), r.toString());
        });
        assertEquals(404, c.post(base, body("3.0", result)).status(), "no such version");
        assertEquals(404, c.post("/api/bots/AAAAAAAAAAAAAAAAAAAAAA/backtests", body("1.0", result)).status());
        assertEquals(0, c.get(base).json().size(), "nothing was saved");
        assertTrue(!c.get("/api/bots/" + bot + "/versions/1.0").json().get("locked").asBoolean(),
                "a refused save locks nothing");

        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        Response tooLarge = c.sendBytes("POST", base, huge, "application/json");
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertEquals("body_too_large", tooLarge.code());
    }

    private static String without(ObjectNode tree, String key) throws Exception {
        ObjectNode copy = tree.deepCopy();
        copy.remove(key);
        return JSON.writeValueAsString(copy);
    }

    private static String with(ObjectNode tree, String key, String json) throws Exception {
        ObjectNode copy = tree.deepCopy();
        copy.set(key, JSON.readTree(json));
        return JSON.writeValueAsString(copy);
    }
}
