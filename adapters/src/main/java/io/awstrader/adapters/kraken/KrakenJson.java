package io.awstrader.adapters.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.adapters.CandleRows;
import io.awstrader.adapters.ExchangeOrder;
import io.awstrader.adapters.PairRules;
import io.awstrader.adapters.Ticker;
import io.awstrader.adapters.http.ExchangeHttp;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Kraken JSON (the {@code result} of each call) to engine types. */
final class KrakenJson {
    /** {@code [time(s), open, high, low, close, vwap, volume, count]}. */
    private static final CandleRows ROWS = new CandleRows(1000, 1, 2, 3, 4, 6);
    private final ExchangeHttp http;

    KrakenJson(ExchangeHttp http) {
        this.http = http;
    }

    /**
     * OHLC rows {@code [time(s), open, high, low, close, vwap, volume, count]} (prices as strings) under the pair's
     * Kraken id, which need not be the name requested ({@code XBTUSD} answers as {@code XXBTZUSD}); {@code last} is
     * a string or a number.
     */
    List<Candle> candles(JsonNode result) {
        JsonNode rows = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("last")) {
                rows = e.getValue();
            }
        }
        if (rows == null) {
            throw http.malformed("OHLC result without candle rows");
        }
        return ROWS.read(rows, http);
    }

    /** Ticker result {@code {ID: {a:[ask..], b:[bid..], c:[last, lot], v:[today, 24h]}}}. */
    Ticker ticker(Pair pair, JsonNode result) {
        Iterator<JsonNode> values = result.elements();
        if (!values.hasNext()) {
            throw http.malformed("Ticker result is empty");
        }
        JsonNode t = values.next();
        return new Ticker(pair, number(t.path("c").path(0)), number(t.path("b").path(0)), number(t.path("a").path(0)),
                number(t.path("v").path(1)));
    }

    /** AssetPairs: increments from {@code tick_size}/{@code pair_decimals} and {@code lot_decimals}, minimums. */
    Map<Pair, PairRules> pairs(JsonNode result) {
        Map<Pair, PairRules> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            String altname = p.path("altname").asText(e.getKey());
            if (altname.endsWith(".d")) {
                continue; // dark pool books
            }
            String base = KrakenSymbols.platformAsset(p.path("base").asText());
            String quote = KrakenSymbols.platformAsset(p.path("quote").asText());
            if (base == null || quote == null || base.equals(quote)) {
                continue;
            }
            Pair pair;
            try {
                pair = new Pair(base, quote);
            } catch (IllegalArgumentException unusual) {
                continue;
            }
            BigDecimal tick = p.hasNonNull("tick_size") ? new BigDecimal(p.get("tick_size").asText())
                    : BigDecimal.ONE.movePointLeft(p.path("pair_decimals").asInt(8));
            BigDecimal lot = BigDecimal.ONE.movePointLeft(p.path("lot_decimals").asInt(8));
            String status = p.path("status").asText("online");
            out.put(pair, new PairRules(pair, altname, tick, 0, lot, decimal(p.get("ordermin")), null,
                    decimal(p.get("costmin")), status.equals("online")));
        }
        return out;
    }

    /** BalanceEx {@code {ASSET: {balance, hold_trade}}}: free = balance - hold_trade (Balance's totals also read). */
    Map<String, Balance> balances(JsonNode result) {
        Map<String, Balance> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String asset = KrakenSymbols.platformAsset(e.getKey());
            if (asset == null) {
                continue;
            }
            JsonNode v = e.getValue();
            double total = v.isObject() ? number(v.get("balance")) : number(v);
            double held = v.isObject() && v.hasNonNull("hold_trade") ? number(v.get("hold_trade")) : 0;
            Balance previous = out.get(asset);
            Balance balance = new Balance(asset, total - held, total);
            if (previous != null) {
                balance = new Balance(asset, previous.free() + balance.free(), previous.total() + balance.total());
            }
            out.put(asset, balance);
        }
        return out;
    }

    /** Orders keyed by txid ({@code QueryOrders} result, {@code OpenOrders.open}, {@code ClosedOrders.closed}). */
    List<ExchangeOrder> orders(JsonNode byTxid, Function<String, Pair> pairs) {
        List<ExchangeOrder> out = new ArrayList<>();
        if (byTxid == null || !byTxid.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = byTxid.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(order(e.getKey(), e.getValue(), pairs));
        }
        return out;
    }

    /**
     * One order: status {@code pending}/{@code open} -> placed, {@code closed} -> completed, {@code canceled} and
     * {@code expired} -> cancelled (see {@code executedAmount} for a partial fill). Stop and take-profit orders are
     * stop orders (market once triggered); their {@code -limit} variants keep the limit in {@code price}.
     */
    ExchangeOrder order(String txid, JsonNode o, Function<String, Pair> pairs) {
        JsonNode descr = o.path("descr");
        Pair pair = pairs.apply(descr.path("pair").asText());
        String kind = descr.path("ordertype").asText();
        OrderType type = switch (kind) {
            case "market" -> OrderType.MARKET;
            case "limit" -> OrderType.LIMIT;
            default -> OrderType.STOP;
        };
        double price = type == OrderType.LIMIT ? number(descr.get("price"))
                : kind.endsWith("-limit") ? number(descr.get("price2")) : Double.NaN;
        double stop = type == OrderType.STOP ? number(descr.get("price")) : Double.NaN;
        OrderStatus status = switch (o.path("status").asText()) {
            case "pending", "open" -> OrderStatus.PLACED;
            case "closed" -> OrderStatus.COMPLETED;
            case "canceled", "expired" -> OrderStatus.CANCELLED;
            default -> throw http.malformed("order status '" + o.path("status").asText() + "'");
        };
        double executed = number(o.get("vol_exec"));
        double closedAt = o.hasNonNull("closetm") ? number(o.get("closetm")) * 1000 : Double.NaN;
        String clientId = o.hasNonNull("cl_ord_id") ? o.get("cl_ord_id").asText() : null;
        return new ExchangeOrder(txid, clientId, pair, type, OrderDirection.parse(descr.path("type").asText()),
                number(o.get("vol")), price, stop, status, executed, executed > 0 ? number(o.get("price")) : Double.NaN,
                number(o.get("fee")), number(o.get("opentm")) * 1000, closedAt, null);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : new BigDecimal(node.asText());
    }

    private static double number(JsonNode node) {
        return ExchangeHttp.number(node);
    }
}
