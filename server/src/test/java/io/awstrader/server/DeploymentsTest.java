package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.candle.CandleKey;
import io.awstrader.engine.market.TimeRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deployment routes: create on a virtual account, list, run a tick now, read results, stop, resume, move, delete. */
class DeploymentsTest {
    private static final String BOT = "function onData(input) {\\n"
            + "  console.log('tick at ' + input.candleData['BTC/USD'].length + ' candles');\\n"
            + "  if (!input.state.bought) {\\n"
            + "    input.trader.placeOrder({ pair: 'BTC/USD', type: 'market', direction: 'buy', amount: 0.01 });\\n"
            + "    input.state.bought = true;\\n"
            + "  }\\n"
            + "}\\n";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        // the last 300 hourly candles before now, in the candle cache the server's ticks read
        long hour = 3_600_000;
        long end = System.currentTimeMillis() / hour * hour;
        List<Candle> candles = new ArrayList<>();
        for (long t = end - 300 * hour; t < end; t += hour) {
            candles.add(new Candle(t, 100, 101, 99, 100.5, 1));
        }
        server.server().storage().candles().put(new CandleKey("bitfinex", Pair.parse("BTC/USD"), RunInterval.H1),
                new TimeRange(end - 300 * hour, end), candles);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String[] botAndExchange(Client c) {
        Response bot = c.post("/api/bots", "{\"name\":\"Paper bot\",\"source\":\"" + BOT + "\"}");
        assertEquals(201, bot.status(), bot.toString());
        Response exchange = c.post("/api/exchanges", "{\"name\":\"Paper\",\"provider\":\"virtual\",\"priceSource\":"
                + "\"bitfinex\",\"initialBalances\":{\"USD\":1000}}");
        assertEquals(201, exchange.status(), exchange.toString());
        return new String[] {bot.json().get("bot").get("id").asText(), exchange.json().get("id").asText()};
    }

    /** Deploys version 1.0 of {@code botId} on the virtual account {@code exchangeId} (BTC/USD, 1h); its id. */
    static String deploy(Client c, String botId, String exchangeId) {
        Response r = c.post("/api/deployments", body(botId, exchangeId, ""));
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asText();
    }

    private static String body(String botId, String exchangeId, String extra) {
        return "{\"name\":\"Live\",\"botId\":\"" + botId + "\",\"version\":\"1.0\",\"exchangeId\":\"" + exchangeId
                + "\",\"pairs\":[\"BTC/USD\"],\"interval\":\"1h\",\"settings\":{\"fees\":0.001,\"warmup\":50}" + extra
                + "}";
    }

    @Test
    void aDeploymentRunsATickNowAndShowsItsResultsThenStopsResumesMovesAndGoes() {
        Client c = server.newUser();
        String[] ids = botAndExchange(c);
        Response created = c.post("/api/deployments", body(ids[0], ids[1], ""));
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        assertTrue(created.json().get("active").asBoolean());
        assertEquals(1, c.get("/api/deployments").json().size());
        assertTrue(c.get("/api/bots/" + ids[0] + "/versions/1.0").json().get("locked").asBoolean(),
                "the deployed version is locked");

        Response tick = c.post("/api/deployments/" + id + "/tick", null);
        assertEquals(200, tick.status(), tick.toString());
        assertEquals("applied", tick.json().get("result").asText(), tick.toString());
        assertEquals(1, tick.json().get("ordersPlaced").asInt());
        assertEquals("duplicate", c.post("/api/deployments/" + id + "/tick", null).json().get("result").asText(),
                "the same candle is not acted on twice");

        JsonNode detail = c.get("/api/deployments/" + id).json();
        assertEquals(1, detail.get("deployment").get("ticks").asLong());
        assertEquals(1, detail.get("deployment").get("duplicateTicks").asLong());
        JsonNode result = detail.get("result");
        assertEquals(1, result.get("orders").size());
        assertEquals("placed", result.get("orders").get(0).get("status").asText());
        assertTrue(result.get("logs").get(0).get("message").asText().startsWith("tick at 50 candles"));
        assertEquals(1, result.get("equity").size());
        assertTrue(result.get("state").get("bought").asBoolean());

        Response stopped = c.post("/api/deployments/" + id + "/stop", null);
        assertFalse(stopped.json().get("active").asBoolean());
        assertTrue(c.post("/api/deployments/" + id + "/resume", null).json().get("active").asBoolean());

        Response v2 = c.post("/api/bots/" + ids[0] + "/versions", "{\"type\":\"major\"}");
        assertEquals(201, v2.status(), v2.toString());
        Response moved = c.post("/api/deployments/" + id + "/version", "{\"version\":\"2.0\",\"freshState\":true}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("2.0", moved.json().get("version").asText());
        assertTrue(c.get("/api/bots/" + ids[0] + "/versions/2.0").json().get("locked").asBoolean());
        assertFalse(c.get("/api/deployments/" + id).json().get("result").get("state").has("bought"),
                "a fresh state on the new version");

        assertEquals(204, c.delete("/api/deployments/" + id).status());
        assertEquals(404, c.get("/api/deployments/" + id).status());
    }

    @Test
    void badDeploymentsAreRefusedWithTheFieldAndNothingIsCreated() {
        Client c = server.newUser();
        String[] ids = botAndExchange(c);
        Response badInterval = c.post("/api/deployments", body(ids[0], ids[1], "").replace("\"1h\"", "\"2h\""));
        assertEquals(400, badInterval.status());
        assertTrue(badInterval.toString().contains("interval"), badInterval.toString());
        Response badSetting = c.post("/api/deployments", body(ids[0], ids[1], "").replace("\"fees\":0.001",
                "\"fees\":2"));
        assertEquals(400, badSetting.status(), badSetting.toString());
        Response unknownSetting = c.post("/api/deployments", body(ids[0], ids[1], "").replace("\"fees\"", "\"fee\""));
        assertEquals(400, unknownSetting.status(), unknownSetting.toString());
        Response mixedQuotes = c.post("/api/deployments", body(ids[0], ids[1], "").replace("[\"BTC/USD\"]",
                "[\"BTC/USD\",\"ETH/EUR\"]"));
        assertEquals(400, mixedQuotes.status(), mixedQuotes.toString());
        Response noVersion = c.post("/api/deployments", body(ids[0], ids[1], "").replace("\"1.0\"", "\"7.0\""));
        assertEquals(404, noVersion.status(), noVersion.toString());
        // a version that does not compile would fail every tick: refused at the version, to create or to move to
        String versions = "/api/bots/" + ids[0] + "/versions";
        assertEquals(201, c.post(versions, "{\"type\":\"minor\"}").status());
        assertEquals(200, c.patch(versions + "/1.1", "{\"source\":\"function onData(input) { const x: number = ; }\"}")
                .status());
        Response broken = c.post("/api/deployments", body(ids[0], ids[1], "").replace("\"1.0\"", "\"1.1\""));
        assertEquals(400, broken.status(), broken.toString());
        assertEquals("version", broken.json().get("error").get("field").asText(), broken.toString());
        assertTrue(broken.json().get("error").get("message").asText().contains("1.1 does not compile"), broken.toString());
        assertEquals(0, c.get("/api/deployments").json().size());
        String live = deploy(c, ids[0], ids[1]);
        Response move = c.post("/api/deployments/" + live + "/version", "{\"version\":\"1.1\"}");
        assertEquals(400, move.status(), move.toString());
        assertEquals("1.0", c.get("/api/deployments/" + live).json().get("deployment").get("version").asText());
        // deleting: cancelOrders is true or false (a paper deployment's orders go with its book either way)
        Response badCancel = c.delete("/api/deployments/" + live + "?cancelOrders=maybe");
        assertEquals(400, badCancel.status(), badCancel.toString());
        assertEquals("cancelOrders", badCancel.json().get("error").get("field").asText());
        assertEquals(204, c.delete("/api/deployments/" + live + "?cancelOrders=true").status());
        assertEquals(0, c.get("/api/deployments").json().size());
    }

    @Test
    void anotherAccountCannotSeeOrTouchADeployment() {
        Client owner = server.newUser();
        String[] ids = botAndExchange(owner);
        String id = owner.post("/api/deployments", body(ids[0], ids[1], "")).json().get("id").asText();
        Client other = server.newUser();
        assertEquals(0, other.get("/api/deployments").json().size());
        assertEquals(404, other.get("/api/deployments/" + id).status());
        assertEquals(404, other.post("/api/deployments/" + id + "/stop", null).status());
        assertEquals(404, other.post("/api/deployments/" + id + "/tick", null).status());
        assertEquals(404, other.delete("/api/deployments/" + id).status());
        // nor deploy the owner's bot on their own account
        String[] mine = botAndExchange(other);
        assertEquals(404, other.post("/api/deployments", body(ids[0], mine[1], "")).status());
        assertTrue(owner.get("/api/deployments/" + id).json().get("deployment").get("active").asBoolean());
    }

    @Test
    void aRealExchangeAccountTakesADeploymentWithTheSameValidationAndIsolation() {
        Client c = server.newUser();
        String botId = botAndExchange(c)[0];
        Response kraken = c.post("/api/exchanges", ExchangesTest.real("kraken", null));
        assertEquals(201, kraken.status(), kraken.toString());
        String krakenId = kraken.json().get("id").asText();
        Response badInterval = c.post("/api/deployments", body(botId, krakenId, "").replace("\"1h\"", "\"2h\""));
        assertEquals(400, badInterval.status(), badInterval.toString());
        Response created = c.post("/api/deployments", body(botId, krakenId, ""));
        assertEquals(201, created.status(), created.toString());
        assertEquals(krakenId, created.json().get("exchangeId").asText());
        assertEquals(0, created.json().get("exchangeErrors").asLong());
        // another account can neither deploy on this exchange account nor see the deployment
        Client other = server.newUser();
        String otherBot = botAndExchange(other)[0];
        assertEquals(404, other.post("/api/deployments", body(otherBot, krakenId, "")).status());
        assertEquals(404, other.get("/api/deployments/" + created.json().get("id").asText()).status());
    }
}
