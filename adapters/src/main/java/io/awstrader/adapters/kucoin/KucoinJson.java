package io.awstrader.adapters.kucoin;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** KuCoin {@code data} payloads to engine types. */
final class KucoinJson {
    private static final CandleRows ROWS = new CandleRows(1000, 1, 3, 4, 2, 5);

    private final ExchangeHttp http;

    KucoinJson(ExchangeHttp http) {
        this.http = http;
    }

    /** Rows {@code [time(s), open, close, high, low, volume, turnover]}, strings, newest first: oldest first here. */
    List<Candle> candles(JsonNode rows) {
        return ROWS.read(rows, http);
    }

    /** Level-1 book {@code {price, bestBid, bestAsk, ...}}. */
    Ticker ticker(Pair pair, JsonNode data) {
        if (!data.hasNonNull("price")) {
            throw http.malformed("ticker without price");
        }
        return new Ticker(pair, number(data.get("price")), number(data.get("bestBid")), number(data.get("bestAsk")),
                Double.NaN);
    }

    /** Symbols: {@code baseIncrement}, {@code priceIncrement}, {@code baseMinSize}/{@code baseMaxSize}, minFunds. */
    Map<Pair, PairRules> pairs(JsonNode data) {
        Map<Pair, PairRules> out = new LinkedHashMap<>();
        for (JsonNode s : data.isArray() ? data : List.of(data)) {
            Pair pair = KucoinSymbols.pair(s.path("symbol").asText());
            if (pair == null) {
                continue;
            }
            out.put(pair, new PairRules(pair, s.path("symbol").asText(), decimal(s.get("priceIncrement")), 0,
                    decimal(s.get("baseIncrement")), decimal(s.get("baseMinSize")), decimal(s.get("baseMaxSize")),
                    decimal(s.get("minFunds")), s.path("enableTrading").asBoolean(true)));
        }
        return out;
    }

    /** Accounts {@code [{currency, type, balance, available, holds}]}: total = balance, free = available. */
    Map<String, Balance> balances(JsonNode data) {
        Map<String, Balance> out = new LinkedHashMap<>();
        for (JsonNode a : data) {
            String asset = a.path("currency").asText().toUpperCase();
            Balance b = new Balance(asset, number(a.get("available")), number(a.get("balance")));
            Balance previous = out.get(asset);
            out.put(asset, previous == null ? b
                    : new Balance(asset, previous.free() + b.free(), previous.total() + b.total()));
        }
        return out;
    }

    /**
     * An order: {@code isActive} -> placed; else {@code cancelExist} -> cancelled (possibly partly filled), else
     * completed; the average price is {@code dealFunds / dealSize}. KuCoin gives no close time: {@code closedAt}
     * is NaN.
     */
    ExchangeOrder order(JsonNode o) {
        Pair pair = KucoinSymbols.pair(o.path("symbol").asText());
        if (pair == null || !o.has("isActive")) {
            throw http.malformed("order " + o.path("id").asText());
        }
        boolean stop = !o.path("stop").asText("").isEmpty();
        OrderType type = stop ? OrderType.STOP : "market".equals(o.path("type").asText()) ? OrderType.MARKET
                : OrderType.LIMIT;
        OrderStatus status = o.path("isActive").asBoolean() ? OrderStatus.PLACED
                : o.path("cancelExist").asBoolean() ? OrderStatus.CANCELLED : OrderStatus.COMPLETED;
        double dealSize = number(o.get("dealSize"));
        double dealFunds = number(o.get("dealFunds"));
        return new ExchangeOrder(o.path("id").asText(), o.hasNonNull("clientOid") ? o.get("clientOid").asText() : null,
                pair, type, OrderDirection.parse(o.path("side").asText()), number(o.get("size")),
                type == OrderType.LIMIT ? number(o.get("price")) : Double.NaN,
                stop ? number(o.get("stopPrice")) : Double.NaN, status, dealSize,
                dealSize > 0 ? dealFunds / dealSize : Double.NaN, number(o.get("fee")), number(o.get("createdAt")),
                Double.NaN, null);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : new BigDecimal(node.asText());
    }

    private static double number(JsonNode node) {
        return ExchangeHttp.number(node);
    }
}
