package io.awstrader.engine.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.data.CandleCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static final double H = RunInterval.H1.millis();
    /** 2021-01-01 00:00 UTC. */
    private static final double T0 = 1_609_459_200_000.0;
    private static CandleSeries bitfinex;

    @BeforeAll
    static void read() throws IOException {
        bitfinex = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"))).series();
    }

    private static CandleSeries hourly(double firstTime, double[]... ohlcv) {
        CandleSeries series = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (int i = 0; i < ohlcv.length; i++) {
            double[] c = ohlcv[i];
            series.add(firstTime + i * H, c[0], c[1], c[2], c[3], c[4]);
        }
        return series;
    }

    @Test
    void aggregatesOpenFirstCloseLastExtremesAndVolumeSum() {
        CandleSeries source = hourly(T0, new double[] {10, 12, 9, 11, 1}, new double[] {11, 15, 10, 14, 2},
                new double[] {14, 14.5, 7, 8, 3}, new double[] {8, 9, 7.5, 8.5, 4});
        CandleSeries fourHours = Resampler.resample(source, RunInterval.H4);
        assertEquals(RunInterval.H4, fourHours.interval());
        assertEquals(source.pair(), fourHours.pair());
        assertEquals(1, fourHours.size());
        assertEquals(new Candle(T0, 10, 15, 7, 8.5, 10), fourHours.candle(0));
    }

    @Test
    void keepsInnerBucketsWithMissingCandlesAndDropsUnclosedOrCutEdges() {
        CandleSeries source = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        source.add(T0 - 2 * H, 5, 6, 4, 5, 1);     // 22:00 and 23:00: the 20:00 bucket is cut at its start
        source.add(T0 - H, 5, 6, 4, 5, 1);
        source.add(T0, 10, 11, 9, 10, 1);         // 00:00 bucket misses 02:00: kept
        source.add(T0 + H, 10, 12, 9, 11, 1);
        source.add(T0 + 3 * H, 11, 11.5, 8, 9, 1);
        source.add(T0 + 4 * H, 9, 10, 8, 10, 1);   // 04:00 bucket complete
        source.add(T0 + 5 * H, 10, 10, 9, 9.5, 1);
        source.add(T0 + 6 * H, 9.5, 10, 9, 10, 1);
        source.add(T0 + 7 * H, 10, 13, 10, 12, 1);
        source.add(T0 + 12 * H, 12, 13, 11, 12, 1); // 08:00 has no candle at all; 12:00 bucket has not closed
        source.add(T0 + 13 * H, 12, 13, 11, 12, 1);
        CandleSeries out = Resampler.resample(source, RunInterval.H4);
        assertEquals(2, out.size());
        assertEquals(new Candle(T0, 10, 12, 8, 9, 3), out.candle(0));
        assertEquals(new Candle(T0 + 4 * H, 9, 13, 8, 12, 4), out.candle(1));
    }

    @Test
    void sameIntervalIsACopyAndEmptyStaysEmpty() {
        CandleSeries source = hourly(T0 + 5 * H, new double[] {10, 12, 9, 11, 1}, new double[] {11, 15, 10, 14, 2});
        CandleSeries copy = Resampler.resample(source, RunInterval.H1);
        assertEquals(2, copy.size());
        assertEquals(source.candle(1), copy.candle(1));
        assertEquals(0, Resampler.resample(new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1), RunInterval.D1)
                .size());
    }

    @Test
    void rejectsFinerOrNonMultipleTargetsAndMisalignedCandles() {
        CandleSeries hourly = hourly(T0, new double[] {10, 12, 9, 11, 1});
        IllegalArgumentException finer = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(hourly, RunInterval.M30));
        assertEquals("cannot resample 1h candles to 30m: the target must be a multiple of the source interval,"
                + " e.g. 1h to 4h or 1d", finer.getMessage());
        CandleSeries tenMinutes = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.M10);
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(tenMinutes, RunInterval.M15));
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(null, RunInterval.H4));
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(hourly, null));
        CandleSeries misaligned = hourly(T0 + H / 2, new double[] {10, 12, 9, 11, 1});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(misaligned, RunInterval.H4));
        assertTrue(error.getMessage().contains("does not start on the 1h UTC grid"), error.getMessage());
    }

    @Test
    void bitfinexHourlyToFourHours() {
        CandleSeries fourHours = Resampler.resample(bitfinex, RunInterval.H4);
        // 2018-05-15 08:00 .. 2021-12-07 20:00; the 04:00 bucket before (starts at 06:00) and the 00:00 bucket
        // after (one candle) are dropped.
        assertEquals(7816, fourHours.size());
        // First bucket, by hand from lines 31258-31261.
        assertEquals(new Candle(1_526_371_200_000.0, 8743, 8855.7, 8653.2, 8755.2, 3884.41), rounded(fourHours, 0));
        assertEquals(new Candle(1_638_907_200_000.0, 50916, 51030, 50095, 50634, 571.49777077),
                rounded(fourHours, fourHours.size() - 1));
        // 2020-11-10 20:00: 23:00 was left out as a conflicting duplicate, so 20-22 only (lines 9408-9410).
        int i = fourHours.indexOf(1_605_038_400_000.0);
        assertEquals(new Candle(1_605_038_400_000.0, 15314, 15400, 15290, 15382, 412.31), rounded(fourHours, i));
    }

    @Test
    void bitfinexHourlyToDays() {
        CandleSeries days = Resampler.resample(bitfinex, RunInterval.D1);
        // 2018-05-16 .. 2021-12-07: the first day starts at 06:00 and the last has only 00:00.
        assertEquals(1302, days.size());
        assertEquals(1_526_428_800_000.0, days.firstTime());
        assertEquals(1_638_835_200_000.0, days.lastTime());
        assertEquals(new Candle(1_526_428_800_000.0, 8467.5, 8492.7, 8100, 8336.1, 32084.65), rounded(days, 0));
        // 2021-06-30 misses 08:00 and 09:00 and is kept with 22 candles.
        int i = days.indexOf(1_625_011_200_000.0);
        assertEquals(new Candle(1_625_011_200_000.0, 35918.54133667, 36099, 34428, 35063, 3427.10290339),
                rounded(days, i));
    }

    @Test
    void bitfinexDaysFromFourHoursEqualDaysFromHours() {
        CandleSeries direct = Resampler.resample(bitfinex, RunInterval.D1);
        CandleSeries viaFourHours = Resampler.resample(Resampler.resample(bitfinex, RunInterval.H4), RunInterval.D1);
        assertSameCandles(direct, viaFourHours);
    }

    /**
     * Whole days of 30m candles with random inner gaps: 30m → 1d equals 30m → 1h → 1d, and likewise for 4h. (Near
     * the edges the two routes can differ: an intermediate step that drops an edge bucket moves the series' ends.)
     */
    @Property(tries = 200)
    void resamplingInStepsEqualsResamplingAtOnce(@ForAll @Size(min = 48, max = 48 * 3) double[] moves,
            @ForAll @DoubleRange(min = 0, max = 1) double gapRate) {
        CandleSeries source = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.M30);
        int n = moves.length / 48 * 48;
        double price = 100;
        for (int i = 0; i < n; i++) {
            double next = Math.max(1, price + Math.max(-50, Math.min(50, moves[i] % 50)));
            boolean edge = i == 0 || i == n - 1;
            if (edge || Math.abs(moves[i] % 1) >= gapRate) {
                source.add(T0 + i * RunInterval.M30.millis(), price, Math.max(price, next) + 1,
                        Math.min(price, next) - 0.5, next, i);
            }
            price = next;
        }
        // The first and last days are complete at their edges, so both exist; days with no candle do not.
        int days = Resampler.resample(source, RunInterval.D1).size();
        assertTrue(days >= Math.min(2, n / 48) && days <= n / 48, days + " days from " + n / 48);
        assertSameCandles(Resampler.resample(source, RunInterval.D1),
                Resampler.resample(Resampler.resample(source, RunInterval.H1), RunInterval.D1));
        assertSameCandles(Resampler.resample(source, RunInterval.H4),
                Resampler.resample(Resampler.resample(source, RunInterval.H1), RunInterval.H4));
    }

    private static void assertSameCandles(CandleSeries expected, CandleSeries actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.time(i), actual.time(i));
            assertEquals(expected.open(i), actual.open(i));
            assertEquals(expected.high(i), actual.high(i));
            assertEquals(expected.low(i), actual.low(i));
            assertEquals(expected.close(i), actual.close(i));
            // Sums in a different order may differ in the last bits.
            assertEquals(expected.volume(i), actual.volume(i), 1e-9 * Math.max(1, expected.volume(i)));
        }
    }

    /** The candle with its volume rounded to 8 decimals, the file's precision, so sums compare exactly. */
    private static Candle rounded(CandleSeries series, int i) {
        Candle c = series.candle(i);
        return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), Math.round(c.volume() * 1e8) / 1e8);
    }
}
