package io.awstrader.adapters.bitfinex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.awstrader.adapters.stub.Fixtures;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Request;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.engine.market.Candle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bitfinex on a {@link StubExchange}: public calls answer with the recorded bodies of {@code fixtures/bitfinex} (or
 * candles of a series, in the recorded row shape: close before high), authenticated calls check key, signature and
 * nonce order and keep an order book whose orders and notifications have the recorded shapes of
 * {@code order_submit.json} and {@code order_cancel.json}.
 */
public final class BitfinexStub {
    public static final String KEY = "stub-bitfinex-key-9a7e";
    /** The secret of the locally computed signing vector. */
    public static final String SECRET = "test-secret";

    private final StubExchange stub;
    private final Map<Long, ArrayNode> orders = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(156523558500L);
    private long lastNonce;

    public BitfinexStub(StubExchange stub) {
        this.stub = stub;
        stub.route("GET", "/v2/candles/trade:1h:tBTCUST/hist",
                Response.json(Fixtures.body("bitfinex/candles.json", "/body")));
        stub.route("GET", "/v2/conf/pub:list:pair:exchange",
                Response.json(Fixtures.body("bitfinex/conf_pairs.json", "/calls/0/body")));
        stub.route("GET", "/v2/conf/pub:info:pair",
                Response.json(Fixtures.body("bitfinex/conf_pairs.json", "/calls/1/body")));
        // documented shape (docs.bitfinex.com Ticker): [BID, BID_SIZE, ASK, ASK_SIZE, CHANGE, CHANGE_REL, LAST, VOL, HIGH, LOW]
        stub.route("GET", "/v2/ticker/tBTCUSD", Response.json("[43400,1.5,43401,2.5,120,0.0028,43400.5,1234.5,43900,42800]"));
        route("v2/auth/r/wallets", r -> Response.json(Fixtures.body("bitfinex/wallets.json", "/body")));
        route("v2/auth/w/order/submit", this::submit);
        route("v2/auth/w/order/cancel", this::cancel);
        for (String symbol : List.of("", "/tBTCUSD", "/t1INCH:USD")) {
            route("v2/auth/r/orders" + symbol, r -> list(r, true, symbol));
            route("v2/auth/r/orders" + symbol + "/hist", r -> list(r, false, symbol));
        }
    }

    /** Serve {@code candles} at {@code trade:TF:SYMBOL} honouring start, end, limit and sort=1. */
    public BitfinexStub candles(String key, List<Candle> candles) {
        stub.route("GET", "/v2/candles/" + key + "/hist", r -> {
            long start = Long.parseLong(r.query().getOrDefault("start", "0"));
            long end = Long.parseLong(r.query().getOrDefault("end", Long.toString(Long.MAX_VALUE)));
            int limit = Integer.parseInt(r.query().getOrDefault("limit", "100"));
            ArrayNode rows = JsonNodeFactory.instance.arrayNode();
            for (Candle c : candles) {
                if (c.time() >= start && c.time() <= end && rows.size() < limit) {
                    rows.addArray().add((long) c.time()).add(c.open()).add(c.close()).add(c.high()).add(c.low())
                            .add(c.volume());
                }
            }
            return Response.json(rows.toString());
        });
        return this;
    }

    public StubExchange stub() {
        return stub;
    }

    public synchronized Map<Long, JsonNode> orders() {
        return Map.copyOf(orders);
    }

    private void route(String path, java.util.function.Function<Request, Response> handler) {
        stub.route("POST", "/" + path, r -> authenticated(path, r, handler));
    }

    /** What the exchange answers to {@code path} (public for fault injection around it). */
    public synchronized Response authenticated(String path, Request r,
            java.util.function.Function<Request, Response> handler) {
        if (!KEY.equals(r.header("bfx-apikey"))) {
            return Response.status(500, Fixtures.body("bitfinex/errors.json", "/errors/0/body"));
        }
        String nonce = r.header("bfx-nonce");
        if (nonce == null || !BitfinexApi.sign(path, nonce, r.body(), SECRET).equals(r.header("bfx-signature"))) {
            return Response.status(500, "[\"error\",10100,\"apikey: invalid\"]");
        }
        long n = Long.parseLong(nonce);
        if (n <= lastNonce) {
            return Response.status(500, "[\"error\",10114,\"nonce: small\"]");
        }
        lastNonce = n;
        return handler.apply(r);
    }

    /** The submit handler, for once-only wrappers. */
    public Response submit(Request r) {
        JsonNode body = Fixtures.parse(r.body());
        long id = ids.incrementAndGet();
        // the recorded order of order_submit.json with this order's fields
        ArrayNode order = (ArrayNode) Fixtures.file("bitfinex/order_submit.json").at("/body/4/0").deepCopy();
        order.set(0, order.numberNode(id));
        order.set(2, body.path("cid"));
        order.set(3, body.path("symbol"));
        double amount = body.path("amount").asDouble();
        order.set(6, order.numberNode(amount));
        order.set(7, order.numberNode(amount));
        order.set(8, body.path("type"));
        order.set(16, order.numberNode(body.path("price").asDouble(0)));
        orders.put(id, order);
        ArrayNode notification = (ArrayNode) Fixtures.file("bitfinex/order_submit.json").at("/body").deepCopy();
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        data.add(order);
        notification.set(4, data);
        return Response.json(notification.toString());
    }

    private Response cancel(Request r) {
        long id = Fixtures.parse(r.body()).path("id").asLong();
        ArrayNode order = orders.get(id);
        if (order == null) {
            // documented notification shape for a refused cancel
            return Response.json("[1706700316188,\"oc-req\",null,null,null,null,\"ERROR\",\"Order not found.\"]");
        }
        order.set(13, order.textNode("CANCELED"));
        ArrayNode notification = (ArrayNode) Fixtures.file("bitfinex/order_cancel.json").at("/body").deepCopy();
        notification.set(4, order);
        return Response.json(notification.toString());
    }

    private Response list(Request r, boolean active, String symbol) {
        JsonNode ids = Fixtures.parse(r.body().isEmpty() ? "{}" : r.body()).path("id");
        List<Long> wanted = new ArrayList<>();
        ids.forEach(i -> wanted.add(i.asLong()));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        orders.forEach((id, o) -> {
            boolean isActive = o.get(13).asText().startsWith("ACTIVE");
            if (isActive == active && (wanted.isEmpty() || wanted.contains(id))
                    && (symbol.isEmpty() || symbol.substring(1).equals(o.get(3).asText()))) {
                out.add(o);
            }
        });
        return Response.json(out.toString());
    }
}
