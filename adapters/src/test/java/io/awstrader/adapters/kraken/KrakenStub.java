package io.awstrader.adapters.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.adapters.stub.Fixtures;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Request;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.Resampler;
import io.awstrader.engine.market.RunInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kraken on a {@link StubExchange}: public calls answer with the recorded bodies of {@code fixtures/kraken} (or with
 * candles of a given series, in the recorded OHLC shape), private calls check the key, the signature and that each
 * nonce is larger than the last one (else {@code EAPI:Invalid nonce}, as Kraken does), and keep an order book so
 * that placing, looking up and cancelling behave like the exchange. Orders are rendered in the recorded shape of
 * {@code query_orders.json}, with {@code cl_ord_id} added as Kraken's docs show it.
 */
public final class KrakenStub {
    public static final String KEY = "stub-kraken-key-4f1c";
    /** The official test vector's secret (base64). */
    public static final String SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    private final StubExchange stub;
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final List<Long> nonces = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private long lastNonce;
    private volatile CandleSeries candles;

    public KrakenStub(StubExchange stub) {
        this.stub = stub;
        stub.route("GET", "/0/public/OHLC", r -> candles == null
                ? Response.json(Fixtures.body("kraken/ohlc.json", "/responses/1/body")) : ohlc(r));
        stub.route("GET", "/0/public/AssetPairs", Response.json(Fixtures.body("kraken/asset_pairs.json", "/body")));
        // documented shape (docs.kraken.com Get Ticker Information); no recording in the fixtures
        stub.route("GET", "/0/public/Ticker", Response.json("{\"error\":[],\"result\":{\"XXBTZUSD\":{\"a\":[\"43410.1\","
                + "\"1\",\"1.000\"],\"b\":[\"43410.0\",\"2\",\"2.000\"],\"c\":[\"43410.0\",\"0.00100000\"],\"v\":["
                + "\"1000.1\",\"2110.55\"]}}}"));
        for (String method : List.of("Balance", "BalanceEx", "AddOrder", "CancelOrder", "QueryOrders", "OpenOrders",
                "ClosedOrders")) {
            stub.route("POST", "/0/private/" + method, r -> privateCall(method, r));
        }
    }

    public StubExchange stub() {
        return stub;
    }

    /**
     * Serve these candles of {@code interval} from OHLC (rows after {@code since}, at most the last 720, as Kraken
     * does); coarser intervals are answered with the resampled series, as Kraken keeps each interval.
     */
    public KrakenStub candles(RunInterval interval, List<Candle> series) {
        CandleSeries all = new CandleSeries(Pair.parse("BTC/USD"), interval, series.size());
        series.forEach(all::add);
        this.candles = all;
        return this;
    }

    /** The nonces of accepted private calls, in arrival order. */
    public synchronized List<Long> nonces() {
        return List.copyOf(nonces);
    }

    /** The orders the exchange holds, by txid. */
    public synchronized Map<String, JsonNode> orders() {
        return Map.copyOf(orders);
    }

    private Response ohlc(Request r) {
        long since = Long.parseLong(r.query().getOrDefault("since", "0"));
        int minutes = Integer.parseInt(r.query().getOrDefault("interval", "1"));
        CandleSeries series = candles;
        if (minutes != series.interval().minutes()) {
            RunInterval wanted = java.util.Arrays.stream(RunInterval.values()).filter(i -> i.minutes() == minutes)
                    .findFirst().orElseThrow();
            series = Resampler.resample(series, wanted);
        }
        List<Candle> all = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            all.add(series.candle(i));
        }
        List<Candle> recent = all.subList(Math.max(0, all.size() - 720), all.size());
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        long last = 0;
        for (Candle c : recent) {
            long t = (long) (c.time() / 1000);
            if (t > since) {
                ArrayNode row = rows.addArray();
                row.add(t).add(text(c.open())).add(text(c.high())).add(text(c.low())).add(text(c.close()))
                        .add(text(c.close())).add(text(c.volume())).add(1);
                last = t;
            }
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("XXBTZUSD", rows);
        result.put("last", Long.toString(last));
        return Response.json("{\"error\":[],\"result\":" + result + "}");
    }

    /** What the exchange answers to private call {@code method} (public for fault injection around it). */
    public synchronized Response privateCall(String method, Request r) {
        if (!KEY.equals(r.header("API-Key"))) {
            return Response.json("{\"error\":[\"EAPI:Invalid key\"]}");
        }
        String path = "/0/private/" + method;
        Map<String, String> form = r.form();
        String nonce = form.get("nonce");
        if (nonce == null || !KrakenApi.sign(path, nonce, r.body(), SECRET).equals(r.header("API-Sign"))) {
            return Response.json("{\"error\":[\"EAPI:Invalid signature\"]}");
        }
        long n = Long.parseLong(nonce);
        if (n <= lastNonce) {
            return Response.json(Fixtures.body("kraken/errors.json", "/errors/0/body")); // EAPI:Invalid nonce
        }
        lastNonce = n;
        nonces.add(n);
        return switch (method) {
            case "Balance" -> Response.json(Fixtures.body("kraken/balance.json", "/variants/0/body_response"));
            case "BalanceEx" -> Response.json(Fixtures.body("kraken/balance.json", "/variants/1/body_response"));
            case "AddOrder" -> take(form);
            case "CancelOrder" -> cancel(form.get("txid"));
            case "QueryOrders" -> result(select(form.get("txid"), null, null));
            case "OpenOrders" -> result(wrap("open", select(null, form.get("cl_ord_id"), true)));
            case "ClosedOrders" -> result(wrap("closed", select(null, form.get("cl_ord_id"), false)));
            default -> Response.status(404, "{}");
        };
    }

    /** The exchange takes an order (AddOrder's fields), whatever the transport did with its answer. */
    public synchronized Response take(Map<String, String> form) {
        String clientId = form.get("cl_ord_id");
        if (clientId != null && orders.values().stream().anyMatch(o -> clientId.equals(o.path("cl_ord_id").asText())
                && o.path("status").asText().equals("open"))) {
            return Response.json("{\"error\":[\"EOrder:Duplicate order\"]}");
        }
        int id = ids.incrementAndGet();
        String txid = "O" + String.format("%05d", id) + "-STUBX-" + String.format("%06d", id);
        // the recorded open limit order of query_orders.json, with this order's fields
        ObjectNode order = (ObjectNode) Fixtures.file("kraken/query_orders.json")
                .at("/responses/0/body/result/OR6EGN-KQSEG-AMI6CL").deepCopy();
        ObjectNode descr = (ObjectNode) order.get("descr");
        descr.put("pair", form.get("pair"));
        descr.put("type", form.get("type"));
        descr.put("ordertype", form.get("ordertype"));
        descr.put("price", form.getOrDefault("price", "0"));
        descr.put("order", form.get("type") + " " + form.get("volume") + " " + form.get("pair") + " @ "
                + form.get("ordertype"));
        order.put("vol", form.get("volume"));
        order.put("oflags", "fciq");
        if (clientId != null) {
            order.put("cl_ord_id", clientId);
        }
        orders.put(txid, order);
        return Response.json("{\"error\":[],\"result\":{\"txid\":[\"" + txid + "\"],\"descr\":{\"order\":\""
                + descr.get("order").asText() + "\"}}}");
    }

    private Response cancel(String txid) {
        ObjectNode order = orders.get(txid);
        if (order == null) {
            return Response.json(Fixtures.body("kraken/errors.json", "/errors/4/body")); // EOrder:Unknown order
        }
        order.put("status", "canceled");
        return Response.json(Fixtures.body("kraken/cancel_order.json", "/body"));
    }

    private ObjectNode select(String txid, String clientId, Boolean open) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        orders.forEach((id, o) -> {
            boolean isOpen = o.path("status").asText().equals("open");
            if ((txid == null || txid.equals(id)) && (clientId == null || clientId.equals(o.path("cl_ord_id").asText()))
                    && (open == null || open == isOpen)) {
                out.set(id, o);
            }
        });
        return out;
    }

    private static ObjectNode wrap(String field, ObjectNode orders) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set(field, orders);
        if (field.equals("closed")) {
            out.put("count", orders.size());
        }
        return out;
    }

    private static Response result(JsonNode result) {
        return Response.json("{\"error\":[],\"result\":" + result + "}");
    }

    private static String text(double v) {
        return java.math.BigDecimal.valueOf(v).toPlainString();
    }
}
