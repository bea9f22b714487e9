package io.awstrader.server.candles;

import io.awstrader.adapters.CandleSource;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.candle.CachedCandles;
import io.awstrader.storage.candle.CandleCache;
import io.awstrader.storage.candle.CandleKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Candles from the DynamoDB cache; ranges it lacks are fetched through the exchange's {@link CandleSource} (only
 * closed candles, then cached) when there is one and it answers. Otherwise the answer says what is available.
 */
public final class CandleService {
    private static final Logger LOG = LoggerFactory.getLogger(CandleService.class);

    private final CandleCache cache;
    private final Map<String, CandleSource> sources;
    private final Clock clock;
    private final CompletableFuture<?> ready;

    public CandleService(CandleCache cache, List<? extends CandleSource> sources, Clock clock) {
        this(cache, sources, clock, CompletableFuture.completedFuture(null));
    }

    /** {@code ready} completes when the bundled candles are in the cache; requests wait for it. */
    public CandleService(CandleCache cache, List<? extends CandleSource> sources, Clock clock,
            CompletableFuture<?> ready) {
        this.cache = cache;
        this.sources = new HashMap<>();
        for (CandleSource source : sources) {
            this.sources.put(source.exchange(), source);
        }
        this.clock = clock;
        this.ready = ready;
    }

    public CandleAnswer candles(CandleKey key, TimeRange range) {
        awaitBundledCandles();
        CachedCandles cached = cache.get(key, range);
        String note = null;
        if (!cached.complete()) {
            CandleSource source = sources.get(key.exchange());
            if (source == null) {
                note = "no exchange adapter for " + key.exchange() + " yet: only cached candles are served";
            } else {
                note = fetch(source, key, cached.missing());
                cached = cache.get(key, range);
            }
        }
        if (cached.complete()) {
            return new CandleAnswer(key, range, cached.candles(), List.of(), List.of(), null);
        }
        return new CandleAnswer(key, range, cached.candles(), cached.missing(), cache.coverage(key),
                note == null ? "part of the range has not closed yet" : note);
    }

    /** One exchange and interval of a pair: the spans the cache holds and whether missing ones can be fetched. */
    public record Market(String exchange, RunInterval interval, List<TimeRange> cached, boolean fetchable) {
    }

    /**
     * For {@code pair}, each of {@code exchanges} and {@code intervals} that has cached candles or an adapter that can
     * fetch them; asks the cache only (a backtest form lists these without waking any exchange), once per exchange
     * and interval.
     */
    public List<Market> markets(List<String> exchanges, List<RunInterval> intervals, Pair pair) {
        awaitBundledCandles();
        List<Market> markets = new ArrayList<>();
        for (String exchange : exchanges) {
            CandleSource source = sources.get(exchange);
            for (RunInterval interval : intervals) {
                List<TimeRange> cached = cache.coverage(new CandleKey(exchange, pair, interval));
                boolean fetchable = source != null && source.serves(interval);
                if (!cached.isEmpty() || fetchable) {
                    markets.add(new Market(exchange, interval, cached, fetchable));
                }
            }
        }
        return markets;
    }

    private void awaitBundledCandles() {
        if (ready.isDone()) {
            return;
        }
        try {
            ready.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the loader logged its failure; serve what the cache has
        }
    }

    /** Fetches the closed part of each missing range into the cache; returns a note when something failed. */
    private String fetch(CandleSource source, CandleKey key, List<TimeRange> missing) {
        long width = (long) key.interval().millis();
        long closedUntil = Math.floorDiv(clock.millis(), width) * width;
        try {
            cache.fillClosed(key, missing, closedUntil, false, range -> source.fetch(key.pair(), key.interval(), range));
            return null;
        } catch (ExchangeException e) {
            LOG.warn("fetching {} candles failed: {}", key.partition(), e.getMessage());
            return e.kind() == ExchangeException.Kind.NOT_FOUND
                    ? key.exchange() + " does not know " + key.pair() + " (" + e.exchangeMessage() + ")"
                    : key.exchange() + " could not be reached: only cached candles are served";
        } catch (RuntimeException e) { // a bad answer (e.g. the cache refused it): serve the cache
            LOG.warn("fetching {} candles failed: {}", key.partition(), e.toString());
            return key.exchange() + " could not be reached: only cached candles are served";
        }
    }
}
