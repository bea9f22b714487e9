package io.awstrader.server.candles;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.data.CandleImport;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Resampler;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.candle.CandleCache;
import io.awstrader.storage.candle.CandleKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real candles shipped with the app (Bitfinex BTC/USD 1h, from {@code data/candles}), loaded into the cache on
 * first start together with their 4h and 1d resamples, so charts and backtests work offline.
 */
public final class BundledCandles {
    private static final Logger LOG = LoggerFactory.getLogger(BundledCandles.class);
    static final String RESOURCE = "bundled/Bitfinex_BTCUSD_1h.csv";
    public static final String EXCHANGE = "bitfinex";

    private BundledCandles() {
    }

    /** Loads every interval the cache does not fully hold yet; returns how many candles were stored. */
    public static int ensureLoaded(CandleCache cache) {
        CandleSeries hourly;
        try (InputStream in = BundledCandles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("bundled candles {} are not on the class path; the cache starts empty", RESOURCE);
                return 0;
            }
            CandleImport imported = CandleCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            hourly = imported.series();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int stored = 0;
        for (RunInterval interval : List.of(RunInterval.H1, RunInterval.H4, RunInterval.D1)) {
            CandleSeries series = interval == RunInterval.H1 ? hourly : Resampler.resample(hourly, interval);
            if (series.isEmpty()) {
                continue;
            }
            CandleKey key = new CandleKey(EXCHANGE, series.pair(), interval);
            TimeRange span = new TimeRange((long) series.firstTime(), (long) (series.lastTime() + interval.millis()));
            if (covers(cache.coverage(key), span)) {
                continue;
            }
            List<io.awstrader.engine.market.Candle> candles = new ArrayList<>(series.size());
            for (int i = 0; i < series.size(); i++) {
                candles.add(series.candle(i));
            }
            cache.put(key, span, candles);
            stored += candles.size();
        }
        if (stored > 0) {
            LOG.info("loaded {} bundled {} {} candles (1h, 4h, 1d) into the candle cache", stored, EXCHANGE, hourly.pair());
        }
        return stored;
    }

    private static boolean covers(List<TimeRange> coverage, TimeRange span) {
        return coverage.stream().anyMatch(r -> r.from() <= span.from() && r.to() >= span.to());
    }
}
