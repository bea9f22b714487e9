package io.awstrader.adapters.kraken;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kraken spot. Candles from {@code OHLC} (at most the 720 most recent per interval: older history is not served;
 * no 10m, built from 5m), balances from {@code BalanceEx}, orders through {@code AddOrder} with {@code cl_ord_id}
 * (a UUID derived from the platform's order id), looked up with {@code OpenOrders}/{@code ClosedOrders} by that id.
 */
public final class KrakenAdapter extends RestExchange {
    static final ExchangeCapabilities CAPABILITIES = new ExchangeCapabilities(KrakenApi.ID, "Kraken",
            Map.of(RunInterval.M5, "5", RunInterval.M15, "15", RunInterval.M30, "30", RunInterval.H1, "60",
                    RunInterval.H4, "240", RunInterval.D1, "1440"),
            720, Set.of(OrderType.MARKET, OrderType.LIMIT, OrderType.STOP), false, "AWSTRADER_KRAKEN_URL",
            "https://api.kraken.com");

    /** What {@link java.util.ServiceLoader} finds (listed in META-INF/services). */
    public static final class Connector extends AdapterConnector {
        public Connector() {
            super(CAPABILITIES, KrakenAdapter::new);
        }
    }

    private final KrakenApi api;
    private final KrakenJson json;
    private volatile Map<String, Pair> pairNames = Map.of();
    private volatile Map<Pair, PairRules> namesFrom;

    public KrakenAdapter(ExchangeCredentials credentials, ExchangeSettings settings) {
        super(CAPABILITIES, settings);
        this.api = new KrakenApi(settings, credentials);
        this.json = new KrakenJson(api.http());
    }

    @Override
    protected CandlePage candlePage(Pair pair, RunInterval interval, String code, long from, long to) {
        // since is exclusive: ask from one second before the first wanted candle
        JsonNode result = api.publicGet("OHLC", ordered("pair", KrakenSymbols.pair(pair), "interval", code, "since",
                Long.toString(from / 1000 - 1)));
        List<Candle> candles = json.candles(result);
        long next = candles.isEmpty() ? from : (long) candles.getLast().time() + (long) interval.millis();
        return new CandlePage(candles, next);
    }

    @Override
    public Ticker ticker(Pair pair) {
        return json.ticker(pair, api.publicGet("Ticker", ordered("pair", KrakenSymbols.pair(pair))));
    }

    @Override
    protected Map<Pair, PairRules> fetchPairs() {
        return json.pairs(api.publicGet("AssetPairs", Map.of()));
    }

    @Override
    public Map<String, Balance> balances() {
        return json.balances(api.privateRead("BalanceEx", Map.of()));
    }

    @Override
    protected String exchangeClientId(String clientOrderId) {
        return ClientOrderIds.uuid(clientOrderId);
    }

    @Override
    protected ExchangeOrder submit(Placement p) {
        Map<String, String> params = ordered("pair", p.symbol(), "type", p.direction().code(), "ordertype",
                switch (p.type()) {
                    case MARKET -> "market";
                    case LIMIT -> "limit";
                    case STOP -> "stop-loss";
                }, "volume", plain(p.amount()));
        if (p.price() != null) {
            params.put("price", plain(p.price()));
        }
        if (p.stopPrice() != null) {
            params.put("price", plain(p.stopPrice()));
        }
        params.put("cl_ord_id", p.clientId());
        JsonNode result = api.privatePost("AddOrder", params);
        JsonNode txids = result.path("txid");
        if (!txids.isArray() || txids.isEmpty()) {
            throw api.http().malformed("AddOrder without txid");
        }
        // AddOrder returns only the id: the order is open until a query says otherwise
        return new ExchangeOrder(txids.get(0).asText(), p.clientId(), p.pair(), p.type(), p.direction(),
                p.amount().doubleValue(), p.price() == null ? Double.NaN : p.price().doubleValue(),
                p.stopPrice() == null ? Double.NaN : p.stopPrice().doubleValue(), OrderStatus.PLACED, 0, Double.NaN, 0,
                settings.clock().millis(), Double.NaN, null);
    }

    @Override
    protected Optional<ExchangeOrder> findByExchangeClientId(Pair pair, String clientId) {
        Map<String, String> filter = ordered("cl_ord_id", clientId);
        List<ExchangeOrder> open = json.orders(api.privateRead("OpenOrders", filter).path("open"), this::pairOf);
        Optional<ExchangeOrder> found = withClientId(open, clientId);
        if (found.isPresent()) {
            return found;
        }
        return withClientId(json.orders(api.privateRead("ClosedOrders", filter).path("closed"), this::pairOf),
                clientId);
    }

    private static Optional<ExchangeOrder> withClientId(List<ExchangeOrder> orders, String clientId) {
        // the filter is Kraken's; checking again guards against a server that ignores it
        return orders.stream().filter(o -> clientId.equals(o.clientOrderId())).findFirst();
    }

    @Override
    public void cancel(Pair pair, String exchangeOrderId) {
        JsonNode result = api.privatePost("CancelOrder", ordered("txid", exchangeOrderId));
        if (result.path("count").asInt(0) == 0) {
            throw new ExchangeException(KrakenApi.ID, Kind.NOT_FOUND, "no open order " + exchangeOrderId
                    + " to cancel", null);
        }
    }

    @Override
    public Optional<ExchangeOrder> order(Pair pair, String exchangeOrderId) {
        try {
            JsonNode result = api.privateRead("QueryOrders", ordered("txid", exchangeOrderId, "trades", "true"));
            return json.orders(result, this::pairOf).stream().findFirst();
        } catch (ExchangeException e) {
            if (e.kind() == Kind.NOT_FOUND || e.kind() == Kind.INVALID_ORDER) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<ExchangeOrder> openOrders(Pair pair) {
        List<ExchangeOrder> open = json.orders(api.privateRead("OpenOrders", Map.of()).path("open"), this::pairOf);
        return pair == null ? open : open.stream().filter(o -> o.pair().equals(pair)).toList();
    }

    /** The platform pair of a Kraken pair name as orders carry it ({@code LTCUSDT}, {@code XBTUSD}). */
    private Pair pairOf(String name) {
        Map<Pair, PairRules> current = pairs();
        if (namesFrom != current) { // rebuilt when the pairs cache was refreshed
            Map<String, Pair> byName = new HashMap<>();
            current.values().forEach(rules -> byName.put(rules.symbol(), rules.pair()));
            pairNames = byName;
            namesFrom = current;
        }
        Pair pair = pairNames.get(name);
        if (pair == null) {
            pair = KrakenSymbols.parsePair(name);
        }
        if (pair == null) {
            throw api.http().malformed("order of unknown pair " + name);
        }
        return pair;
    }

    private static String plain(java.math.BigDecimal value) {
        return PairRules.plain(value);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
