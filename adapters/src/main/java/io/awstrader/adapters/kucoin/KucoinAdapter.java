package io.awstrader.adapters.kucoin;

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
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * KuCoin spot, classic {@code trade} account. Candles from {@code /api/v1/market/candles} in windows of at most 1500
 * (rows come newest first, as strings); no 10m (built from 5m). Market and limit orders through
 * {@code /api/v1/orders} with a {@code clientOid} derived from the platform's order id, looked up with
 * {@code /api/v1/order/client-order/{clientOid}}. Stop orders (a separate KuCoin API) are not offered.
 */
public final class KucoinAdapter extends RestExchange {
    static final ExchangeCapabilities CAPABILITIES = new ExchangeCapabilities(KucoinApi.ID, "KuCoin",
            Map.of(RunInterval.M5, "5min", RunInterval.M15, "15min", RunInterval.M30, "30min", RunInterval.H1, "1hour",
                    RunInterval.H4, "4hour", RunInterval.D1, "1day"),
            1500, Set.of(OrderType.MARKET, OrderType.LIMIT), true, "AWSTRADER_KUCOIN_URL", "https://api.kucoin.com");

    /** What {@link java.util.ServiceLoader} finds (listed in META-INF/services). */
    public static final class Connector extends AdapterConnector {
        public Connector() {
            super(CAPABILITIES, KucoinAdapter::new);
        }
    }

    private final KucoinApi api;
    private final KucoinJson json;
    private final int pageSize;

    public KucoinAdapter(ExchangeCredentials credentials, ExchangeSettings settings) {
        this(credentials, settings, CAPABILITIES.candlePageSize());
    }

    /** With a smaller candle window (tests page through a short history). */
    KucoinAdapter(ExchangeCredentials credentials, ExchangeSettings settings, int pageSize) {
        super(CAPABILITIES, settings);
        this.api = new KucoinApi(settings, credentials);
        this.json = new KucoinJson(api.http());
        this.pageSize = pageSize;
    }

    @Override
    protected CandlePage candlePage(Pair pair, RunInterval interval, String code, long from, long to) {
        // at most pageSize candles a window: of a longer one KuCoin keeps the newest 1500, dropping the start
        long end = Math.min(to, from + pageSize * (long) interval.millis());
        JsonNode rows = api.publicGet("/api/v1/market/candles?type=" + code + "&symbol=" + KucoinSymbols.symbol(pair)
                + "&startAt=" + from / 1000 + "&endAt=" + (end / 1000 - 1), 3);
        return new CandlePage(json.candles(rows), end);
    }

    @Override
    public Ticker ticker(Pair pair) {
        return json.ticker(pair, api.publicGet("/api/v1/market/orderbook/level1?symbol=" + KucoinSymbols.symbol(pair),
                2));
    }

    @Override
    protected Map<Pair, PairRules> fetchPairs() {
        return json.pairs(api.publicGet("/api/v2/symbols", 4));
    }

    @Override
    public Map<String, Balance> balances() {
        return json.balances(api.privateGet("/api/v1/accounts?type=trade", 5));
    }

    @Override
    protected String exchangeClientId(String clientOrderId) {
        return ClientOrderIds.uuid(clientOrderId);
    }

    @Override
    protected ExchangeOrder submit(Placement p) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("clientOid", p.clientId());
        body.put("side", p.direction().code());
        body.put("symbol", p.symbol());
        body.put("type", p.type() == OrderType.MARKET ? "market" : "limit");
        body.put("size", PairRules.plain(p.amount()));
        if (p.price() != null) {
            body.put("price", PairRules.plain(p.price()));
        }
        JsonNode data = api.signed("POST", "/api/v1/orders", body.toString(), 2);
        String id = data.path("orderId").asText("");
        if (id.isEmpty()) {
            throw api.http().malformed("order answer without orderId");
        }
        return new ExchangeOrder(id, p.clientId(), p.pair(), p.type(), p.direction(), p.amount().doubleValue(),
                p.price() == null ? Double.NaN : p.price().doubleValue(), Double.NaN, OrderStatus.PLACED, 0, Double.NaN,
                0, settings.clock().millis(), Double.NaN, null);
    }

    @Override
    protected Optional<ExchangeOrder> findByExchangeClientId(Pair pair, String clientId) {
        return orderAt("/api/v1/order/client-order/" + encode(clientId));
    }

    @Override
    public void cancel(Pair pair, String exchangeOrderId) {
        JsonNode data = api.signed("DELETE", "/api/v1/orders/" + encode(exchangeOrderId), "", 3);
        if (data.path("cancelledOrderIds").isEmpty()) {
            throw new ExchangeException(KucoinApi.ID, Kind.NOT_FOUND, "no open order " + exchangeOrderId
                    + " to cancel", null);
        }
    }

    @Override
    public Optional<ExchangeOrder> order(Pair pair, String exchangeOrderId) {
        return orderAt("/api/v1/orders/" + encode(exchangeOrderId));
    }

    private Optional<ExchangeOrder> orderAt(String path) {
        try {
            JsonNode data = api.privateGet(path, 2);
            return data.isNull() || data.isMissingNode() ? Optional.empty() : Optional.of(json.order(data));
        } catch (ExchangeException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<ExchangeOrder> openOrders(Pair pair) {
        List<ExchangeOrder> out = new ArrayList<>();
        String filter = pair == null ? "" : "&symbol=" + KucoinSymbols.symbol(pair);
        for (int page = 1; ; page++) {
            JsonNode data = api.privateGet("/api/v1/orders?status=active&tradeType=TRADE" + filter
                    + "&pageSize=500&currentPage=" + page, 2);
            for (JsonNode item : data.path("items")) {
                out.add(json.order(item));
            }
            if (page >= data.path("totalPage").asInt(1)) {
                return out;
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
