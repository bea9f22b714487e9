package io.awstrader.adapters;

import io.awstrader.adapters.ExchangeException.Kind;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.Resampler;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one base of the REST adapters (freqtrade's model): what is the same for every exchange — closed candles only,
 * paging, resampling intervals the exchange lacks, the pairs cache, rounding and minimum-size checks before an order
 * is sent, and idempotent placement — written once. Subclasses say how their exchange does each step.
 */
public abstract class RestExchange implements ExchangeAdapter {
    private static final System.Logger LOG = System.getLogger(RestExchange.class.getName());
    private static final long PAIRS_TTL_MILLIS = 3_600_000L;

    protected final ExchangeCapabilities capabilities;
    protected final ExchangeSettings settings;
    private volatile Map<Pair, PairRules> pairs;
    private volatile long pairsFetchedAt;

    protected RestExchange(ExchangeCapabilities capabilities, ExchangeSettings settings) {
        this.capabilities = capabilities;
        this.settings = settings;
    }

    @Override
    public ExchangeCapabilities capabilities() {
        return capabilities;
    }

    /** One page of native candles: those the exchange returned and where the next page starts (epoch ms). */
    public record CandlePage(List<Candle> candles, long next) {
    }

    /**
     * One request's worth of {@code interval} candles (a native interval, {@code code} its exchange code) starting at
     * {@code from}, none at or after {@code to}; {@code next} at or before {@code from} means there is no more.
     */
    protected abstract CandlePage candlePage(Pair pair, RunInterval interval, String code, long from, long to);

    /** Every pair with its rules, straight from the exchange (the base caches it). */
    protected abstract Map<Pair, PairRules> fetchPairs();

    /** The exchange's client order id for the platform's {@code clientOrderId}: a pure function of it. */
    protected abstract String exchangeClientId(String clientOrderId);

    /** Sends one place request, already rounded and checked; no retry of any kind here. */
    protected abstract ExchangeOrder submit(Placement placement);

    /** The order carrying the exchange client id {@code exchangeClientId}, open or recently closed. */
    protected abstract Optional<ExchangeOrder> findByExchangeClientId(Pair pair, String exchangeClientId);

    /**
     * An order ready to send: symbol and numbers as the exchange wants them.
     *
     * @param price the rounded limit price, or null
     * @param stopPrice the rounded stop price, or null
     */
    public record Placement(Pair pair, String symbol, OrderType type, OrderDirection direction, BigDecimal amount,
            BigDecimal price, BigDecimal stopPrice, String clientId) {
    }

    @Override
    public List<Candle> candles(Pair pair, RunInterval interval, TimeRange range) {
        RunInterval source = capabilities.sourceInterval(interval);
        if (source == null) {
            throw new ExchangeException(exchange(), Kind.INVALID_ORDER, capabilities.name() + " has no " + interval
                    + " candles and none that build them", null);
        }
        long width = (long) interval.millis();
        long now = settings.clock().millis();
        long from = Math.floorDiv(range.from() + width - 1, width) * width;
        long to = Math.min(range.to(), Math.floorDiv(now, width) * width); // candles that start later are not closed
        List<Candle> out = new ArrayList<>();
        if (to <= from) {
            return out;
        }
        List<Candle> nativeCandles = nativeCandles(pair, source, from, to);
        if (source == interval) {
            return nativeCandles;
        }
        CandleSeries series = new CandleSeries(pair, source, nativeCandles.size());
        nativeCandles.forEach(series::add);
        CandleSeries resampled = Resampler.resample(series, interval);
        for (int i = 0; i < resampled.size(); i++) {
            Candle candle = resampled.candle(i);
            if (candle.time() >= from && candle.time() < to) {
                out.add(candle);
            }
        }
        return out;
    }

    private List<Candle> nativeCandles(Pair pair, RunInterval interval, long from, long to) {
        String code = capabilities.nativeIntervals().get(interval);
        List<Candle> out = new ArrayList<>();
        long cursor = from;
        while (cursor < to) {
            CandlePage page = candlePage(pair, interval, code, cursor, to);
            for (Candle candle : page.candles()) {
                boolean inRange = candle.time() >= cursor && candle.time() < to;
                if (inRange && (out.isEmpty() || candle.time() > out.getLast().time())) {
                    String problem = candle.problem();
                    if (problem == null && (long) candle.time() % (long) interval.millis() != 0) {
                        problem = "it starts at " + (long) candle.time() + ", not on the " + interval + " grid";
                    }
                    if (problem != null) {
                        throw new ExchangeException(exchange(), Kind.UNAVAILABLE, "sent a bad " + pair + " candle: "
                                + problem, null);
                    }
                    out.add(candle);
                }
            }
            if (page.next() <= cursor) {
                break;
            }
            cursor = page.next();
        }
        return out;
    }

    @Override
    public Map<Pair, PairRules> pairs() {
        long now = settings.clock().millis();
        Map<Pair, PairRules> cached = pairs;
        if (cached == null || now - pairsFetchedAt > PAIRS_TTL_MILLIS) {
            cached = Map.copyOf(fetchPairs());
            pairs = cached;
            pairsFetchedAt = now;
        }
        return cached;
    }

    @Override
    public ExchangeOrder place(String clientOrderId, OrderRequest request) {
        if (clientOrderId == null || clientOrderId.isBlank()) {
            throw new IllegalArgumentException("an order needs the platform's client order id");
        }
        String problem = request.problem();
        if (problem == null && !capabilities.orderTypes().contains(request.type())) {
            problem = capabilities.name() + " orders of type " + request.type() + " are not supported";
        }
        if (problem != null) {
            throw new ExchangeException(exchange(), Kind.INVALID_ORDER, problem, null);
        }
        PairRules rules = rules(request.pair());
        BigDecimal amount = rules.roundAmount(request.amount());
        BigDecimal price = request.type() == OrderType.LIMIT ? rules.roundPrice(request.price()) : null;
        BigDecimal stop = request.type() == OrderType.STOP ? rules.roundPrice(request.stopPrice()) : null;
        problem = rules.problem(capabilities.name(), amount, price != null ? price : stop);
        if (problem != null) {
            throw new ExchangeException(exchange(), Kind.INVALID_ORDER, problem, null);
        }
        Placement placement = new Placement(request.pair(), rules.symbol(), request.type(), request.direction(), amount,
                price, stop, exchangeClientId(clientOrderId));
        return placeOnce(placement);
    }

    /**
     * Sends the placement so that it exists exactly once: when the outcome of a send is unknown (timeout, 5xx, a body
     * that is not an answer), the order is looked up by client id and sent again only when the exchange has none.
     */
    private ExchangeOrder placeOnce(Placement placement) {
        ExchangeException unknown;
        try {
            return submit(placement);
        } catch (ExchangeException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            unknown = e;
        }
        LOG.log(System.Logger.Level.WARNING, "placing {0} order {1}: {2}; looking it up before sending it again",
                exchange(), placement.clientId(), unknown.getMessage());
        Optional<ExchangeOrder> found = findByExchangeClientId(placement.pair(), placement.clientId());
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return submit(placement);
        } catch (ExchangeException e) {
            // unknown again, or refused as a duplicate because the first one surfaced late: one last look
            return findByExchangeClientId(placement.pair(), placement.clientId()).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<ExchangeOrder> orderByClientId(Pair pair, String clientOrderId) {
        return findByExchangeClientId(pair, exchangeClientId(clientOrderId));
    }

    /** The credentials, or an {@code auth} error when this adapter was made for public data only. */
    protected ExchangeCredentials require(ExchangeCredentials credentials) {
        if (credentials == null) {
            throw new ExchangeException(exchange(), Kind.AUTH, "this call needs an API key; the adapter has none",
                    null);
        }
        return credentials;
    }
}
