package io.awstrader.storage.candle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.SharedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleCacheTest extends SharedDatabase {
    private static final long HOUR = 3_600_000L;
    private static final long T0 = 1_700_000_000_000L / HOUR * HOUR;
    private final CandleCache cache = storage.candles();

    private static Candle candle(long time, double close) {
        return new Candle(time, close, close + 1, close - 1, close, 2.5);
    }

    private static List<Candle> hourly(long from, int count) {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candles.add(candle(from + i * HOUR, 100 + i));
        }
        return candles;
    }

    @Test
    void returnsWhatWasPutAndWhatIsMissing() {
        CandleKey key = new CandleKey("bitfinex", Pair.parse("BTC/USD"), RunInterval.H1);
        List<Candle> first = hourly(T0, 10);
        cache.put(key, new TimeRange(T0, T0 + 10 * HOUR), first);
        CachedCandles all = cache.get(key, new TimeRange(T0, T0 + 10 * HOUR));
        assertEquals(first, all.candles());
        assertTrue(all.complete());

        CachedCandles wider = cache.get(key, new TimeRange(T0 - 5 * HOUR, T0 + 20 * HOUR));
        assertEquals(first, wider.candles());
        assertEquals(List.of(new TimeRange(T0 - 5 * HOUR, T0), new TimeRange(T0 + 10 * HOUR, T0 + 20 * HOUR)),
                wider.missing());

        // a later fetch fills the second gap; a candle without trades (hour 15) is covered, not missing
        List<Candle> second = new ArrayList<>(hourly(T0 + 10 * HOUR, 10));
        second.remove(5);
        cache.put(key, new TimeRange(T0 + 10 * HOUR, T0 + 20 * HOUR), second);
        CachedCandles after = cache.get(key, new TimeRange(T0, T0 + 20 * HOUR));
        assertEquals(19, after.candles().size());
        assertTrue(after.complete(), after.missing().toString());
        assertEquals(List.of(new TimeRange(T0 + 20 * HOUR, T0 + 21 * HOUR)),
                cache.get(key, new TimeRange(T0 + 19 * HOUR, T0 + 21 * HOUR)).missing());
    }

    @Test
    void coverageJoinsTheSpansOfEveryBucket() {
        CandleKey key = new CandleKey("bitfinex", Pair.parse("ETH/USD"), RunInterval.H1);
        assertEquals(List.of(), cache.coverage(key));
        long far = T0 + 3L * CandleCache.BUCKET_CANDLES * HOUR;
        cache.put(key, new TimeRange(T0, T0 + 1500 * HOUR), hourly(T0, 1500));
        cache.put(key, new TimeRange(far, far + 5 * HOUR), hourly(far, 5));
        assertEquals(List.of(new TimeRange(T0, T0 + 1500 * HOUR), new TimeRange(far, far + 5 * HOUR)),
                cache.coverage(key));
    }

    @Test
    void refetchReplacesCandlesInItsSpanAndKeysAreSeparate() {
        CandleKey btc = new CandleKey("bitfinex", Pair.parse("BTC/USD"), RunInterval.H4);
        CandleKey eth = new CandleKey("bitfinex", Pair.parse("ETH/USD"), RunInterval.H4);
        long four = 4 * HOUR;
        long start = T0 / four * four;
        cache.put(btc, new TimeRange(start, start + 2 * four), List.of(candle(start, 10), candle(start + four, 11)));
        cache.put(btc, new TimeRange(start + four, start + 2 * four), List.of(candle(start + four, 99)));
        assertEquals(List.of(candle(start, 10), candle(start + four, 99)),
                cache.get(btc, new TimeRange(start, start + 2 * four)).candles());
        CachedCandles other = cache.get(eth, new TimeRange(start, start + 2 * four));
        assertTrue(other.candles().isEmpty());
        assertEquals(List.of(new TimeRange(start, start + 2 * four)), other.missing());
    }

    @Test
    void refusesCandlesOutsideTheRangeOrOffTheGrid() {
        CandleKey key = new CandleKey("kraken", Pair.parse("BTC/EUR"), RunInterval.H1);
        TimeRange range = new TimeRange(T0, T0 + 2 * HOUR);
        assertThrows(IllegalArgumentException.class, () -> cache.put(key, range, List.of(candle(T0 + 2 * HOUR, 1))));
        assertThrows(IllegalArgumentException.class, () -> cache.put(key, range, List.of(candle(T0 + 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new CandleKey("Bit Finex", Pair.parse("BTC/USD"), RunInterval.H1));
    }

    @Test
    void realBitfinexHistoryRoundTripsAcrossBuckets() throws Exception {
        CandleSeries series = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"))).series();
        List<Candle> candles = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            candles.add(series.candle(i));
        }
        long from = (long) series.firstTime();
        long to = (long) series.lastTime() + HOUR;
        CandleKey key = new CandleKey("bitfinex", Pair.parse("BTC/USD"), RunInterval.H1);
        cache.put(key, new TimeRange(from, to), candles);
        CachedCandles back = cache.get(key, new TimeRange(from, to));
        assertTrue(candles.size() > 30_000);
        assertEquals(candles, back.candles());
        assertTrue(back.complete());
        long mid = from + 20_000 * HOUR;
        assertEquals(candles.stream().filter(c -> c.time() >= mid && c.time() < mid + 100 * HOUR).toList(),
                cache.get(key, new TimeRange(mid, mid + 100 * HOUR)).candles());
    }

    @Test
    void rangeArithmetic() {
        List<TimeRange> merged = CandleCache.merge(List.of(new TimeRange(5, 7), new TimeRange(0, 2), new TimeRange(2, 3)));
        assertEquals(List.of(new TimeRange(0, 3), new TimeRange(5, 7)), merged);
        assertEquals(List.of(new TimeRange(3, 5), new TimeRange(7, 9)), CandleCache.missing(new TimeRange(1, 9), merged));
        assertEquals(List.of(), CandleCache.missing(new TimeRange(5, 7), merged));
        assertEquals(-1000, CandleCache.bucketStart(-1, 1000));
    }
}
