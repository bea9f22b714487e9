package io.awstrader.server.candles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.Database;
import io.awstrader.storage.Storage;
import io.awstrader.storage.candle.CandleKey;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.crypto.MasterKey;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Missing ranges come from the exchange's candle source (closed candles only) and stay in the cache. */
class CandleServiceTest {
    private static final long HOUR = 3_600_000L;
    private static final long T0 = 1_700_000_000_000L / HOUR * HOUR;
    private static Storage storage;

    @BeforeAll
    static void open() {
        storage = new Storage(Database.inMemory(), MasterKey.random(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        storage.close();
    }

    /** A fake exchange: hourly candles for any range, or unreachable; counts the hours it was asked for. */
    private static final class FakeExchange implements CandleSource {
        final String name;
        boolean reachable = true;
        final List<TimeRange> asked = new ArrayList<>();

        FakeExchange(String name) {
            this.name = name;
        }

        @Override
        public String exchange() {
            return name;
        }

        @Override
        public List<Candle> fetch(Pair pair, RunInterval interval, TimeRange range) throws IOException {
            if (!reachable) {
                throw new IOException("connection refused");
            }
            asked.add(range);
            List<Candle> candles = new ArrayList<>();
            for (long t = range.from(); t < range.to(); t += HOUR) {
                candles.add(new Candle(t, 100, 101, 99, 100.5, 3));
            }
            return candles;
        }
    }

    @Test
    void fetchesWhatIsMissingOnceThenServesTheCache() {
        FakeExchange kraken = new FakeExchange("kraken");
        Clock now = Clock.fixed(Instant.ofEpochMilli(T0 + 100 * HOUR + 1234), ZoneOffset.UTC);
        CandleService service = new CandleService(storage.candles(), List.of(kraken), now);
        CandleKey key = new CandleKey("kraken", Pair.parse("ETH/USD"), RunInterval.H1);

        CandleAnswer first = service.candles(key, new TimeRange(T0, T0 + 48 * HOUR));
        assertTrue(first.complete());
        assertEquals(48, first.candles().size());
        assertEquals(List.of(new TimeRange(T0, T0 + 48 * HOUR)), kraken.asked);

        CandleAnswer again = service.candles(key, new TimeRange(T0 + 10 * HOUR, T0 + 20 * HOUR));
        assertEquals(10, again.candles().size());
        assertEquals(1, kraken.asked.size(), "served from the cache");

        // up to the future: only closed candles (before hour 100) are fetched; the rest stays missing
        CandleAnswer open = service.candles(key, new TimeRange(T0 + 40 * HOUR, T0 + 110 * HOUR));
        assertEquals(new TimeRange(T0 + 48 * HOUR, T0 + 100 * HOUR), kraken.asked.get(1));
        assertEquals(60, open.candles().size());
        assertEquals(List.of(new TimeRange(T0 + 100 * HOUR, T0 + 110 * HOUR)), open.missing());
        assertEquals(List.of(new TimeRange(T0, T0 + 100 * HOUR)), open.available());
        assertTrue(open.note().contains("not closed"), open.note());
    }

    @Test
    void anUnreachableExchangeLeavesTheCacheAndSaysSo() {
        FakeExchange kucoin = new FakeExchange("kucoin");
        kucoin.reachable = false;
        CandleService service = new CandleService(storage.candles(), List.of(kucoin), Clock.systemUTC());
        CandleAnswer answer = service.candles(new CandleKey("kucoin", Pair.parse("BTC/USDT"), RunInterval.D1),
                new TimeRange(T0, T0 + 240 * HOUR));
        assertFalse(answer.complete());
        assertEquals(0, answer.candles().size());
        assertTrue(answer.note().contains("could not be reached"), answer.note());
    }
}
