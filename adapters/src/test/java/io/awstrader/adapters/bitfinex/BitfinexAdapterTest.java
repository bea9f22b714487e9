package io.awstrader.adapters.bitfinex;

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

/** The Bitfinex adapter over real HTTP against a stub replaying Bitfinex's recorded responses. */
class BitfinexAdapterTest {
    private static final long HOUR = 3_600_000L;
    private static final long RECORDED_CANDLE = 1552298400_000L;
    private static final Pair BTC_USD = Pair.parse("BTC/USD");

    private StubExchange stub;
    private BitfinexStub bitfinex;
    private ExchangeAdapter adapter;

    @BeforeEach
    void start() {
        stub = new StubExchange();
        bitfinex = new BitfinexStub(stub);
        adapter = connect(BitfinexStub.KEY, RECORDED_CANDLE + HOUR);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ExchangeAdapter connect(String key, long now) {
        return new BitfinexAdapter.Connector().connect(ExchangeCredentials.of(key, BitfinexStub.SECRET),
                StubSettings.at(stub.url(), now));
    }

    @Test
    void signsAsTheLocalVectorSays() {
        JsonNode v = Fixtures.file("bitfinex/_auth_signing.json").get("locally_computed_sanity_vector");
        assertEquals(v.get("expected_bfx_signature").asText(), BitfinexApi.sign(v.get("path").asText(),
                v.get("nonce").asText(), v.get("body").asText(), v.get("api_secret").asText()));
    }

    @Test
    void recordedCandleRowHasCloseBeforeHigh() {
        List<Candle> candles = adapter.candles(Pair.parse("BTC/USDT"), RunInterval.H1,
                new TimeRange(RECORDED_CANDLE, RECORDED_CANDLE + HOUR));
        assertEquals(List.of(new Candle(RECORDED_CANDLE, 3870.1, 3890, 3870.1, 3890, 0.05)), candles);
        StubExchange.Request sent = stub.requests().getFirst();
        assertEquals("/v2/candles/trade:1h:tBTCUST/hist", sent.path(), "USDT is UST at Bitfinex");
        assertEquals("1", sent.query().get("sort"));
        assertEquals(Long.toString(RECORDED_CANDLE), sent.query().get("start"));
        assertEquals("10000", sent.query().get("limit"));
    }

    @Test
    void pagesPastThePageSizeKeepsGapsAndBuildsFourHoursFromOne() {
        long start = 1704067200_000L;
        List<Candle> series = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            if (i >= 100 && i < 104) {
                continue; // a four-hour gap at the first page boundary
            }
            series.add(new Candle(start + i * HOUR, 100 + i, 110 + i, 90 + i, 101 + i, 1));
        }
        bitfinex.candles("trade:1h:tBTCUSD", series);
        ExchangeAdapter paged = new BitfinexAdapter(null, StubSettings.at(stub.url(), start + 300 * HOUR), 100);
        List<Candle> hours = paged.candles(BTC_USD, RunInterval.H1, new TimeRange(start, start + 260 * HOUR));
        assertEquals(series, hours);
        assertEquals(3, stub.requests("/v2/candles/trade:1h:tBTCUSD/hist").size());
        List<Candle> fours = paged.candles(BTC_USD, RunInterval.H4, new TimeRange(start, start + 260 * HOUR));
        assertEquals(64, fours.size(), "65 buckets, the one in the gap does not exist");
        Candle first = fours.getFirst();
        assertEquals(new Candle(start, 100, 113, 90, 104, 4), first);
        assertTrue(stub.requests().stream().noneMatch(r -> r.path().contains(":4h:")), "Bitfinex has no 4h");
    }

    @Test
    void recordedPairsAndWallets() {
        Map<Pair, PairRules> pairs = adapter.pairs();
        assertEquals(2, pairs.size());
        PairRules inch = pairs.get(Pair.parse("1INCH/USD"));
        assertEquals("t1INCH:USD", inch.symbol());
        assertEquals(new BigDecimal("2.0"), inch.minAmount());
        assertEquals(new BigDecimal("100000.0"), inch.maxAmount());
        assertEquals("tBTCUSD", pairs.get(BTC_USD).symbol());
        Map<String, Balance> balances = adapter.balances();
        assertEquals(new Balance("USD", 8.93278618365196, 14.93278618365196), balances.get("USD"));
        assertEquals(new Balance("BTC", 0.00005612444, 0.00005612444), balances.get("BTC"));
        assertEquals(43400.5, adapter.ticker(BTC_USD).last());
    }

    @Test
    void placesSignedAmountsWithCidAndRefusesBelowTheMinimum() {
        ExchangeOrder sell = adapter.place("dep/1", OrderRequest.limit(BTC_USD, OrderDirection.SELL, 0.0001, 40000.4));
        JsonNode sent = Fixtures.parse(stub.requests("/v2/auth/w/order/submit").getLast().body());
        assertEquals("EXCHANGE LIMIT", sent.get("type").asText());
        assertEquals("tBTCUSD", sent.get("symbol").asText());
        assertEquals("-0.0001", sent.get("amount").asText());
        assertEquals("40000", sent.get("price").asText(), "5 significant digits");
        assertEquals(sell.clientOrderId(), sent.get("cid").asText());
        assertEquals(OrderDirection.SELL, sell.direction());
        assertEquals(OrderStatus.PLACED, sell.status());
        adapter.place("dep/2", OrderRequest.market(BTC_USD, OrderDirection.BUY, 0.0001));
        assertEquals("EXCHANGE MARKET", Fixtures.parse(stub.requests("/v2/auth/w/order/submit").getLast().body())
                .get("type").asText());
        adapter.place("dep/3", OrderRequest.stop(BTC_USD, OrderDirection.SELL, 0.0001, 38000));
        JsonNode stop = Fixtures.parse(stub.requests("/v2/auth/w/order/submit").getLast().body());
        assertEquals("EXCHANGE STOP", stop.get("type").asText());
        assertEquals("38000", stop.get("price").asText());
        ExchangeException small = assertThrows(ExchangeException.class,
                () -> adapter.place("dep/4", OrderRequest.market(Pair.parse("1INCH/USD"), OrderDirection.BUY, 1.5)));
        assertEquals(Kind.INVALID_ORDER, small.kind());
        assertTrue(small.getMessage().contains("minimum order size of 2 1INCH"), small.getMessage());
        assertEquals(3, bitfinex.orders().size());
    }

    @Test
    void recordedSubmitCancelAndOrderAnswers() {
        stub.once("POST", "/v2/auth/w/order/submit",
                r -> Response.json(Fixtures.body("bitfinex/order_submit.json", "/body")));
        ExchangeOrder ltc = adapter.place("rec/1", OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.1, 50));
        assertEquals("156523558501", ltc.exchangeOrderId());
        assertEquals(Pair.parse("LTC/USDT"), ltc.pair());
        assertEquals(50.0, ltc.price());
        stub.once("POST", "/v2/auth/w/order/cancel",
                r -> Response.json(Fixtures.body("bitfinex/order_cancel.json", "/body")));
        adapter.cancel(Pair.parse("LTC/USDT"), "139472205825");

        stub.once("POST", "/v2/auth/r/orders",
                r -> Response.json(Fixtures.body("bitfinex/orders_by_id.json", "/calls/0/body")));
        ExchangeOrder active = adapter.order(Pair.parse("USDT/USD"), "129194763959").orElseThrow();
        assertEquals(OrderStatus.PLACED, active.status());
        assertEquals(OrderDirection.SELL, active.direction());
        assertEquals(10.0, active.amount());
        assertEquals(1.1, active.price());

        stub.once("POST", "/v2/auth/r/orders", r -> Response.json("[]"));
        stub.once("POST", "/v2/auth/r/orders/hist",
                r -> Response.json(Fixtures.body("bitfinex/orders_by_id.json", "/calls/1/body")));
        ExchangeOrder executed = adapter.order(BTC_USD, "129183574940").orElseThrow();
        assertEquals(OrderStatus.COMPLETED, executed.status());
        assertEquals(34348.0, executed.executedPrice());
        assertEquals(0.00020832, executed.executedAmount());
        assertEquals(1698769385318.0, executed.closedAt());

        stub.once("POST", "/v2/auth/r/orders", r -> Response.json("[]"));
        stub.once("POST", "/v2/auth/r/orders/hist",
                r -> Response.json(Fixtures.body("bitfinex/orders_by_id.json", "/calls/2/body")));
        assertEquals(OrderStatus.CANCELLED, adapter.order(Pair.parse("LTC/USDT"), "130065885881").orElseThrow()
                .status());

        stub.once("POST", "/v2/auth/r/orders",
                r -> Response.json(Fixtures.body("bitfinex/open_orders.json", "/body")));
        ExchangeOrder open = adapter.openOrders(null).getFirst();
        assertEquals("1003434", open.clientOrderId());
        assertEquals(OrderType.LIMIT, open.type());
        assertEquals(Optional.empty(), adapter.order(BTC_USD, "1"));
    }

    @Test
    void lookUpByClientIdAndCancel() {
        ExchangeOrder placed = adapter.place("dep/7", OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.001, 20000));
        assertEquals(placed.exchangeOrderId(), adapter.orderByClientId(BTC_USD, "dep/7").orElseThrow().exchangeOrderId());
        adapter.cancel(BTC_USD, placed.exchangeOrderId());
        assertEquals(OrderStatus.CANCELLED, adapter.orderByClientId(BTC_USD, "dep/7").orElseThrow().status());
        assertEquals(Optional.empty(), adapter.orderByClientId(BTC_USD, "dep/none"));
        assertEquals(Kind.NOT_FOUND, assertThrows(ExchangeException.class, () -> adapter.cancel(BTC_USD, "42")).kind());
    }

    @Test
    void recordedErrorBodiesBecomeNormalisedKinds() {
        ExchangeException auth = assertThrows(ExchangeException.class, () -> connect("wrong", RECORDED_CANDLE).balances());
        assertEquals(Kind.AUTH, auth.kind());
        assertEquals("apikey: invalid", auth.exchangeMessage());

        stub.once("GET", "/v2/ticker/tBTCUSD", r -> Response.status(429, Fixtures.body("bitfinex/errors.json",
                "/errors/1/body")));
        ExchangeException limited = assertThrows(ExchangeException.class, () -> adapter.ticker(BTC_USD));
        assertEquals(Kind.RATE_LIMITED, limited.kind());
        assertEquals(60, limited.retryAfter().toSeconds(), "blocked for a minute: not retried within 1.5 s");
        assertEquals(1, stub.requests("/v2/ticker/tBTCUSD").size());

        stub.once("GET", "/v2/ticker/tBTCUSD", r -> Response.status(429, Fixtures.body("bitfinex/errors.json",
                "/errors/4/body")).withHeader("Retry-After", "1"));
        assertEquals(43400.5, adapter.ticker(BTC_USD).last(), "v1 ERR_RATE_LIMIT with Retry-After: waited, retried");

        stub.once("GET", "/v2/candles/trade:1h:tBTCUST/hist", r -> Response.status(500,
                Fixtures.body("bitfinex/errors.json", "/errors/2/body")));
        assertEquals(Kind.INVALID_ORDER, assertThrows(ExchangeException.class, () -> adapter.candles(
                Pair.parse("BTC/USDT"), RunInterval.H1, new TimeRange(RECORDED_CANDLE, RECORDED_CANDLE + HOUR)))
                .kind());

        for (int i = 0; i < 3; i++) {
            stub.once("POST", "/v2/auth/r/wallets", r -> Response.status(503, Fixtures.body("bitfinex/errors.json",
                    "/errors/3/body")));
        }
        ExchangeException maintenance = assertThrows(ExchangeException.class, adapter::balances);
        assertEquals(Kind.UNAVAILABLE, maintenance.kind());
        assertEquals("maintenance", maintenance.exchangeMessage());

        for (int i = 0; i < 3; i++) {
            stub.once("GET", "/v2/ticker/tBTCUSD", r -> Response.json("[43400,1.5,43401"));
        }
        ExchangeException garbage = assertThrows(ExchangeException.class, () -> adapter.ticker(BTC_USD));
        assertEquals(Kind.UNAVAILABLE, garbage.kind());
        assertTrue(garbage.getMessage().contains("not JSON"), garbage.getMessage());

        // documented refusal notification (no recording exists)
        stub.once("POST", "/v2/auth/w/order/submit", r -> Response.json("[1717587431,\"on-req\",null,null,[],null,"
                + "\"ERROR\",\"Invalid order: not enough exchange balance for 0.1 BTCUSD at 20000\"]"));
        assertEquals(Kind.INSUFFICIENT_FUNDS, assertThrows(ExchangeException.class, () -> adapter.place("f",
                OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.1, 20000))).kind());
    }

    @Test
    void aPlaceTimingOutOrFailingAfterTheExchangeTookItEndsWithOneOrder() {
        stub.once("POST", "/v2/auth/w/order/submit",
                r -> bitfinex.authenticated("v2/auth/w/order/submit", r, bitfinex::submit).delayed(2500));
        adapter.place("dep/t", OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.001, 20000));
        assertEquals(1, bitfinex.orders().size());
        stub.once("POST", "/v2/auth/w/order/submit", r -> {
            bitfinex.authenticated("v2/auth/w/order/submit", r, bitfinex::submit);
            return Response.status(502, "<html>Bad Gateway</html>");
        });
        adapter.place("dep/5", OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.001, 20000));
        assertEquals(2, bitfinex.orders().size());
        assertEquals(2, stub.requests("/v2/auth/w/order/submit").size(), "neither was sent twice");
        stub.once("POST", "/v2/auth/w/order/submit", r -> Response.status(503, "<html>down</html>"));
        adapter.place("dep/r", OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.001, 20000));
        assertEquals(3, bitfinex.orders().size());
        assertEquals(4, stub.requests("/v2/auth/w/order/submit").size(), "refused before taken: sent again once");
    }
}
