package io.awstrader.adapters.kucoin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** The KuCoin adapter over real HTTP against a stub replaying KuCoin's recorded responses. */
class KucoinAdapterTest {
    private static final long HOUR = 3_600_000L;
    private static final Pair BTC_USDT = Pair.parse("BTC/USDT");

    private StubExchange stub;
    private KucoinStub kucoin;
    private ExchangeAdapter adapter;

    @BeforeEach
    void start() {
        stub = new StubExchange();
        kucoin = new KucoinStub(stub);
        adapter = connect(KucoinStub.KEY, KucoinStub.PASSPHRASE, 1706641200_000L);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ExchangeAdapter connect(String key, String passphrase, long now) {
        return new KucoinAdapter.Connector().connect(new ExchangeCredentials(key, KucoinStub.SECRET, passphrase),
                StubSettings.at(stub.url(), now));
    }

    @Test
    void signsAsTheLocalVectorsSay() {
        JsonNode v = Fixtures.file("kucoin/_auth_signing.json").get("locally_computed_sanity_vectors");
        assertEquals(v.get("expected_KC_API_PASSPHRASE").asText(),
                KucoinApi.passphrase(v.get("passphrase").asText(), v.get("api_secret").asText()));
        assertEquals(v.at("/get/expected_KC_API_SIGN").asText(), KucoinApi.sign(v.at("/get/timestamp").asText(), "GET",
                "/api/v1/accounts?type=trade", "", "test-secret"));
        assertEquals(v.at("/post/expected_KC_API_SIGN").asText(), KucoinApi.sign(v.at("/post/timestamp").asText(),
                "POST", "/api/v1/orders", v.at("/post/body").asText(), "test-secret"));
    }

    @Test
    void recordedNewestFirstStringRowsComeBackOldestFirst() {
        List<Candle> candles = adapter.candles(BTC_USDT, RunInterval.H1, new TimeRange(1706628191_000L, 1706641200_000L));
        assertEquals(3, candles.size());
        assertEquals(new Candle(1706630400_000.0, 43383.7, 43521.9, 43222.8, 43501, 101.30420492), candles.get(0));
        assertEquals(1706637600_000.0, candles.get(2).time());
        StubExchange.Request sent = stub.requests("/api/v1/market/candles").getFirst();
        assertEquals("1hour", sent.query().get("type"));
        assertEquals("BTC-USDT", sent.query().get("symbol"));
        assertEquals("1706630400", sent.query().get("startAt"), "aligned to the first whole hour");
    }

    @Test
    void pagesInWindowsOf1500AndBuildsTenMinutesFromFive() {
        long start = 1704067200_000L;
        long five = 300_000L;
        List<Candle> series = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            series.add(new Candle(start + i * five, 10 + i, 11 + i, 9 + i, 10.5 + i, 1));
        }
        kucoin.candles(series);
        ExchangeAdapter later = connect(KucoinStub.KEY, KucoinStub.PASSPHRASE, start + 5000 * five);
        assertEquals(series, later.candles(BTC_USDT, RunInterval.M5, new TimeRange(start, start + 4000 * five)));
        assertEquals(3, stub.requests("/api/v1/market/candles").size(), "1500 + 1500 + 1000");
        List<Candle> tens = later.candles(BTC_USDT, RunInterval.M10, new TimeRange(start, start + 4000 * five));
        assertEquals(2000, tens.size());
        assertEquals(new Candle(start, 10, 12, 9, 11.5, 2), tens.getFirst());
        assertEquals("5min", stub.requests("/api/v1/market/candles").getLast().query().get("type"));
    }

    @Test
    void docsSymbolAndRecordedAccounts() {
        PairRules rules = adapter.pairs().get(BTC_USDT);
        assertEquals(new BigDecimal("0.1"), rules.priceIncrement());
        assertEquals(new BigDecimal("0.00000001"), rules.amountIncrement());
        assertEquals(new BigDecimal("0.00001"), rules.minAmount());
        assertEquals(new BigDecimal("0.1"), rules.minCost());
        Map<String, Balance> balances = adapter.balances();
        assertEquals(new Balance("USDT", 40.12618754, 40.12618754), balances.get("USDT"));
        assertEquals(new Balance("LTC", 0.171021, 0.171021), balances.get("LTC"));
        assertEquals(4, balances.size());
        assertEquals(43369.4, adapter.ticker(BTC_USDT).last());
    }

    @Test
    void placesWithClientOidLooksUpAndCancels() {
        ExchangeOrder placed = adapter.place("dep/1", OrderRequest.limit(BTC_USDT, OrderDirection.BUY, 0.0012345678,
                43000.06));
        JsonNode sent = Fixtures.parse(stub.requests("/api/v1/orders").getLast().body());
        assertEquals("0.00123456", sent.get("size").asText());
        assertEquals("43000.1", sent.get("price").asText());
        assertEquals("limit", sent.get("type").asText());
        assertEquals(placed.clientOrderId(), sent.get("clientOid").asText());
        ExchangeOrder found = adapter.orderByClientId(BTC_USDT, "dep/1").orElseThrow();
        assertEquals(placed.exchangeOrderId(), found.exchangeOrderId());
        assertEquals(OrderStatus.PLACED, found.status());
        assertEquals(1, adapter.openOrders(BTC_USDT).size());
        adapter.cancel(BTC_USDT, placed.exchangeOrderId());
        assertEquals(OrderStatus.CANCELLED, adapter.order(BTC_USDT, placed.exchangeOrderId()).orElseThrow().status());
        assertEquals(Optional.empty(), adapter.orderByClientId(BTC_USDT, "dep/absent"));
        ExchangeException stop = assertThrows(ExchangeException.class,
                () -> adapter.place("s", OrderRequest.stop(BTC_USDT, OrderDirection.SELL, 0.001, 40000)));
        assertEquals(Kind.INVALID_ORDER, stop.kind());
        ExchangeException small = assertThrows(ExchangeException.class,
                () -> adapter.place("m", OrderRequest.market(BTC_USDT, OrderDirection.BUY, 0.000001)));
        assertTrue(small.getMessage().contains("minimum order size of 0.00001 BTC"), small.getMessage());
    }

    @Test
    void recordedOrdersAndCancels() {
        String filled = Fixtures.body("kucoin/get_order.json", "/body");
        stub.route("GET", "/api/v1/orders/65e371dd0ddaa40007cb437b", r -> kucoin.signed(r, () -> Response.json(filled)));
        ExchangeOrder order = adapter.order(Pair.parse("LTC/USDT"), "65e371dd0ddaa40007cb437b").orElseThrow();
        assertEquals(OrderStatus.COMPLETED, order.status());
        assertEquals(OrderType.MARKET, order.type());
        assertEquals(91.937, order.executedPrice(), 1e-9);
        assertEquals(0.00091937, order.fee());
        for (int i = 0; i < 2; i++) {
            String body = Fixtures.body("kucoin/open_orders.json", "/responses/" + i + "/body");
            stub.once("GET", "/api/v1/orders", r -> kucoin.signed(r, () -> Response.json(body)));
        }
        ExchangeOrder open = adapter.openOrders(null).getFirst();
        assertEquals(OrderStatus.PLACED, open.status());
        assertEquals(55.0, open.price());
        assertEquals(OrderStatus.COMPLETED, adapter.openOrders(null).getFirst().status());
        stub.route("DELETE", "/api/v1/orders/5ca27982054b467eb0d0c8dc", r -> kucoin.signed(r,
                () -> Response.json(Fixtures.body("kucoin/cancel_order.json", "/responses/0/body"))));
        adapter.cancel(BTC_USDT, "5ca27982054b467eb0d0c8dc");
        stub.route("DELETE", "/api/v1/orders/gone", r -> kucoin.signed(r,
                () -> Response.json(Fixtures.body("kucoin/cancel_order.json", "/responses/2/body"))));
        assertEquals(Kind.NOT_FOUND, assertThrows(ExchangeException.class, () -> adapter.cancel(BTC_USDT, "gone")).kind());
    }

    @Test
    void recordedErrorBodiesBecomeNormalisedKinds() {
        ExchangeException auth = assertThrows(ExchangeException.class,
                () -> connect(KucoinStub.KEY, "wrong passphrase", 1706641200_000L).balances());
        assertEquals(Kind.AUTH, auth.kind());
        assertEquals("Invalid KC-API-SIGN", auth.exchangeMessage());
        String[][] cases = {{"/errors/1/body", "INSUFFICIENT_FUNDS"}, {"/errors/4/body", "INVALID_ORDER"},
            {"/errors/5/body", "INVALID_ORDER"}};
        for (String[] c : cases) {
            stub.once("POST", "/api/v1/orders", r -> Response.json(Fixtures.body("kucoin/errors.json", c[0])));
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> adapter.place("e" + c[0], OrderRequest.market(BTC_USDT, OrderDirection.BUY, 0.01)));
            assertEquals(Kind.valueOf(c[1]), e.kind(), c[0]);
        }
        stub.once("GET", "/api/v1/market/orderbook/level1",
                r -> Response.status(429, Fixtures.body("kucoin/errors.json", "/errors/2/body")));
        assertEquals(43369.4, adapter.ticker(BTC_USDT).last(), "429000: backed off, then retried");
        assertEquals(2, stub.requests("/api/v1/market/orderbook/level1").size());
        for (int i = 0; i < 3; i++) {
            stub.once("GET", "/api/v1/market/orderbook/level1",
                    r -> Response.json(Fixtures.body("kucoin/errors.json", "/errors/3/body")).withHeader("Retry-After", "10"));
        }
        ExchangeException limited = assertThrows(ExchangeException.class, () -> adapter.ticker(BTC_USDT));
        assertEquals(Kind.RATE_LIMITED, limited.kind());
        assertEquals(10, limited.retryAfter().toSeconds());
        stub.once("GET", "/api/v2/symbols", r -> Response.status(503, "{\"code\":\"503000\",\"msg\":\"System busy\"}"));
        stub.once("GET", "/api/v2/symbols", r -> Response.json("{\"code\":\"200000\",\"data\":[").delayed(2000));
        stub.once("GET", "/api/v2/symbols", r -> Response.json("{\"code\":\"200000\""));
        ExchangeAdapter fresh = connect(KucoinStub.KEY, KucoinStub.PASSPHRASE, 1706641200_000L); // pairs not cached
        assertEquals(Kind.UNAVAILABLE, assertThrows(ExchangeException.class, fresh::pairs).kind());
        assertEquals(1, fresh.pairs().size(), "the next call reads them");
    }

    @Test
    void aPlaceTimingOutOrFailingAfterKucoinTookItEndsWithOneOrder() {
        stub.once("POST", "/api/v1/orders", r -> kucoin.signed(r, () -> kucoin.create(r)).delayed(2500));
        adapter.place("dep/t", OrderRequest.limit(BTC_USDT, OrderDirection.BUY, 0.001, 20000));
        assertEquals(1, kucoin.orders().size());
        stub.once("POST", "/api/v1/orders", r -> {
            kucoin.signed(r, () -> kucoin.create(r));
            return Response.status(500, "{\"code\":\"500000\",\"msg\":\"Internal Server Error\"}");
        });
        adapter.place("dep/5", OrderRequest.limit(BTC_USDT, OrderDirection.BUY, 0.001, 20000));
        assertEquals(2, kucoin.orders().size());
        assertEquals(2, stub.requests("/api/v1/orders").stream().filter(r -> r.method().equals("POST")).count());
    }
}
