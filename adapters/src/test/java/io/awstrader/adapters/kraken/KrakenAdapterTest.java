package io.awstrader.adapters.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeCredentials;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeException.Kind;
import io.awstrader.adapters.ExchangeOrder;
import io.awstrader.adapters.PairRules;
import io.awstrader.adapters.stub.Fixtures;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.adapters.stub.StubSettings;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kraken adapter over real HTTP against a stub replaying Kraken's recorded responses. */
class KrakenAdapterTest {
    /** One hour after the recorded OHLC body's last row (1706799600) started: every recorded candle is closed. */
    private static final long AFTER_LAST_ROW = 1706803200_000L;
    private static final Pair BTC_USDT = Pair.parse("BTC/USDT");
    private static final Pair BTC_USD = Pair.parse("BTC/USD");

    private StubExchange stub;
    private KrakenStub kraken;
    private ExchangeAdapter adapter;

    @BeforeEach
    void start() {
        stub = new StubExchange();
        kraken = new KrakenStub(stub);
        adapter = connect(KrakenStub.KEY, AFTER_LAST_ROW);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ExchangeAdapter connect(String key, long now) {
        return new KrakenAdapter.Connector().connect(ExchangeCredentials.of(key, KrakenStub.SECRET),
                StubSettings.at(stub.url(), now));
    }

    private void recordedOhlc() {
        stub.route("GET", "/0/public/OHLC", Response.json(Fixtures.body("kraken/ohlc.json", "/responses/0/body")));
    }

    @Test
    void recordedCandlesKeepTheirGapAndTheirNumbers() {
        recordedOhlc();
        List<Candle> candles = adapter.candles(BTC_USDT, RunInterval.H1,
                new TimeRange(1706626800_000L, AFTER_LAST_ROW));
        assertEquals(6, candles.size());
        assertEquals(new Candle(1706626800_000.0, 43437.5, 43593.7, 43355.5, 43361.1, 18.75430110), candles.get(0));
        assertEquals(1706641200_000.0, candles.get(4).time());
        assertEquals(1706799600_000.0, candles.get(5).time(), "the recorded jump stays a gap: nothing is invented");
        assertEquals("XBTUSDT", stub.requests("/0/public/OHLC").getFirst().query().get("pair"));
        assertEquals("60", stub.requests("/0/public/OHLC").getFirst().query().get("interval"));
        assertEquals(Long.toString(1706626800L - 1), stub.requests("/0/public/OHLC").getFirst().query().get("since"));
    }

    @Test
    void theCandleStillFormingIsNeverReturned() {
        recordedOhlc();
        ExchangeAdapter during = connect(KrakenStub.KEY, 1706799600_000L + 1_800_000L);
        List<Candle> candles = during.candles(BTC_USDT, RunInterval.H1, new TimeRange(1706626800_000L, AFTER_LAST_ROW));
        assertEquals(5, candles.size());
        assertEquals(1706641200_000.0, candles.getLast().time());
    }

    @Test
    void docsExampleAnswersUnderTheLegacyPairId() {
        stub.route("GET", "/0/public/OHLC", Response.json(Fixtures.body("kraken/ohlc.json", "/responses/1/body")));
        // 1-minute rows under XXBTZUSD with a numeric 'last': read, and refused as 5m candles (off the 5m grid)
        List<Candle> first = adapter.candles(BTC_USD, RunInterval.M5, new TimeRange(1688671200_000L, 1688671260_000L));
        assertEquals(List.of(new Candle(1688671200_000.0, 30306.1, 30306.2, 30305.7, 30305.7, 3.39243896)), first);
        ExchangeException offGrid = assertThrows(ExchangeException.class,
                () -> adapter.candles(BTC_USD, RunInterval.M5, new TimeRange(1688671200_000L, 1688671500_000L)));
        assertEquals(Kind.UNAVAILABLE, offGrid.kind());
        assertTrue(offGrid.getMessage().contains("not on the 5m grid"), offGrid.getMessage());
        assertEquals("XBTUSD", stub.requests("/0/public/OHLC").getFirst().query().get("pair"));
    }

    @Test
    void onlyTheLast720CandlesExistAndTenMinutesAreBuiltFromFive() {
        List<Candle> series = new ArrayList<>();
        long start = 1704067200_000L; // 2024-01-01
        for (int i = 0; i < 1000; i++) {
            double open = 40000 + i;
            series.add(new Candle(start + i * 300_000L, open, open + 5, open - 5, open + 1, 2));
        }
        kraken.candles(RunInterval.M5, series);
        long end = start + 1000 * 300_000L;
        ExchangeAdapter later = connect(KrakenStub.KEY, end);
        List<Candle> fives = later.candles(BTC_USD, RunInterval.M5, new TimeRange(start, end));
        assertEquals(720, fives.size(), "Kraken serves its 720 most recent candles only");
        assertEquals(series.get(280), fives.getFirst());
        List<Candle> tens = later.candles(BTC_USD, RunInterval.M10, new TimeRange(start, end));
        assertEquals(360, tens.size());
        Candle ten = tens.getFirst();
        assertEquals(series.get(280).time(), ten.time());
        assertEquals(series.get(280).open(), ten.open());
        assertEquals(series.get(281).close(), ten.close());
        assertEquals(series.get(281).high(), ten.high());
        assertEquals(4, ten.volume());
        assertEquals("5", stub.requests("/0/public/OHLC").getLast().query().get("interval"));
    }

    @Test
    void recordedPairsGiveIncrementsAndMinimums() {
        Map<Pair, PairRules> pairs = adapter.pairs();
        PairRules btcUsd = pairs.get(BTC_USD);
        assertEquals("XBTUSD", btcUsd.symbol());
        assertEquals(new BigDecimal("0.1"), btcUsd.priceIncrement());
        assertEquals(new BigDecimal("0.00005"), btcUsd.minAmount());
        assertEquals(new BigDecimal("1E-8"), btcUsd.amountIncrement());
        assertEquals(new BigDecimal("0.002"), pairs.get(Pair.parse("ETH/USDT")).minAmount());
        assertEquals(3, pairs.size());
    }

    @Test
    void recordedBalancesAreFreeAndTotalUnderPlatformNames() {
        Map<String, Balance> balances = adapter.balances();
        assertEquals(new Balance("BTC", 0.0001339400 - 0.0000500000, 0.00013394), balances.get("BTC"));
        assertEquals(60.90852, balances.get("USDT").total());
        assertEquals(60.90852 - 13.63876, balances.get("USDT").free(), 1e-12);
        assertEquals(0.00536132, balances.get("ETH").total());
        assertFalse(balances.containsKey("AMBRX"), "earn/staked assets are not spot funds");
        assertEquals(3, balances.size());
    }

    @Test
    void tickerGivesTheLastPrice() {
        assertEquals(43410.0, adapter.ticker(BTC_USD).last());
        assertEquals(43410.1, adapter.ticker(BTC_USD).ask());
    }

    @Test
    void placesEachOrderTypeWithItsRecordedRequestFields() {
        ExchangeOrder market = adapter.place("dep-1/1", OrderRequest.market(BTC_USDT, OrderDirection.BUY, 0.00005));
        Map<String, String> sent = stub.requests("/0/private/AddOrder").getLast().form();
        assertEquals("XBTUSDT", sent.get("pair"));
        assertEquals("buy", sent.get("type"));
        assertEquals("market", sent.get("ordertype"));
        assertEquals("0.00005", sent.get("volume"));
        assertEquals(market.clientOrderId(), sent.get("cl_ord_id"));
        assertEquals(OrderStatus.PLACED, market.status());

        adapter.place("dep-1/2", OrderRequest.limit(BTC_USDT, OrderDirection.SELL, 0.000051234, 130000.54));
        sent = stub.requests("/0/private/AddOrder").getLast().form();
        assertEquals("limit", sent.get("ordertype"));
        assertEquals("sell", sent.get("type"));
        assertEquals("130000.5", sent.get("price"), "rounded to the 0.1 tick");
        assertEquals("0.00005123", sent.get("volume"), "rounded down to 8 decimals");

        adapter.place("dep-1/3", OrderRequest.stop(BTC_USDT, OrderDirection.SELL, 0.0001, 39000.04));
        sent = stub.requests("/0/private/AddOrder").getLast().form();
        assertEquals("stop-loss", sent.get("ordertype"));
        assertEquals("39000", sent.get("price"));
        assertEquals(3, kraken.orders().size());
    }

    @Test
    void recordedAddOrderAnswersGiveTheirTxid() {
        for (int i = 0; i < 5; i++) {
            String body = Fixtures.body("kraken/add_order.json", "/examples/" + i + "/body");
            stub.once("POST", "/0/private/AddOrder", r -> Response.json(body));
            String type = Fixtures.text("kraken/add_order.json", "/examples/" + i + "/case");
            OrderRequest request = type.contains("limit")
                    ? OrderRequest.limit(BTC_USDT, type.contains("buy") ? OrderDirection.BUY : OrderDirection.SELL,
                            0.0001, 10000.5)
                    : OrderRequest.market(BTC_USDT, type.contains("buy") ? OrderDirection.BUY : OrderDirection.SELL,
                            0.0001);
            ExchangeOrder order = adapter.place("recorded-" + i, request);
            assertEquals(Fixtures.parse(body).at("/result/txid/0").asText(), order.exchangeOrderId());
        }
    }

    @Test
    void recordedQueryOrdersAnswersBecomeOrders() {
        stub.once("POST", "/0/private/QueryOrders",
                r -> Response.json(Fixtures.body("kraken/query_orders.json", "/responses/0/body")));
        ExchangeOrder open = adapter.order(Pair.parse("LTC/USDT"), "OR6EGN-KQSEG-AMI6CL").orElseThrow();
        assertEquals(OrderStatus.PLACED, open.status());
        assertEquals(OrderType.LIMIT, open.type());
        assertEquals(50.0, open.price());
        assertEquals(0.1, open.amount());
        assertEquals(Pair.parse("LTC/USDT"), open.pair());

        stub.once("POST", "/0/private/QueryOrders",
                r -> Response.json(Fixtures.body("kraken/query_orders.json", "/responses/1/body")));
        ExchangeOrder filled = adapter.order(Pair.parse("LTC/USDT"), "OGMZCL-KC6MC-ZRBGM6").orElseThrow();
        assertEquals(OrderStatus.COMPLETED, filled.status());
        assertEquals(OrderType.MARKET, filled.type());
        assertEquals(71.05741, filled.executedPrice());
        assertEquals(0.1, filled.executedAmount());
        assertEquals(0.018475, filled.fee());
        assertEquals(1705260547472.8658, filled.closedAt(), 0.001);
        assertEquals(Optional.empty(), adapter.order(BTC_USD, "ONOPE-NOPE-NOPE"));
    }

    @Test
    void recordedOpenOrdersIncludeStopKinds() {
        stub.once("POST", "/0/private/OpenOrders",
                r -> Response.json(Fixtures.body("kraken/open_orders.json", "/responses/0/body")));
        ExchangeOrder takeProfit = adapter.openOrders(null).getFirst();
        assertEquals(OrderType.STOP, takeProfit.type());
        assertEquals(120.0, takeProfit.stopPrice());
        assertEquals(OrderDirection.SELL, takeProfit.direction());
        stub.once("POST", "/0/private/OpenOrders",
                r -> Response.json(Fixtures.body("kraken/open_orders.json", "/responses/1/body")));
        ExchangeOrder stopLimit = adapter.openOrders(Pair.parse("LTC/USDT")).getFirst();
        assertEquals(55.0, stopLimit.stopPrice());
        assertEquals(54.0, stopLimit.price());
        assertTrue(adapter.openOrders(BTC_USD).isEmpty());
    }

    @Test
    void cancelAndLookUpByClientId() {
        ExchangeOrder placed = adapter.place("dep-9/7", OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.001, 20000));
        ExchangeOrder found = adapter.orderByClientId(BTC_USD, "dep-9/7").orElseThrow();
        assertEquals(placed.exchangeOrderId(), found.exchangeOrderId());
        assertEquals(OrderStatus.PLACED, found.status());
        adapter.cancel(BTC_USD, placed.exchangeOrderId());
        assertEquals(OrderStatus.CANCELLED, adapter.orderByClientId(BTC_USD, "dep-9/7").orElseThrow().status());
        assertEquals(Optional.empty(), adapter.orderByClientId(BTC_USD, "never-placed"));
        ExchangeException unknown = assertThrows(ExchangeException.class, () -> adapter.cancel(BTC_USD, "OXXXX"));
        assertEquals(Kind.NOT_FOUND, unknown.kind());
        assertEquals("EOrder:Unknown order", unknown.exchangeMessage());
    }

    @Test
    void belowTheMinimumIsRefusedBeforeAnyOrderRequest() {
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> adapter.place("small", OrderRequest.market(BTC_USD, OrderDirection.BUY, 0.00004)));
        assertEquals(Kind.INVALID_ORDER, e.kind());
        assertTrue(e.getMessage().contains("minimum order size of 0.00005 BTC"), e.getMessage());
        assertTrue(stub.requests("/0/private/AddOrder").isEmpty());
        ExchangeException unknownPair = assertThrows(ExchangeException.class,
                () -> adapter.place("x", OrderRequest.market(Pair.parse("DOGE/EUR"), OrderDirection.BUY, 1)));
        assertEquals(Kind.NOT_FOUND, unknownPair.kind());
    }

    @Test
    void errorBodiesBecomeNormalisedKinds() {
        assertEquals(Kind.AUTH, assertThrows(ExchangeException.class,
                () -> connect("wrong-key-0000", AFTER_LAST_ROW).balances()).kind());
        stub.once("POST", "/0/private/AddOrder",
                r -> Response.json(Fixtures.body("kraken/errors.json", "/errors/2/body")));
        ExchangeException funds = assertThrows(ExchangeException.class,
                () -> adapter.place("f", OrderRequest.market(BTC_USD, OrderDirection.BUY, 1)));
        assertEquals(Kind.INSUFFICIENT_FUNDS, funds.kind());
        assertEquals("EOrder:Insufficient funds", funds.exchangeMessage());
        for (String pointer : List.of("/errors/1/body", "/errors/3/body")) { // Too many requests, Rate limit exceeded
            stub.once("POST", "/0/private/BalanceEx", r -> Response.json(Fixtures.body("kraken/errors.json", pointer)));
            ExchangeException limited = assertThrows(ExchangeException.class, adapter::balances);
            assertEquals(Kind.RATE_LIMITED, limited.kind(), pointer);
            assertNotNull(limited.retryAfter());
        }
        stub.once("GET", "/0/public/Ticker", r -> Response.json("{\"error\":[\"EService:Unavailable\"]}"));
        stub.once("GET", "/0/public/Ticker", r -> Response.json("{\"error\":[\"EService:Unavailable\"]}"));
        stub.once("GET", "/0/public/Ticker", r -> Response.json("{\"error\":[\"EService:Unavailable\"]}"));
        assertEquals(Kind.UNAVAILABLE, assertThrows(ExchangeException.class, () -> adapter.ticker(BTC_USD)).kind());
    }

    @Test
    void readsRetryAfterTimeoutsFiveHundredsAndGarbageThenSucceed() {
        stub.once("GET", "/0/public/Ticker", r -> Response.status(502, "<html>bad gateway</html>"));
        stub.once("GET", "/0/public/Ticker", r -> Response.json("{\"error\":[],\"result\":").delayed(2000));
        stub.once("GET", "/0/public/Ticker", r -> Response.json("not json at all"));
        ExchangeException e = assertThrows(ExchangeException.class, () -> adapter.ticker(BTC_USD));
        assertEquals(Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
        assertEquals(3, stub.requests("/0/public/Ticker").size(), "three attempts, then the last error");
        assertEquals(43410.0, adapter.ticker(BTC_USD).last());
    }

    @Test
    void aTimeoutIsANetworkError() {
        for (int i = 0; i < 3; i++) {
            stub.once("GET", "/0/public/AssetPairs", r -> Response.json("{}").delayed(2000));
        }
        ExchangeException e = assertThrows(ExchangeException.class, adapter::pairs);
        assertEquals(Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("no answer"), e.getMessage());
    }

    @Test
    void aRateLimitAnswerWithRetryAfterIsWaitedOutThenRetried() {
        stub.once("POST", "/0/private/BalanceEx", r -> Response.status(429, "{\"error\":[\"EGeneral:Too many requests\"]}")
                .withHeader("Retry-After", "1"));
        assertEquals(3, adapter.balances().size());
        List<StubExchange.Request> calls = stub.requests("/0/private/BalanceEx");
        assertEquals(2, calls.size());
        long waitedMillis = (calls.get(1).receivedAtNanos() - calls.get(0).receivedAtNanos()) / 1_000_000;
        assertTrue(waitedMillis >= 950, "waited " + waitedMillis + " ms of the 1 s Retry-After");
    }

    @Test
    void anInvalidNonceIsRetriedOnceWithAFreshNonce() {
        stub.once("POST", "/0/private/BalanceEx",
                r -> Response.json(Fixtures.body("kraken/errors.json", "/errors/0/body")));
        assertEquals(3, adapter.balances().size());
        List<StubExchange.Request> calls = stub.requests("/0/private/BalanceEx");
        assertEquals(2, calls.size());
        assertTrue(Long.parseLong(calls.get(1).form().get("nonce")) > Long.parseLong(calls.get(0).form().get("nonce")));
        for (int i = 0; i < 2; i++) {
            stub.once("POST", "/0/private/BalanceEx",
                    r -> Response.json(Fixtures.body("kraken/errors.json", "/errors/0/body")));
        }
        ExchangeException twice = assertThrows(ExchangeException.class, adapter::balances);
        assertEquals(Kind.AUTH, twice.kind());
        assertEquals(4, stub.requests("/0/private/BalanceEx").size(), "one retry per call, never a loop");
    }
}
