package io.awstrader.adapters.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.adapters.stub.Fixtures;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Request;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.engine.market.Candle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * KuCoin on a {@link StubExchange}: public calls answer with the recorded bodies of {@code fixtures/kucoin} (or a
 * candle series as newest-first string rows, at most 1500 a request, keeping the newest as KuCoin does), private
 * calls check key, signature and signed passphrase and keep an order book whose orders have the recorded shape of
 * {@code get_order.json}.
 */
public final class KucoinStub {
    public static final String KEY = "stub-kucoin-key-77d2";
    public static final String SECRET = "test-secret";
    public static final String PASSPHRASE = "test-passphrase";

    private final StubExchange stub;
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile List<Candle> candles;

    public KucoinStub(StubExchange stub) {
        this.stub = stub;
        stub.route("GET", "/api/v1/market/candles", r -> candles == null
                ? Response.json(Fixtures.body("kucoin/candles.json", "/body")) : candles(r));
        // the docs example of one symbol, served as the list endpoint's array
        stub.route("GET", "/api/v2/symbols", Response.json("{\"code\":\"200000\",\"data\":["
                + Fixtures.body("kucoin/symbols.json", "/body/data") + "]}"));
        // documented shape (docs Get Ticker, level1)
        stub.route("GET", "/api/v1/market/orderbook/level1", Response.json("{\"code\":\"200000\",\"data\":{\"time\":"
                + "1706637600000,\"sequence\":\"1\",\"price\":\"43369.4\",\"size\":\"0.01\",\"bestBid\":\"43369.3\","
                + "\"bestBidSize\":\"1\",\"bestAsk\":\"43369.5\",\"bestAskSize\":\"1\"}}"));
        stub.route("GET", "/api/v1/accounts", r -> signed(r, () -> Response.json(Fixtures.body("kucoin/accounts.json",
                "/body"))));
        stub.route("POST", "/api/v1/orders", r -> signed(r, () -> create(r)));
        stub.route("GET", "/api/v1/orders", r -> signed(r, () -> active()));
    }

    public StubExchange stub() {
        return stub;
    }

    public KucoinStub candles(List<Candle> series) {
        this.candles = series;
        return this;
    }

    public synchronized Map<String, JsonNode> orders() {
        return Map.copyOf(orders);
    }

    /** Routes for one order's id and client id paths (the stub's router matches exact paths). */
    private void routeOrder(String id, String clientOid) {
        stub.route("GET", "/api/v1/orders/" + id, r -> signed(r, () -> data(orders.get(id))));
        stub.route("GET", "/api/v1/order/client-order/" + clientOid, r -> signed(r, () -> data(orders.get(id))));
        stub.route("DELETE", "/api/v1/orders/" + id, r -> signed(r, () -> {
            orders.get(id).put("isActive", false).put("cancelExist", true);
            return Response.json(Fixtures.body("kucoin/cancel_order.json", "/responses/0/body")
                    .replace("5ca27982054b467eb0d0c8dc", id));
        }));
    }

    /** Checks the v2 key signature and passphrase, then answers with {@code answer}. */
    public synchronized Response signed(Request r, java.util.function.Supplier<Response> answer) {
        String pathAndQuery = r.path() + (r.query().isEmpty() ? "" : "?" + rawQuery(r));
        String expected = KucoinApi.sign(r.header("KC-API-TIMESTAMP"), r.method(), pathAndQuery, r.body(), SECRET);
        if (!KEY.equals(r.header("KC-API-KEY")) || !expected.equals(r.header("KC-API-SIGN"))
                || !KucoinApi.passphrase(PASSPHRASE, SECRET).equals(r.header("KC-API-PASSPHRASE"))
                || !"2".equals(r.header("KC-API-KEY-VERSION"))) {
            return Response.status(401, Fixtures.body("kucoin/errors.json", "/errors/0/body"));
        }
        return answer.get();
    }

    /** The create handler, for once-only wrappers. */
    public synchronized Response create(Request r) {
        JsonNode body = Fixtures.parse(r.body());
        String id = String.format("65e371dd0ddaa40007%06d", ids.incrementAndGet());
        ObjectNode order = (ObjectNode) Fixtures.file("kucoin/get_order.json").at("/body/data").deepCopy();
        order.put("id", id).put("symbol", body.path("symbol").asText()).put("type", body.path("type").asText())
                .put("side", body.path("side").asText()).put("price", body.path("price").asText("0"))
                .put("size", body.path("size").asText()).put("dealFunds", "0").put("dealSize", "0").put("fee", "0")
                .put("clientOid", body.path("clientOid").asText()).put("isActive", true);
        orders.put(id, order);
        routeOrder(id, body.path("clientOid").asText());
        return Response.json(Fixtures.body("kucoin/create_order.json", "/body").replace("5ca22ec6513ab9576fb77d92", id));
    }

    private Response active() {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        orders.values().stream().filter(o -> o.path("isActive").asBoolean()).forEach(items::add);
        return Response.json("{\"code\":\"200000\",\"data\":{\"currentPage\":1,\"pageSize\":500,\"totalNum\":"
                + items.size() + ",\"totalPage\":1,\"items\":" + items + "}}");
    }

    private Response candles(Request r) {
        long startAt = Long.parseLong(r.query().get("startAt")) * 1000;
        long endAt = Long.parseLong(r.query().get("endAt")) * 1000;
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (int i = candles.size() - 1; i >= 0 && rows.size() < 1500; i--) { // newest first, the newest 1500
            Candle c = candles.get(i);
            if (c.time() >= startAt && c.time() <= endAt) {
                rows.addArray().add(Long.toString((long) c.time() / 1000)).add(text(c.open())).add(text(c.close()))
                        .add(text(c.high())).add(text(c.low())).add(text(c.volume())).add("0");
            }
        }
        return Response.json("{\"code\":\"200000\",\"data\":" + rows + "}");
    }

    private static Response data(JsonNode data) {
        return Response.json("{\"code\":\"200000\",\"data\":" + (data == null ? "null" : data.toString()) + "}");
    }

    private static String rawQuery(Request r) {
        StringBuilder out = new StringBuilder();
        r.query().forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return out.toString();
    }

    private static String text(double v) {
        return java.math.BigDecimal.valueOf(v).toPlainString();
    }
}
