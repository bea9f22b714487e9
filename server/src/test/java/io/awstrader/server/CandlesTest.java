package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Resampler;
import io.awstrader.engine.market.RunInterval;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Candles served from the cache, which the first start fills with the bundled data and its resamples. */
class CandlesTest {
    private static TestServer server;
    private static CandleSeries hourly;
    private static Client client;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(s -> s.withLoadCandles(true));
        hourly = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"))).series();
        client = server.newUser();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String interval, long from, long to) {
        return "/api/candles?exchange=bitfinex&pair=BTC/USD&interval=" + interval + "&from=" + from + "&to=" + to;
    }

    @Test
    void allBundledHoursComeBackAsTheyWereInTheFile() {
        long from = (long) hourly.firstTime();
        long to = (long) hourly.lastTime() + 3_600_000L;
        Response r = client.get(url("1h", from, to));
        assertEquals(200, r.status(), r.toString());
        JsonNode answer = r.json();
        assertTrue(answer.get("complete").asBoolean());
        assertEquals(hourly.size(), answer.get("count").asInt());
        assertTrue(hourly.size() > 31_000, "31k candles: " + hourly.size());
        JsonNode candles = answer.get("candles");
        for (int i : new int[] {0, 1, 1000, hourly.size() / 2, hourly.size() - 1}) {
            assertEquals((long) hourly.time(i), candles.get("time").get(i).asLong());
            assertEquals(hourly.open(i), candles.get("open").get(i).asDouble());
            assertEquals(hourly.high(i), candles.get("high").get(i).asDouble());
            assertEquals(hourly.low(i), candles.get("low").get(i).asDouble());
            assertEquals(hourly.close(i), candles.get("close").get(i).asDouble());
            assertEquals(hourly.volume(i), candles.get("volume").get(i).asDouble());
        }
    }

    @Test
    void theResamplesAreThereToo() {
        for (RunInterval interval : new RunInterval[] {RunInterval.H4, RunInterval.D1}) {
            CandleSeries expected = Resampler.resample(hourly, interval);
            Response r = client.get(url(interval.code(), (long) expected.firstTime(), (long) expected.lastTime() + 1));
            JsonNode answer = r.json();
            assertEquals(expected.size(), answer.get("count").asInt(), interval.code());
            int mid = expected.size() / 2;
            assertEquals((long) expected.time(mid), answer.get("candles").get("time").get(mid).asLong());
            assertEquals(expected.close(mid), answer.get("candles").get("close").get(mid).asDouble());
        }
    }

    @Test
    void aRangeBeyondTheCacheSaysWhatIsAvailable() {
        long last = (long) hourly.lastTime();
        Response r = client.get(url("1h", last - 5 * 3_600_000L, last + 10 * 3_600_000L));
        JsonNode answer = r.json();
        assertEquals(200, r.status());
        assertFalse(answer.get("complete").asBoolean());
        assertEquals(6, answer.get("count").asInt());
        assertEquals(last + 3_600_000L, answer.get("missing").get(0).get("from").asLong());
        assertEquals((long) hourly.firstTime(), answer.get("available").get(0).get("from").asLong());
        assertEquals(last + 3_600_000L, answer.get("available").get(0).get("to").asLong());
        // the adapter asked the exchange (a refused local port in tests: see the pom) and says it could not
        assertTrue(answer.get("note").asText().contains("bitfinex could not be reached"), answer.get("note").asText());

        JsonNode kraken = client.get("/api/candles?exchange=kraken&pair=ETH_USD&interval=1d&from=0&to=86400000").json();
        assertEquals(0, kraken.get("count").asInt());
        assertEquals(0, kraken.get("available").size());
        assertEquals("ETH/USD", kraken.get("pair").asText());
    }

    @Test
    void theMarketsOfAPairComeFromTheCacheAndTheAdapters() {
        Response r = client.get("/api/candles/markets?pair=BTC/USD");
        assertEquals(200, r.status(), r.toString());
        JsonNode hourlyBitfinex = null;
        int kraken = 0;
        for (JsonNode market : r.json().get("markets")) {
            if (market.get("exchange").asText().equals("bitfinex") && market.get("interval").asText().equals("1h")) {
                hourlyBitfinex = market;
            }
            if (market.get("exchange").asText().equals("kraken")) {
                kraken++;
                assertEquals(0, market.get("cached").size(), "nothing of kraken is bundled");
                assertTrue(market.get("fetchable").asBoolean(), market.toString());
            }
        }
        assertTrue(hourlyBitfinex != null, r.toString());
        assertEquals((long) hourly.firstTime(), hourlyBitfinex.get("cached").get(0).get("from").asLong());
        assertEquals((long) hourly.lastTime() + 3_600_000L, hourlyBitfinex.get("cached").get(0).get("to").asLong());
        assertEquals(RunInterval.values().length, kraken, "kraken serves every run interval, some by resampling");

        // one exchange and interval: what the form's run waits for, the same entry as in the whole answer
        Response one = client.get("/api/candles/markets?pair=BTC/USD&exchange=bitfinex&interval=1h");
        assertEquals(200, one.status(), one.toString());
        assertEquals(1, one.json().get("markets").size(), one.toString());
        assertEquals(hourlyBitfinex, one.json().get("markets").get(0));
        Response krakenDaily = client.get("/api/candles/markets?pair=BTC/USD&exchange=kraken&interval=1d");
        assertEquals("kraken", krakenDaily.json().get("markets").get(0).get("exchange").asText(), krakenDaily.toString());
        assertEquals(1, krakenDaily.json().get("markets").size(), krakenDaily.toString());

        assertEquals(400, client.get("/api/candles/markets?pair=BTCUSD").status());
        assertEquals(400, client.get("/api/candles/markets").status());
        Response badExchange = client.get("/api/candles/markets?pair=BTC/USD&exchange=binance");
        assertEquals(400, badExchange.status(), badExchange.toString());
        assertEquals("exchange", badExchange.field());
        Response badInterval = client.get("/api/candles/markets?pair=BTC/USD&interval=2h");
        assertEquals(400, badInterval.status(), badInterval.toString());
        assertEquals("interval", badInterval.field());
    }

    @Test
    void refusesBadQueries() {
        String[][] cases = {
            {"/api/candles?pair=BTC/USD&interval=1h&from=0&to=1", "missing_field", "exchange"},
            {"/api/candles?exchange=binance&pair=BTC/USD&interval=1h&from=0&to=1", "invalid_value", "exchange"},
            {"/api/candles?exchange=bitfinex&pair=BTCUSD&interval=1h&from=0&to=1", "invalid_value", "pair"},
            {"/api/candles?exchange=bitfinex&pair=BTC/USD&interval=2h&from=0&to=1", "invalid_value", "interval"},
            {"/api/candles?exchange=bitfinex&pair=BTC/USD&interval=1h&from=yesterday&to=1", "wrong_type", "from"},
            {"/api/candles?exchange=bitfinex&pair=BTC/USD&interval=1h&from=-5&to=1", "wrong_type", "from"},
            {"/api/candles?exchange=bitfinex&pair=BTC/USD&interval=1h&from=10&to=5", "invalid_value", "to"},
            {"/api/candles?exchange=bitfinex&pair=BTC/USD&interval=1h&from=0&to=1700000000000", "invalid_value", "to"},
            {"/api/candles?exchange=bitfinex&pair=BTC/USD&interval=1h&from=0&to=1&limit=5", "unknown_field", "limit"},
            {"/api/candles?exchange=bitfinex&exchange=kraken&pair=BTC/USD&interval=1h&from=0&to=1", "duplicate_field",
                "exchange"},
        };
        for (String[] c : cases) {
            Response r = client.get(c[0]);
            assertEquals(400, r.status(), r.toString());
            assertEquals(c[1], r.code(), r.toString());
            assertEquals(c[2], r.field(), r.toString());
        }
    }
}
