package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** Session and rolling VWAP on hand-computed candles crossing a UTC midnight. */
class VwapIndicatorTest {
    private static final double HOUR = 3_600_000.0;

    /** Typical prices 10, 12 | 20, 30, 24 | 40 with volumes 1, 3 | 2, 0, 2 | 0; days split at "|". */
    private static CandleSeries acrossMidnight() {
        CandleSeries candles = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        double t = Instant.parse("2021-01-01T22:00:00Z").toEpochMilli();
        candles.add(t, 10, 12, 8, 10, 1);             // tp 10
        candles.add(t + HOUR, 12, 15, 9, 12, 3);      // tp 12
        candles.add(t + 2 * HOUR, 20, 21, 19, 20, 2); // 2021-01-02T00:00Z, tp 20: new session
        candles.add(t + 3 * HOUR, 30, 33, 27, 30, 0); // tp 30, no volume
        candles.add(t + 4 * HOUR, 24, 25, 23, 24, 2); // tp 24
        double nextDay = Instant.parse("2021-01-03T00:00:00Z").toEpochMilli();
        candles.add(nextDay, 40, 41, 39, 40, 0);      // tp 40, new session without volume
        return candles;
    }

    @Test
    void sessionVwapRestartsAtUtcMidnight() {
        VwapIndicator vwap = new VwapIndicator(acrossMidnight(), 0);
        vwap.update();
        assertTrue(vwap.isSessionAnchored());
        assertEquals(10, vwap.value().get(0), 1e-12);
        assertEquals((10 * 1 + 12 * 3) / 4.0, vwap.value().get(1), 1e-12); // 11.5
        assertEquals(20, vwap.value().get(2), 1e-12, "first candle of the new UTC day starts a new session");
        assertEquals(20, vwap.value().get(3), 1e-12, "zero volume leaves the average unchanged");
        assertEquals((20 * 2 + 24 * 2) / 4.0, vwap.value().get(4), 1e-12); // 22
        assertTrue(Double.isNaN(vwap.value().get(5)), "a session with no volume yet has no average price");
    }

    @Test
    void rollingVwapSpansMidnight() {
        VwapIndicator vwap = new VwapIndicator(acrossMidnight(), 2);
        vwap.update();
        assertFalse(vwap.isSessionAnchored());
        assertTrue(Double.isNaN(vwap.value().get(0)), "warm-up");
        assertEquals(11.5, vwap.value().get(1), 1e-12);
        assertEquals((12 * 3 + 20 * 2) / 5.0, vwap.value().get(2), 1e-12); // 15.2: no reset at midnight
        assertEquals(20, vwap.value().get(3), 1e-12);
        assertEquals(24, vwap.value().get(4), 1e-12);
        assertEquals(24, vwap.value().get(5), 1e-12);
    }

    @Test
    void rollingVwapWithoutVolumeInTheWindowIsNaN() {
        CandleSeries candles = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        candles.add(0, 10, 10, 10, 10, 5);
        candles.add(HOUR, 11, 11, 11, 11, 0);
        candles.add(2 * HOUR, 12, 12, 12, 12, 0);
        candles.add(3 * HOUR, 13, 13, 13, 13, 1);
        VwapIndicator vwap = new VwapIndicator(candles, 2);
        vwap.update();
        assertEquals(10, vwap.value().get(1), 1e-12);
        assertTrue(Double.isNaN(vwap.value().get(2)));
        assertEquals(13, vwap.value().get(3), 1e-12);
    }
}
