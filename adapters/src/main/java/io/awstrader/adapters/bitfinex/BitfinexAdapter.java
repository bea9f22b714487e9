package io.awstrader.adapters.bitfinex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.adapters.ClientOrderIds;
import io.awstrader.adapters.AdapterConnector;
import io.awstrader.adapters.ExchangeCapabilities;
import io.awstrader.adapters.ExchangeCredentials;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeException.Kind;
import io.awstrader.adapters.ExchangeOrder;
import io.awstrader.adapters.ExchangeSettings;
import io.awstrader.adapters.PairRules;
import io.awstrader.adapters.RestExchange;
import io.awstrader.adapters.Ticker;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bitfinex spot (the {@code exchange} wallet). Candles from {@code candles/trade:TF:SYMBOL/hist}, up to 10 000 a
 * request, oldest first; no 10m or 4h (built from 5m and 1h). Orders as {@code EXCHANGE MARKET/LIMIT/STOP} with the
 * side as the sign of the amount and a {@code cid} derived from the platform's order id, looked up among active
 * orders, then the order history.
 */
public final class BitfinexAdapter extends RestExchange {
    static final ExchangeCapabilities CAPABILITIES = new ExchangeCapabilities(BitfinexApi.ID, "Bitfinex",
            Map.of(RunInterval.M5, "5m", RunInterval.M15, "15m", RunInterval.M30, "30m", RunInterval.H1, "1h",
                    RunInterval.D1, "1D"),
            10_000, Set.of(OrderType.MARKET, OrderType.LIMIT, OrderType.STOP), false, "AWSTRADER_BITFINEX_URL",
            "https://api.bitfinex.com");

    /** What {@link java.util.ServiceLoader} finds (listed in META-INF/services). */
    public static final class Connector extends AdapterConnector {
        public Connector() {
            super(CAPABILITIES, BitfinexAdapter::new);
        }
    }

    private final BitfinexApi api;
    private final BitfinexJson json;
    private final int pageSize;

    public BitfinexAdapter(ExchangeCredentials credentials, ExchangeSettings settings) {
        this(credentials, settings, CAPABILITIES.candlePageSize());
    }

    /** With a smaller candle page (tests page through a short history). */
    BitfinexAdapter(ExchangeCredentials credentials, ExchangeSettings settings, int pageSize) {
        super(CAPABILITIES, settings);
        this.api = new BitfinexApi(settings, credentials);
        this.json = new BitfinexJson(api.http());
        this.pageSize = pageSize;
    }

    @Override
    protected CandlePage candlePage(Pair pair, RunInterval interval, String code, long from, long to) {
        JsonNode rows = api.publicGet("v2/candles/trade:" + code + ":" + BitfinexSymbols.symbol(pair) + "/hist?start="
                + from + "&end=" + (to - 1) + "&limit=" + pageSize + "&sort=1");
        List<Candle> candles = json.candles(rows);
        // a short page holds everything up to 'end'; a full one continues after its last candle
        long next = candles.size() < pageSize ? to : (long) candles.getLast().time() + (long) interval.millis();
        return new CandlePage(candles, next);
    }

    @Override
    public Ticker ticker(Pair pair) {
        return json.ticker(pair, api.publicGet("v2/ticker/" + BitfinexSymbols.symbol(pair)));
    }

    @Override
    protected Map<Pair, PairRules> fetchPairs() {
        return json.pairs(api.publicGet("v2/conf/pub:list:pair:exchange"), api.publicGet("v2/conf/pub:info:pair"));
    }

    @Override
    public Map<String, Balance> balances() {
        return json.balances(api.authRead("v2/auth/r/wallets", "{}"));
    }

    @Override
    protected String exchangeClientId(String clientOrderId) {
        return Long.toString(ClientOrderIds.number(clientOrderId, 45));
    }

    @Override
    protected ExchangeOrder submit(Placement p) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", switch (p.type()) {
            case MARKET -> "EXCHANGE MARKET";
            case LIMIT -> "EXCHANGE LIMIT";
            case STOP -> "EXCHANGE STOP";
        });
        body.put("symbol", p.symbol());
        String amount = PairRules.plain(p.amount());
        body.put("amount", p.direction() == OrderDirection.SELL ? "-" + amount : amount);
        if (p.price() != null) {
            body.put("price", PairRules.plain(p.price()));
        }
        if (p.stopPrice() != null) {
            body.put("price", PairRules.plain(p.stopPrice()));
        }
        body.put("cid", Long.parseLong(p.clientId()));
        JsonNode data = json.notificationData(api.authPost("v2/auth/w/order/submit", body.toString()));
        JsonNode order = data.isArray() && data.size() > 0 && data.get(0).isArray() ? data.get(0) : data;
        return json.order(order);
    }

    @Override
    protected Optional<ExchangeOrder> findByExchangeClientId(Pair pair, String clientId) {
        String symbol = pair == null ? "" : "/" + BitfinexSymbols.symbol(pair);
        for (String path : List.of("v2/auth/r/orders" + symbol, "v2/auth/r/orders" + symbol + "/hist")) {
            for (JsonNode row : api.authRead(path, "{}")) {
                if (row.isArray() && clientId.equals(row.path(2).asText())) {
                    return Optional.of(json.order(row));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void cancel(Pair pair, String exchangeOrderId) {
        json.notificationData(api.authPost("v2/auth/w/order/cancel", "{\"id\":" + orderId(exchangeOrderId) + "}"));
    }

    @Override
    public Optional<ExchangeOrder> order(Pair pair, String exchangeOrderId) {
        String body = "{\"id\":[" + orderId(exchangeOrderId) + "]}";
        for (String path : List.of("v2/auth/r/orders", "v2/auth/r/orders/hist")) {
            JsonNode rows = api.authRead(path, body);
            for (JsonNode row : rows) {
                if (row.path(0).asText().equals(exchangeOrderId)) {
                    return Optional.of(json.order(row));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<ExchangeOrder> openOrders(Pair pair) {
        String path = pair == null ? "v2/auth/r/orders" : "v2/auth/r/orders/" + BitfinexSymbols.symbol(pair);
        return json.orders(api.authRead(path, "{}"));
    }

    private static long orderId(String exchangeOrderId) {
        try {
            return Long.parseLong(exchangeOrderId);
        } catch (NumberFormatException e) {
            throw new ExchangeException(BitfinexApi.ID, Kind.NOT_FOUND, "'" + exchangeOrderId
                    + "' is not a Bitfinex order id", null);
        }
    }
}
