package io.awstrader.lambda.brokerage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.adapters.ClientOrderIds;
import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.adapters.kraken.KrakenStub;
import io.awstrader.adapters.kucoin.KucoinStub;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.adapters.stub.StubSettings;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.engine.orders.Order;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.market.CachedCandleSource;
import io.awstrader.lambda.market.SeriesCandles;
import io.awstrader.lambda.tick.DeploymentReport;
import io.awstrader.lambda.tick.TickOutcome;
import io.awstrader.lambda.tick.WriteAhead;
import io.awstrader.sandbox.SandboxLimits;
import io.awstrader.storage.Database;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.candle.CachedCandles;
import io.awstrader.storage.candle.CandleKey;
import io.awstrader.storage.crypto.MasterKey;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.deployment.NewDeployment;
import io.awstrader.storage.exchange.ExchangeAccount;
import io.awstrader.storage.exchange.ExchangeCredentials;
import io.awstrader.storage.item.Ids;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deployments on a real exchange account: ticks on DynamoDB Local with bots in GraalJS, orders through the Kraken
 * adapter over real HTTP to the Kraken stub (signatures, nonces, an order book). Exactly once across a tick killed
 * between placing and saving, places whose answer is lost, exchange errors and concurrent ticks.
 */
class ExchangeDeploymentTest {
    static final Pair BTC = Pair.parse("BTC/USD");
    static final double H = 3_600_000;
    static final double T0 = 1_700_000_000_000.0 - 1_700_000_000_000.0 % H;
    static Storage storage;
    static CandleSeries candles;

    StubExchange stub;
    KrakenStub kraken;
    /** The runtimes' clock (the candles' times are the ticks' own): write-aheads are recovered 10 minutes on. */
    final MovableClock clock = new MovableClock();

    /** Places one limit buy of 0.001 BTC at 20000 on every tick. */
    static final String BUYER = """
            function onData(input) {
              input.trader.placeOrder({ pair: 'BTC/USD', type: 'limit', direction: 'buy', amount: 0.001, price: 20000 });
            }
            """;

    /** Places two limit buys of 0.001 BTC on every tick. */
    static final String TWO_BUYS = """
            function onData(input) {
              for (const price of [20000, 21000]) {
                input.trader.placeOrder({ pair: 'BTC/USD', type: 'limit', direction: 'buy', amount: 0.001, price });
              }
            }
            """;

    @BeforeAll
    static void start() {
        storage = new Storage(Database.inMemory(), MasterKey.random(), Clock.systemUTC());
        candles = new CandleSeries(BTC, RunInterval.H1);
        for (int i = 0; i < 60; i++) {
            double open = 40_000 + 10 * (i % 5);
            candles.add(T0 + i * H, open, open + 20, open - 20, open + 5, 3);
        }
    }

    @AfterAll
    static void stop() {
        storage.close();
    }

    @BeforeEach
    void startExchange() {
        stub = new StubExchange();
        kraken = new KrakenStub(stub);
    }

    @AfterEach
    void stopExchange() {
        stub.close();
    }

    static double closeOf(int i) {
        return T0 + (i + 1) * H;
    }

    record Setup(String account, Deployment deployment) {
        String id() {
            return deployment.id();
        }
    }

    /** A new user's deployment of {@code botJs} on BTC/USD, 1h, on a Kraken account with the stub's keys. */
    static Setup deploy(String botJs) {
        return deploy(botJs, "kraken", new ExchangeCredentials(KrakenStub.KEY, KrakenStub.SECRET, null), BTC);
    }

    static Setup deploy(String botJs, String provider, ExchangeCredentials keys, Pair pair) {
        String account = storage.accounts().create(Ids.newId() + "@example.com", "hash").id();
        String botId = storage.bots().create(account, "bot").id();
        BotVersion version = storage.versions().createMajor(account, botId);
        storage.versions().update(account, botId, version.number(), botJs, botJs, "[]", version.lockVersion());
        ExchangeAccount real = storage.exchanges().create(account, provider, provider, keys);
        Deployment d = storage.deployments().create(account, new NewDeployment("live", botId, version.number(),
                real.id(), RunInterval.H1, List.of(pair), true, "{\"warmup\":10}"));
        return new Setup(account, d);
    }

    ExchangeBrokerage brokerage() {
        return new ExchangeBrokerage(storage.exchanges(), ExchangeRegistry.installed(Map.of()),
                id -> StubSettings.at(stub.url(), (long) closeOf(40)));
    }

    DeploymentRuntime runtime(Brokerage exchange) {
        return new DeploymentRuntime(storage, new SeriesCandles(Map.of(BTC, candles)), 5, clock,
                SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMinutes(1)), List.of(new PaperBrokerage(), exchange));
    }

    static Deployment read(Setup s) {
        return storage.deployments().require(s.account(), s.id());
    }

    static JsonObject details(Setup s) {
        return Json.parse(storage.deployments().details(s.account(), s.id())).asObject();
    }

    /** The deployment's saved orders, by platform id. */
    static List<Order> bookOrders(Setup s) {
        List<Order> orders = new ArrayList<>();
        for (JsonValue o : details(s).get("book").asObject().get("exchangeOrders").asArray().items()) {
            orders.add(Order.fromJson(o.asObject()));
        }
        return orders;
    }

    static JsonObject lastTickRecord(Setup s) {
        JsonArray ticks = details(s).get("ticks").asArray();
        return ticks.get(ticks.size() - 1).asObject();
    }

    /** The client id the stub holds for each of its orders. */
    Set<String> clientIdsAtTheExchange() {
        Set<String> ids = new HashSet<>();
        for (JsonNode order : kraken.orders().values()) {
            assertTrue(ids.add(order.path("cl_ord_id").asText()), "no client id twice at the exchange");
        }
        return ids;
    }

    /** The deployment's book holds exactly the exchange's orders, each under its deterministic client id. */
    void assertBookIsTheExchanges(Setup s) {
        List<Order> book = bookOrders(s);
        Set<String> fromBook = new HashSet<>();
        for (Order order : book) {
            assertNotNull(order.foreignId(), order.id() + " has the exchange's id");
            assertTrue(kraken.orders().containsKey(order.foreignId()), order.id() + " is at the exchange");
            fromBook.add(ClientOrderIds.uuid(ExchangeBrokerage.clientOrderId(s.id(), order.id())));
        }
        assertEquals(clientIdsAtTheExchange(), fromBook);
        assertEquals(kraken.orders().size(), book.size());
    }

    @Test
    void aDeploymentOnAKrakenAccountPlacesItsOrderWithTheClientIdAndReportsTheExchangesBalances() {
        Setup s = deploy(BUYER);
        try (DeploymentRuntime runtime = runtime(brokerage())) {
            TickOutcome first = runtime.tick().run(s.account(), s.id(), closeOf(20) + 60_000, false);
            assertEquals(TickOutcome.Result.APPLIED, first.result(), first.message());
            assertEquals(1, first.ordersPlaced());
            assertEquals(1, kraken.orders().size());
            Map.Entry<String, JsonNode> atExchange = kraken.orders().entrySet().iterator().next();
            assertEquals(ClientOrderIds.uuid(s.id() + "/o1"), atExchange.getValue().path("cl_ord_id").asText());
            assertEquals("0.001", atExchange.getValue().path("vol").asText());
            assertEquals("20000", atExchange.getValue().path("descr").path("price").asText());
            Order o1 = bookOrders(s).get(0);
            assertEquals("o1", o1.id());
            assertEquals("placed", o1.status().code());
            assertEquals(atExchange.getKey(), o1.foreignId());
            Deployment d = read(s);
            assertNull(d.placingJson(), "the save cleared the write-ahead");
            assertEquals((long) closeOf(20), d.lastTickKey());

            // the exchange fills it; the next tick sees that, and the report shows the exchange's balances
            ((ObjectNode) kraken.orders().get(o1.foreignId())).put("status", "closed").put("vol_exec", "0.001")
                    .put("price", "19990.0").put("fee", "0.05").put("closetm", (closeOf(20) + 1_800_000) / 1000);
            TickOutcome second = runtime.tick().run(s.account(), s.id(), closeOf(21) + 60_000, false);
            assertEquals(TickOutcome.Result.APPLIED, second.result(), second.message());
            Order filled = bookOrders(s).get(0);
            assertEquals("completed", filled.status().code());
            assertEquals(19990.0, filled.executedPrice());
            assertEquals(0.001, filled.executedAmount());
            assertEquals(closeOf(20) + 1_800_000, filled.closedAt());
            JsonObject result = DeploymentReport.result(storage, read(s));
            assertEquals(2, result.get("orders").asArray().size());
            JsonObject book = details(s).get("book").asObject();
            // the recorded BalanceEx: 0.00013394 XBT of which 0.00005 held by orders
            JsonObject btc = book.get("balances").asArray().items().stream().map(JsonValue::asObject)
                    .filter(b -> b.get("asset").asString().equals("BTC")).findFirst().orElseThrow();
            assertEquals(0.00013394, btc.get("total").asDouble(), 1e-12);
            assertEquals(0.00008394, btc.get("free").asDouble(), 1e-12);
            assertEquals(0.00013394, book.get("startBalances").asObject().get("BTC").asDouble(), 1e-12);
        }
    }

    @Test
    void aTickFetchesTheClosedCandlesTheCacheLacksFromTheExchangeAndCachesThem() {
        List<Candle> all = new ArrayList<>();
        for (int i = 0; i < candles.size(); i++) {
            all.add(candles.candle(i));
        }
        kraken.candles(RunInterval.H1, all);
        ExchangeRegistry registry = ExchangeRegistry.installed(Map.of());
        ExchangeAdapter publicKraken = registry.connect("kraken", null, StubSettings.at(stub.url(), (long) closeOf(40)));
        Setup s = deploy(BUYER);
        try (DeploymentRuntime runtime = new DeploymentRuntime(storage,
                new CachedCandleSource(storage.candles(), List.of(publicKraken)), 5, Clock.systemUTC(),
                SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMinutes(1)), List.of(new PaperBrokerage(), brokerage()))) {
            TickOutcome first = runtime.tick().run(s.account(), s.id(), closeOf(30) + 5_000, false);
            assertEquals(TickOutcome.Result.APPLIED, first.result(), first.message());
            assertEquals((long) closeOf(30), first.tickKey(), "acts on the candle that closed last");
            int fetches = stub.requests("/0/public/OHLC").size();
            assertTrue(fetches >= 1);
            CandleKey key = new CandleKey("kraken", BTC, RunInterval.H1);
            CachedCandles cached = storage.candles().get(key, new TimeRange((long) (T0 + 21 * H),
                    (long) closeOf(30)));
            assertTrue(cached.complete(), "cached: " + cached.missing());
            assertEquals(candles.candle(30).close(), cached.candles().get(cached.candles().size() - 1).close());
            // the next candle: only what closed since is asked for
            TickOutcome second = runtime.tick().run(s.account(), s.id(), closeOf(31) + 5_000, false);
            assertEquals(TickOutcome.Result.APPLIED, second.result(), second.message());
            assertEquals((long) closeOf(31), second.tickKey());
            assertEquals(fetches + 1, stub.requests("/0/public/OHLC").size());
            long since = Long.parseLong(stub.requests("/0/public/OHLC").get(fetches).query().get("since"));
            assertTrue(since * 1000 >= T0 + 30 * H, "asked from " + since);
        }
    }

    @Test
    void aTickKilledBetweenPlacingAndSavingIsRecoveredFromTheExchangeByClientId() {
        Setup s = deploy(BUYER);
        try (DeploymentRuntime runtime = runtime(brokerage());
             DeploymentRuntime dying = runtime(diesBeforeSave(brokerage()))) {
            assertEquals(TickOutcome.Result.APPLIED, runtime.tick().run(s.account(), s.id(), closeOf(20), false)
                    .result());
            Deployment before = read(s);
            assertThrows(ProcessKilled.class, () -> dying.tick().run(s.account(), s.id(), closeOf(21), false));
            assertEquals(2, kraken.orders().size(), "the dead tick's order reached the exchange");
            Deployment afterDeath = read(s);
            assertEquals(before.lastTickKey(), afterDeath.lastTickKey(), "the dead tick saved nothing");
            assertEquals(before.carryJson(), afterDeath.carryJson());
            assertNotNull(afterDeath.placingJson(), "but its write-ahead names the order");
            assertEquals(1, bookOrders(s).size());

            // a retry of the same candle does not place again: that tick may still be placing
            TickOutcome retry = runtime.tick().run(s.account(), s.id(), closeOf(21) + 60_000, false);
            assertEquals(TickOutcome.Result.DUPLICATE, retry.result());
            // nor does the next candle's tick while the dead one might still be placing
            TickOutcome early = runtime.tick().run(s.account(), s.id(), closeOf(22), false);
            assertEquals(TickOutcome.Result.IN_FLIGHT, early.result(), early.message());
            assertEquals(2, kraken.orders().size());
            assertEquals(afterDeath.lockVersion(), read(s).lockVersion());

            // once it surely is over, the next candle's tick adopts o2 from the exchange, then places its own o3
            clock.advance(WriteAhead.RECOVER_AFTER_MILLIS);
            TickOutcome next = runtime.tick().run(s.account(), s.id(), closeOf(22), false);
            assertEquals(TickOutcome.Result.APPLIED, next.result(), next.message());
            assertEquals(3, kraken.orders().size(), "o1, o2 once each, and the new o3");
            assertEquals(List.of("o1", "o2", "o3"), bookOrders(s).stream().map(Order::id).toList());
            assertBookIsTheExchanges(s);
            assertEquals(3, stub.requests("/0/private/AddOrder").size(), "nothing was placed twice");
            JsonObject record = lastTickRecord(s);
            assertEquals("[\"o2\"]", Json.write(record.get("adopted")));
            assertEquals("[]", Json.write(record.get("dropped")));
            assertNull(read(s).placingJson());
        }
    }

    @Test
    void aTickKilledAfterItsWriteAheadButBeforeTheOrderLeftDropsTheOrderAndNeverReusesItsClientId() {
        Setup s = deploy(BUYER);
        try (DeploymentRuntime runtime = runtime(brokerage());
             DeploymentRuntime dying = runtime(diesBeforePlacing(brokerage()))) {
            assertThrows(ProcessKilled.class, () -> dying.tick().run(s.account(), s.id(), closeOf(20), false));
            assertEquals(0, kraken.orders().size());
            assertNotNull(read(s).placingJson());
            clock.advance(WriteAhead.RECOVER_AFTER_MILLIS);
            TickOutcome next = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.APPLIED, next.result(), next.message());
            assertEquals("[\"o1\"]", Json.write(lastTickRecord(s).get("dropped")));
            assertEquals(List.of("o2"), bookOrders(s).stream().map(Order::id).toList(),
                    "the dropped o1's id (and client id) is not used again");
            assertBookIsTheExchanges(s);
        }
    }

    @Test
    void aRecoveringTickThatDiesTooLeavesBothTicksOrdersForTheNext() {
        Setup s = deploy(BUYER);
        try (DeploymentRuntime runtime = runtime(brokerage());
             DeploymentRuntime dying = runtime(diesBeforeSave(brokerage()))) {
            assertThrows(ProcessKilled.class, () -> dying.tick().run(s.account(), s.id(), closeOf(20), false));
            // this one adopts o1, places o2, and dies before saving either
            clock.advance(WriteAhead.RECOVER_AFTER_MILLIS);
            assertThrows(ProcessKilled.class, () -> dying.tick().run(s.account(), s.id(), closeOf(21), false));
            assertEquals(2, kraken.orders().size());
            clock.advance(WriteAhead.RECOVER_AFTER_MILLIS);
            TickOutcome next = runtime.tick().run(s.account(), s.id(), closeOf(22), false);
            assertEquals(TickOutcome.Result.APPLIED, next.result(), next.message());
            assertEquals("[\"o1\",\"o2\"]", Json.write(lastTickRecord(s).get("adopted")));
            assertEquals(List.of("o1", "o2", "o3"), bookOrders(s).stream().map(Order::id).toList());
            assertBookIsTheExchanges(s);
        }
    }

    @Test
    void aTickPastItsPlacingTimeStopsAndALaterOneRecoversWhatItPlaced() {
        Setup s = deploy(TWO_BUYS);
        try (DeploymentRuntime runtime = runtime(brokerage());
             DeploymentRuntime slow = runtime(slowPlacing(brokerage(), clock))) {
            TickOutcome late = slow.tick().run(s.account(), s.id(), closeOf(20), false);
            assertEquals(TickOutcome.Result.FAILED, late.result());
            assertTrue(late.message().contains("time to place"), late.message());
            assertEquals(1, kraken.orders().size(), "the second order was not sent after the deadline");
            clock.advance(WriteAhead.RECOVER_AFTER_MILLIS);
            TickOutcome next = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.APPLIED, next.result(), next.message());
            assertEquals("[\"o1\"]", Json.write(lastTickRecord(s).get("adopted")));
            assertEquals("[\"o2\"]", Json.write(lastTickRecord(s).get("dropped")));
            assertEquals(List.of("o1", "o3", "o4"), bookOrders(s).stream().map(Order::id).toList());
            assertBookIsTheExchanges(s);
        }
    }

    @Test
    void anExchangeOutageHalfWayThroughPlacingLosesNothing() {
        Setup s = deploy(TWO_BUYS);
        try (DeploymentRuntime runtime = runtime(brokerage())) {
            java.util.concurrent.atomic.AtomicInteger places = new java.util.concurrent.atomic.AtomicInteger();
            stub.route("POST", "/0/private/AddOrder", r -> places.incrementAndGet() == 1
                    ? kraken.privateCall("AddOrder", r) : Response.status(503, "<html>Service Unavailable</html>"));
            TickOutcome down = runtime.tick().run(s.account(), s.id(), closeOf(20), false);
            assertEquals(TickOutcome.Result.EXCHANGE_ERROR, down.result(), down.message());
            assertEquals(1, kraken.orders().size(), "o1 went through, o2 did not");
            assertNotNull(read(s).placingJson(), "both are written ahead");
            assertEquals(0, read(s).lastTickKey());

            stub.route("POST", "/0/private/AddOrder", r -> kraken.privateCall("AddOrder", r));
            clock.advance(WriteAhead.RECOVER_AFTER_MILLIS);
            TickOutcome back = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.APPLIED, back.result(), back.message());
            assertEquals("[\"o1\"]", Json.write(lastTickRecord(s).get("adopted")));
            assertEquals("[\"o2\"]", Json.write(lastTickRecord(s).get("dropped")));
            assertEquals(List.of("o1", "o3", "o4"), bookOrders(s).stream().map(Order::id).toList());
            assertBookIsTheExchanges(s);
        }
    }

    /** Places a limit sell far above the market at its first tick, cancels it at the next. */
    private static final String LIMIT_THEN_CANCEL = """
            function onData(input) {
              const open = input.trader.getOpenOrders();
              if (open.length > 0) {
                input.trader.cancelOrder(open[0].id);
              } else if (!input.state.placed) {
                input.trader.placeOrder({ pair: 'BTC/USD', type: 'limit', direction: 'sell', amount: 0.0001,
                  price: 90000 });
                input.state.placed = true;
              }
            }
            """;

    @Test
    void aCancelGoesToTheExchangeByItsId() {
        Setup s = deploy(LIMIT_THEN_CANCEL);
        try (DeploymentRuntime runtime = runtime(brokerage())) {
            assertEquals(TickOutcome.Result.APPLIED, runtime.tick().run(s.account(), s.id(), closeOf(20), false)
                    .result());
            String txid = bookOrders(s).get(0).foreignId();
            assertEquals("open", kraken.orders().get(txid).path("status").asText());
            TickOutcome second = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.APPLIED, second.result(), second.message());
            assertEquals("canceled", kraken.orders().get(txid).path("status").asText());
            assertEquals(txid, stub.requests("/0/private/CancelOrder").get(0).form().get("txid"));
            assertEquals("cancelled", bookOrders(s).get(0).status().code());
        }
    }

    @Test
    void beforeADeploymentGoesItsOpenOrdersAreCancelledAtTheExchange() {
        Setup s = deploy(LIMIT_THEN_CANCEL); // one tick: the limit order stays open
        try (DeploymentRuntime runtime = runtime(brokerage())) {
            assertEquals(TickOutcome.Result.APPLIED, runtime.tick().run(s.account(), s.id(), closeOf(20), false)
                    .result());
            String limit = bookOrders(s).get(0).foreignId();
            assertEquals("open", kraken.orders().get(limit).path("status").asText());
            int cancels = stub.requests("/0/private/CancelOrder").size();

            assertEquals(1, runtime.tick().cancelOpenOrders(s.account(), s.id()));
            assertEquals("canceled", kraken.orders().get(limit).path("status").asText());
            assertEquals(cancels + 1, stub.requests("/0/private/CancelOrder").size());
            assertEquals(limit, stub.requests("/0/private/CancelOrder").getLast().form().get("txid"));
        }
    }

    @Test
    void theSameBrokerageTradesAKucoinAccountWithItsPassphraseAndClientOid() {
        Pair usdt = Pair.parse("BTC/USDT");
        CandleSeries series = new CandleSeries(usdt, RunInterval.H1);
        for (int i = 0; i < candles.size(); i++) {
            series.add(candles.candle(i));
        }
        String bot = """
                function onData(input) {
                  if (input.state.placed) return;
                  input.trader.placeOrder({ pair: 'BTC/USDT', type: 'limit', direction: 'buy', amount: 0.001,
                    price: 20000 });
                  input.state.placed = true;
                }
                """;
        Setup s = deploy(bot, "kucoin", new ExchangeCredentials(KucoinStub.KEY, KucoinStub.SECRET,
                KucoinStub.PASSPHRASE), usdt);
        StubExchange kucoinExchange = new StubExchange();
        KucoinStub kucoin = new KucoinStub(kucoinExchange);
        ExchangeBrokerage brokerage = new ExchangeBrokerage(storage.exchanges(), ExchangeRegistry.installed(Map.of()),
                id -> StubSettings.at(kucoinExchange.url(), (long) closeOf(40)));
        try (kucoinExchange; DeploymentRuntime runtime = new DeploymentRuntime(storage,
                new SeriesCandles(Map.of(usdt, series)), 5, Clock.systemUTC(),
                SandboxLimits.BOT_CALL.withTimeLimit(Duration.ofMinutes(1)), List.of(new PaperBrokerage(), brokerage))) {
            for (int i = 20; i < 22; i++) {
                TickOutcome outcome = runtime.tick().run(s.account(), s.id(), closeOf(i), false);
                assertEquals(TickOutcome.Result.APPLIED, outcome.result(), outcome.message());
            }
            assertEquals(1, kucoin.orders().size());
            JsonNode atExchange = kucoin.orders().values().iterator().next();
            assertEquals(ClientOrderIds.uuid(s.id() + "/o1"), atExchange.path("clientOid").asText());
            Order o1 = bookOrders(s).get(0);
            assertEquals(atExchange.path("id").asText(), o1.foreignId());
            assertEquals("placed", o1.status().code(), "refreshed by id at the second tick, still open");
        }
    }

    @Test
    void aPlaceThatTimesOutOrGetsA5xxAfterTheExchangeTookItMakesExactlyOneOrder() {
        Setup s = deploy(BUYER);
        try (DeploymentRuntime runtime = runtime(brokerage())) {
            // the answer comes after the adapter's 1.5 s timeout
            stub.once("POST", "/0/private/AddOrder", r -> kraken.privateCall("AddOrder", r).delayed(2500));
            TickOutcome first = runtime.tick().run(s.account(), s.id(), closeOf(20), false);
            assertEquals(TickOutcome.Result.APPLIED, first.result(), first.message());
            assertEquals(1, kraken.orders().size());
            // the exchange takes the order and its gateway answers 502
            stub.once("POST", "/0/private/AddOrder", r -> {
                kraken.privateCall("AddOrder", r);
                return Response.status(502, "<html>Bad Gateway</html>");
            });
            TickOutcome second = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.APPLIED, second.result(), second.message());
            assertEquals(2, kraken.orders().size(), "one order per tick");
            assertEquals(2, stub.requests("/0/private/AddOrder").size(), "found by client id, never sent again");
            assertTrue(bookOrders(s).stream().allMatch(o -> o.status().code().equals("placed")));
            assertBookIsTheExchanges(s);
        }
    }

    @Test
    void anAuthErrorOrA5xxOnBalancesIsRecordedAsAnExchangeErrorAndKeepsTheState() {
        Setup s = deploy(BUYER);
        try (DeploymentRuntime runtime = runtime(brokerage())) {
            assertEquals(TickOutcome.Result.APPLIED, runtime.tick().run(s.account(), s.id(), closeOf(20), false)
                    .result());
            Deployment before = read(s);
            String detailsBefore = storage.deployments().details(s.account(), s.id());

            stub.once("POST", "/0/private/BalanceEx", r -> Response.json("{\"error\":[\"EAPI:Invalid key\"]}"));
            TickOutcome auth = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.EXCHANGE_ERROR, auth.result());
            assertTrue(auth.message().contains("auth"), auth.message());
            assertFalse(auth.message().contains(KrakenStub.KEY) || auth.message().contains(KrakenStub.SECRET));

            stub.route("POST", "/0/private/BalanceEx", Response.status(503, "<html>Service Unavailable</html>"));
            TickOutcome down = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.EXCHANGE_ERROR, down.result());
            assertTrue(down.message().contains("unavailable"), down.message());

            Deployment after = read(s);
            assertEquals(before.lockVersion(), after.lockVersion(), "nothing of the deployment changed");
            assertEquals(before.lastTickKey(), after.lastTickKey());
            assertEquals(before.carryJson(), after.carryJson());
            assertEquals(detailsBefore, storage.deployments().details(s.account(), s.id()));
            assertEquals(0, after.consecutiveErrors(), "not bot errors");
            assertTrue(after.active());
            assertEquals(2, after.exchangeErrors());
            assertTrue(after.lastExchangeError().contains("unavailable"), after.lastExchangeError());
            for (String secret : List.of(KrakenStub.KEY, KrakenStub.SECRET)) {
                assertFalse(after.lastExchangeError().contains(secret) || after.toString().contains(secret)
                        || storage.deployments().details(s.account(), s.id()).contains(secret), "no key is kept");
            }
            assertEquals(1, kraken.orders().size(), "no order while the exchange could not be asked");

            // the exchange is back: the same candle is applied now, from the state kept
            stub.route("POST", "/0/private/BalanceEx", r -> kraken.privateCall("BalanceEx", r));
            TickOutcome back = runtime.tick().run(s.account(), s.id(), closeOf(21), false);
            assertEquals(TickOutcome.Result.APPLIED, back.result(), back.message());
            assertEquals(0, back.skipped());
            assertEquals(List.of("o1", "o2"), bookOrders(s).stream().map(Order::id).toList());
            assertBookIsTheExchanges(s);
        }
    }

    @Test
    void twoConcurrentTicksOfOneDeploymentApplyOnceAndPlaceOnce() throws Exception {
        Setup s = deploy(BUYER);
        try (DeploymentRuntime a = runtime(brokerage()); DeploymentRuntime b = runtime(brokerage())) {
            a.tick().run(s.account(), s.id(), closeOf(19), false); // warm both bots' first load out of the race
            b.tick().run(s.account(), s.id(), closeOf(19), false);
            for (int round = 20; round < 23; round++) {
                double at = closeOf(round);
                CountDownLatch go = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<TickOutcome>> outcomes = new ArrayList<>();
                for (DeploymentRuntime runtime : List.of(a, b)) {
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        return runtime.tick().run(s.account(), s.id(), at, false);
                    }));
                }
                go.countDown();
                List<TickOutcome.Result> results = new ArrayList<>();
                for (Future<TickOutcome> f : outcomes) {
                    results.add(f.get().result());
                }
                pool.shutdown();
                assertEquals(1, results.stream().filter(r -> r == TickOutcome.Result.APPLIED).count(),
                        "round " + round + ": " + results);
                assertEquals(1, results.stream().filter(r -> r == TickOutcome.Result.DUPLICATE).count(),
                        "round " + round + ": " + results);
            }
            assertEquals(4, kraken.orders().size(), "one order per candle");
            assertBookIsTheExchanges(s);
        }
    }

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private final java.util.concurrent.atomic.AtomicLong millis =
                new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis());

        void advance(long by) {
            millis.addAndGet(by);
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(millis());
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** The process running a tick died. */
    static final class ProcessKilled extends RuntimeException {
        ProcessKilled() {
            super("killed");
        }
    }

    /** How a faulty session places: through {@code gateway}, or not. */
    interface PlaceFault {
        Order place(OrderGateway gateway, Order pending, double now);
    }

    /** A brokerage whose sessions place through {@code place} and run {@code beforeSave} when read for the save. */
    record Faulty(Brokerage real, PlaceFault place, Runnable beforeSave) implements Brokerage {
        @Override
        public boolean serves(ExchangeAccount account) {
            return real.serves(account);
        }

        @Override
        public TickSession open(String deploymentId, ExchangeAccount account, FillModel fills, JsonObject book) {
            TickSession session = real.open(deploymentId, account, fills, book);
            OrderGateway gateway = session.gateway();
            return new Delegating(session, new ForwardingGateway(gateway) {
                @Override
                public Order place(Order pending, double now) {
                    return place.place(gateway, pending, now);
                }
            }, beforeSave);
        }
    }

    /** Ticks that die right before their save (when the session's book is read for it). */
    static Faulty diesBeforeSave(Brokerage real) {
        return new Faulty(real, OrderGateway::place, () -> {
            throw new ProcessKilled();
        });
    }

    /** Ticks that die after their write-ahead, before the first order leaves. */
    static Faulty diesBeforePlacing(Brokerage real) {
        return new Faulty(real, (gateway, pending, now) -> {
            throw new ProcessKilled();
        }, () -> { });
    }

    /** Ticks whose every place takes 3 minutes (a slow exchange, rate-limit waits). */
    static Faulty slowPlacing(Brokerage real, MovableClock clock) {
        return new Faulty(real, (gateway, pending, now) -> {
            Order placed = gateway.place(pending, now);
            clock.advance(180_000);
            return placed;
        }, () -> { });
    }

    /** {@code session} with another gateway, and {@code beforeSave} run when its book is read for the save. */
    record Delegating(TickSession session, OrderGateway gateway, Runnable beforeSave) implements TickSession {
        @Override
        public void catchUp(Map<Pair, CandleSeries> series, Map<Pair, int[]> newCandles) {
            session.catchUp(series, newCandles);
        }

        @Override
        public double lastCandleTime(Pair pair) {
            return session.lastCandleTime(pair);
        }

        @Override
        public JsonObject book() {
            beforeSave.run();
            return session.book();
        }

        @Override
        public boolean placesElsewhere() {
            return session.placesElsewhere();
        }

        @Override
        public Recovery recover(List<Order> written) {
            return session.recover(written);
        }
    }
}
