package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.Series;
import org.junit.jupiter.api.Test;

/** Small series worked out by hand: the seeding, weights, warm-up lengths and NaN handling. */
class IndicatorValuesTest {
    private static final double NaN = Double.NaN;
    private static final double TOLERANCE = 1e-12;

    @Test
    void smaAveragesTheLastPeriodValues() {
        assertValues(new SmaIndicator(DoubleSeries.of(1, 2, 3, 4, 5), 3), NaN, NaN, 2, 3, 4);
    }

    @Test
    void emaIsSeededWithTheSmaThenRecursesWithTwoOverNPlusOne() {
        // alpha = 2/(3+1) = 0.5; seed = mean(2, 4, 6) = 4; then 4 + 0.5 (8 − 4) = 6; 6 + 0.5 (12 − 6) = 9.
        assertValues(new EmaIndicator(DoubleSeries.of(2, 4, 6, 8, 12), 3), NaN, NaN, 4, 6, 9);
    }

    @Test
    void wmaWeighsTheNewestMost() {
        // (1·1 + 2·2 + 3·3)/6 = 14/6; (1·2 + 2·3 + 3·4)/6 = 20/6; (1·3 + 2·4 + 3·10)/6 = 41/6.
        assertValues(new WmaIndicator(DoubleSeries.of(1, 2, 3, 4, 10), 3), NaN, NaN, 14.0 / 6, 20.0 / 6, 41.0 / 6);
    }

    @Test
    void rsiUsesWildersAverageOfGainsAndLosses() {
        // changes +1 +1 −1 +2; period 2 (alpha 1/2). At 2: gain 1, loss 0 → 100. At 3: gain 0.5, loss 0.5 → 50.
        // At 4: gain 0.5 + (2 − 0.5)/2 = 1.25, loss 0.25 → RS 5 → 100 − 100/6.
        assertValues(new RsiIndicator(DoubleSeries.of(1, 2, 3, 2, 4), 2), NaN, NaN, 100, 50, 100 - 100.0 / 6);
    }

    @Test
    void rsiOfAFlatSeriesIs100LikeTradingView() {
        assertValues(new RsiIndicator(DoubleSeries.of(5, 5, 5, 5), 2), NaN, NaN, 100, 100);
    }

    @Test
    void bollingerUsesThePopulationDeviation() {
        // Window 1,2,3,4: mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25.
        BollingerBandsIndicator bands = new BollingerBandsIndicator(DoubleSeries.of(1, 2, 3, 4, 5), 4, 2);
        bands.update();
        double sd = Math.sqrt(1.25);
        assertSeries(bands.middle(), NaN, NaN, NaN, 2.5, 3.5);
        assertSeries(bands.upper(), NaN, NaN, NaN, 2.5 + 2 * sd, 3.5 + 2 * sd);
        assertSeries(bands.lower(), NaN, NaN, NaN, 2.5 - 2 * sd, 3.5 - 2 * sd);
    }

    @Test
    void macdLineSignalAndHistogram() {
        // Fast EMA(2), alpha 2/3, over 1 2 4 8 16: -, 1.5, 3.1667, 6.3889, 12.7963.
        // Slow EMA(3), alpha 1/2: -, -, 7/3, 31/6, 127/12. Line from index 2.
        double f2 = 1.5 + 2.0 / 3 * (4 - 1.5);
        double f3 = f2 + 2.0 / 3 * (8 - f2);
        double f4 = f3 + 2.0 / 3 * (16 - f3);
        double[] line = {NaN, NaN, f2 - 7.0 / 3, f3 - 31.0 / 6, f4 - 127.0 / 12};
        // Signal EMA(2) over the line: seeded at index 3 with mean(line[2], line[3]).
        double s3 = (line[2] + line[3]) / 2;
        double s4 = s3 + 2.0 / 3 * (line[4] - s3);
        MacdIndicator macd = new MacdIndicator(DoubleSeries.of(1, 2, 4, 8, 16), 2, 3, 2);
        macd.update();
        assertSeries(macd.line(), line);
        assertEquals(2.212962962962963, line[4], 1e-12); // by hand: 12.7963 − 10.5833
        assertSeries(macd.signal(), NaN, NaN, NaN, s3, s4);
        assertSeries(macd.histogram(), NaN, NaN, NaN, line[3] - s3, line[4] - s4);
    }

    @Test
    void atrIsWildersAverageOfTheTrueRange() {
        // True ranges: 2 (high − low), 2, 14 − min(12, 10) = 4, 3, 3. Period 2: seed mean(2, 2) = 2 at 1, then
        // 2 + (4 − 2)/2 = 3, 3 + (3 − 3)/2 = 3, 3.
        assertValues(new AtrIndicator(candles(), 2), NaN, 2, 3, 3, 3);
    }

    @Test
    void adxAndDirectionalIndicators() {
        // From candle 1: +DM 1, 3, 0, 0; −DM 0, 0, 2, 1; TR 2, 4, 3, 3. DI period 2 (seeded at index 2):
        // TR 3, 3, 3; +DM 2, 1, 0.5; −DM 0, 1, 1 → +DI 200/3, 100/3, 50/3; −DI 0, 100/3, 100/3;
        // DX 100, 0, 100·(50/3)/50 = 100/3. ADX period 2: mean(100, 0) = 50 at 3, then 50 + (100/3 − 50)/2.
        AdxIndicator adx = new AdxIndicator(candles(), 2, 2);
        adx.update();
        assertSeries(adx.plusDi(), NaN, NaN, 200.0 / 3, 100.0 / 3, 50.0 / 3);
        assertSeries(adx.minusDi(), NaN, NaN, 0, 100.0 / 3, 100.0 / 3);
        assertSeries(adx.adx(), NaN, NaN, NaN, 50, 50 + (100.0 / 3 - 50) / 2);
    }

    @Test
    void keltnerIsEmaOfCloseWithAtrBands() {
        // EMA(2) of closes 9 10 13 11 10: 9.5 at 1, then 9.5 + 2/3 (13 − 9.5). ATR(2): 2, 3 (see above).
        KeltnerChannelIndicator keltner = new KeltnerChannelIndicator(candles(), 2, 2, 1.5);
        keltner.update();
        double m2 = 9.5 + 2.0 / 3 * (13 - 9.5);
        assertEquals(NaN, keltner.middle().get(0));
        assertEquals(9.5, keltner.middle().get(1), TOLERANCE);
        assertEquals(9.5 + 1.5 * 2, keltner.upper().get(1), TOLERANCE);
        assertEquals(m2 - 1.5 * 3, keltner.lower().get(2), TOLERANCE);
    }

    @Test
    void volumeMaAveragesVolume() {
        assertValues(new VolumeMaIndicator(candles(), 2), NaN, 15, 25, 35, 45);
    }

    @Test
    void aNaNInputRestartsTheWarmUp() {
        // Leading NaNs (another indicator's warm-up), then a NaN gap: each run needs `period` values again.
        DoubleSeries source = DoubleSeries.of(NaN, NaN, 1, 2, 3, NaN, 10, 20, 30);
        assertValues(new SmaIndicator(source, 2), NaN, NaN, NaN, 1.5, 2.5, NaN, NaN, 15, 25);
        assertValues(new EmaIndicator(source, 2), NaN, NaN, NaN, 1.5, 1.5 + 2.0 / 3 * 1.5, NaN, NaN, 15,
                15 + 2.0 / 3 * 15);
        assertValues(new WmaIndicator(source, 2), NaN, NaN, NaN, 5.0 / 3, 8.0 / 3, NaN, NaN, 50.0 / 3, 80.0 / 3);
        // RSI needs a change: two values per change, so period 1 starts one value after the run starts.
        assertValues(new RsiIndicator(source, 1), NaN, NaN, NaN, 100, 100, NaN, NaN, 100, 100);
    }

    @Test
    void tooFewCandlesGiveOnlyNaN() {
        CandleSeries candles = candles();
        Indicator[] indicators = {new SmaIndicator(candles.closes(), 6), new EmaIndicator(candles.closes(), 6),
                new WmaIndicator(candles.closes(), 6), new VolumeMaIndicator(candles, 6),
                new RsiIndicator(candles.closes(), 5), new MacdIndicator(candles.closes(), 2, 6, 2),
                new BollingerBandsIndicator(candles.closes(), 6, 2), new AtrIndicator(candles, 6),
                new AdxIndicator(candles, 5, 2), new KeltnerChannelIndicator(candles, 6, 2, 2)};
        for (Indicator indicator : indicators) {
            indicator.update();
            assertEquals(5, indicator.size(), indicator.toString());
            for (int k = 0; k < indicator.outputNames().length; k++) {
                for (int i = 0; i < 5; i++) {
                    assertEquals(NaN, indicator.output(k).get(i), indicator + " output " + k + " at " + i);
                }
            }
        }
    }

    /** Five candles (open = close) with true ranges 2, 2, 4, 3, 3 and volumes 10..50. */
    static CandleSeries candles() {
        CandleSeries series = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        double[][] hlc = {{10, 8, 9}, {11, 9, 10}, {14, 12, 13}, {13, 10, 11}, {12, 9, 10}};
        for (int i = 0; i < hlc.length; i++) {
            series.add(i * RunInterval.H1.millis(), hlc[i][2], hlc[i][0], hlc[i][1], hlc[i][2], 10 * (i + 1));
        }
        return series;
    }

    private static void assertValues(Indicator indicator, double... expected) {
        indicator.update();
        assertSeries(indicator.value(), expected);
    }

    private static void assertSeries(Series series, double... expected) {
        assertEquals(expected.length, series.size());
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertEquals(NaN, series.get(i), "at " + i);
            } else {
                assertEquals(expected[i], series.get(i), TOLERANCE * Math.max(1, Math.abs(expected[i])), "at " + i);
            }
        }
    }
}
