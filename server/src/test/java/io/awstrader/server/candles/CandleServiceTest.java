package io.awstrader.server.candles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.adapters.CandleSource;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.kraken.KrakenAdapter;
import io.awstrader.adapters.kraken.KrakenStub;
import io.awstrader.adapters.stub.Fixtures;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubSettings;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.Database;
import io.awstrader.storage.Storage;
import io.awstrader.storage.candle.CandleKey;
import io.awstrader.storage.crypto.MasterKey;
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
        public boolean serves(RunInterval interval) {
            return interval == RunInterval.parse("1h");
        }

        @Override
        public List<Candle> fetch(Pair pair, RunInterval interval, TimeRange range) {
            if (!reachable) {
                throw new ExchangeException(name, ExchangeException.Kind.NETWORK, "connection refused", null);
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

    @Test
    void throughTheKrakenAdapterOnlyClosedCandlesAreCached() {
        long lastRow = 1706799600_000L; // the recorded OHLC body's last row: still forming half an hour in
        try (StubExchange stub = new StubExchange()) {
            new KrakenStub(stub);
            stub.route("GET", "/0/public/OHLC", StubExchange.Response.json(
                    Fixtures.body("kraken/ohlc.json", "/responses/0/body")));
            CandleKey key = new CandleKey("kraken", Pair.parse("BTC/USDT"), RunInterval.H1);
            TimeRange range = new TimeRange(1706626800_000L, lastRow + HOUR);
            Clock during = Clock.fixed(Instant.ofEpochMilli(lastRow + HOUR / 2), ZoneOffset.UTC);
            CandleAnswer first = service(stub, during).candles(key, range);
            assertEquals(5, first.candles().size(), "the open candle is neither served nor cached");
            assertEquals(List.of(new TimeRange(1706626800_000L, lastRow)), storage.candles().coverage(key));
            assertEquals(List.of(new TimeRange(lastRow, lastRow + HOUR)), first.missing());

            Clock after = Clock.fixed(Instant.ofEpochMilli(lastRow + HOUR), ZoneOffset.UTC);
            CandleAnswer later = service(stub, after).candles(key, range);
            assertTrue(later.complete());
            assertEquals(6, later.candles().size());
            assertEquals(42633.7, later.candles().getLast().open());

            for (int i = 0; i < 3; i++) {
                stub.once("GET", "/0/public/OHLC",
                        r -> StubExchange.Response.json("{\"error\":[\"EQuery:Unknown asset pair\"]}"));
            }
            CandleAnswer unknown = service(stub, after).candles(new CandleKey("kraken", Pair.parse("FOO/BAR"),
                    RunInterval.H1), range);
            assertTrue(unknown.note().contains("kraken does not know FOO/BAR"), unknown.note());
        }
    }

    private static CandleService service(StubExchange stub, Clock clock) {
        return new CandleService(storage.candles(), List.of(new KrakenAdapter.Connector().connect(null,
                StubSettings.at(stub.url(), clock.millis()))), clock);
    }
}
