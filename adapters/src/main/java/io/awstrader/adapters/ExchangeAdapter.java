package io.awstrader.adapters;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.portfolio.Balance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port every live path goes through: one exchange account (or public data only) in engine terms. Pairs are the
 * platform's ({@code BTC/USD}, {@code BTC/USDT}); each adapter translates symbols and assets itself. Every method
 * either answers or throws {@link ExchangeException} with a normalised kind; none returns partial results silently.
 * Implementations are thread-safe: several deployments of one key may call one adapter (or several) at once.
 */
public interface ExchangeAdapter extends CandleSource {

    /** The exchange's facts (id, native intervals, candle page size, order types). */
    ExchangeCapabilities capabilities();

    @Override
    default String exchange() {
        return capabilities().id();
    }

    @Override
    default boolean serves(RunInterval interval) {
        return capabilities().supports(interval);
    }

    /**
     * The closed candles of {@code pair} that start in {@code range}, oldest first, on the interval's UTC grid; the
     * candle still forming is never included. Pages past the exchange's per-request maximum. An interval the
     * exchange lacks is built by resampling a finer native one. Periods without trades are absent (gaps stay gaps).
     * An exchange that keeps only recent history (Kraken: the last 720 candles) returns what it has.
     */
    List<Candle> candles(Pair pair, RunInterval interval, TimeRange range);

    @Override
    default List<Candle> fetch(Pair pair, RunInterval interval, TimeRange range) {
        return candles(pair, interval, range);
    }

    /** The latest price of {@code pair} (a Virtual account's price source uses it too). */
    Ticker ticker(Pair pair);

    /** Every pair the exchange trades, with its symbol, increments and order size limits; cached for an hour. */
    Map<Pair, PairRules> pairs();

    /** The rules of one pair; {@code not-found} when the exchange does not trade it. */
    default PairRules rules(Pair pair) {
        PairRules rules = pairs().get(pair);
        if (rules == null) {
            throw new ExchangeException(exchange(), ExchangeException.Kind.NOT_FOUND,
                    "pair " + pair + " is not traded on " + capabilities().name(), null);
        }
        return rules;
    }

    /** The account's spot balances by platform asset name ({@code BTC}, not {@code XXBT}): free and total. */
    Map<String, Balance> balances();

    /**
     * Places an order, idempotently. {@code clientOrderId} is the platform's unique name for the order (deployment id
     * and order id); the adapter derives the exchange's client id from it deterministically (Kraken
     * {@code cl_ord_id}, Bitfinex {@code cid}, KuCoin {@code clientOid}). Amount and price are rounded to the pair's
     * increments first; an order below the minimum size fails with {@code invalid-order} naming the minimum, before
     * any request. When the place request times out or gets a 5xx, the order is looked up by client id and sent again
     * only when it is truly absent, so one call never makes two orders.
     *
     * @return the order as the exchange reports it right after placing (usually {@code placed}, or {@code completed}
     *     for a market order the exchange filled at once)
     */
    ExchangeOrder place(String clientOrderId, OrderRequest request);

    /** Cancels an open order by the exchange's id; {@code not-found} when the exchange does not know it. */
    void cancel(Pair pair, String exchangeOrderId);

    /** An order by the exchange's id, open or closed; empty when the exchange does not know it. */
    Optional<ExchangeOrder> order(Pair pair, String exchangeOrderId);

    /**
     * An order by the platform's client order id (as given to {@link #place}), open or recently closed; empty when
     * the exchange has no order with it.
     */
    Optional<ExchangeOrder> orderByClientId(Pair pair, String clientOrderId);

    /** The account's open orders, of {@code pair} only, or of every pair when {@code pair} is null. */
    List<ExchangeOrder> openOrders(Pair pair);
}
