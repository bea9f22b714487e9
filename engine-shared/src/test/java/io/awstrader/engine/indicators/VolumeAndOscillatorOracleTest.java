package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.CCIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.CloseLocationValueIndicator;
import org.ta4j.core.indicators.volume.AccumulationDistributionIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;

/**
 * The indicators against ta4j 0.22.2 (DoubleNum) over the whole Bitfinex BTC/USD hourly file, within 1e-9
 * relative (of max(|expected|, 1)). ta4j fills its warm-up with partial windows where ours is NaN, so values are
 * compared from the end of our warm-up, and our warm-up is checked to be NaN.
 */
class VolumeAndOscillatorOracleTest {
    private static final double TOLERANCE = 1e-9;

    private static CandleSeries candles;
    private static BarSeries bars;
    private static int n;

    @BeforeAll
    static void load() {
        candles = RealData.bitfinexHourly();
        bars = Ta4jBars.of(candles);
        n = candles.size();
    }

    @Test
    void fastStochasticMatchesTa4j() {
        StochasticIndicator ours = new StochasticIndicator(candles, 14, 1, 3);
        ours.update();
        StochasticOscillatorKIndicator k = new StochasticOscillatorKIndicator(bars, 14);
        StochasticOscillatorDIndicator d = new StochasticOscillatorDIndicator(k);
        assertAgree("stochastic k", Ta4jBars.values(k, n), ours.k(), 13, 50);
        assertAgree("stochastic d", Ta4jBars.values(d, n), ours.d(), 15, 50);
    }

    @Test
    void slowStochasticMatchesTa4jSmoothedK() {
        StochasticIndicator ours = new StochasticIndicator(candles, 14, 3, 3);
        ours.update();
        SMAIndicator k = new SMAIndicator(new StochasticOscillatorKIndicator(bars, 14), 3);
        SMAIndicator d = new SMAIndicator(k, 3);
        assertAgree("slow stochastic k", Ta4jBars.values(k, n), ours.k(), 15, 50);
        assertAgree("slow stochastic d", Ta4jBars.values(d, n), ours.d(), 17, 50);
    }

    @Test
    void obvMatchesTa4j() {
        ObvIndicator ours = new ObvIndicator(candles);
        ours.update();
        assertAgree("obv", Ta4jBars.values(new OnBalanceVolumeIndicator(bars), n), ours.value(), 0, Double.NaN);
    }

    @Test
    void adlMatchesTa4jUntilItsFirstFlatCandle() {
        // ta4j's line starts at 0 and skips candle 0's flow, so ours over candles 1.. equals ta4j's over 0..;
        // ta4j turns NaN for good at the first high == low candle, so compare up to there.
        int firstFlat = firstFlatCandle();
        assertTrue(firstFlat > 5_000, "first flat candle at " + firstFlat);
        double[] theirs = Ta4jBars.values(new AccumulationDistributionIndicator(bars), firstFlat + 1);
        assertTrue(Double.isNaN(theirs[firstFlat]), "ta4j's A/D line is NaN at a high == low candle");
        AdlIndicator ours = new AdlIndicator(candles.slice(1, firstFlat));
        ours.update();
        double[] shifted = new double[firstFlat - 1];
        System.arraycopy(theirs, 1, shifted, 0, firstFlat - 1);
        assertAgree("adl", shifted, ours.value(), 0, Double.NaN);
    }

    @Test
    void adlIsTheRunningSumOfTa4jMoneyFlowWithFlatCandlesAsZero() {
        AdlIndicator ours = new AdlIndicator(candles);
        ours.update();
        CloseLocationValueIndicator clv = new CloseLocationValueIndicator(bars);
        double total = 0;
        int flat = 0;
        for (int i = 0; i < n; i++) {
            double flow = clv.getValue(i).doubleValue() * candles.volume(i);
            if (candles.high(i) == candles.low(i)) {
                assertTrue(Double.isNaN(flow), "ta4j's close location is NaN at flat candle " + i);
                flow = 0;
                flat++;
            }
            total += flow;
            assertEquals(total, ours.value().get(i), "adl at candle " + i);
        }
        assertEquals(26, flat, "flat candles in the file");
    }

    @Test
    void rollingVwapMatchesTa4j() {
        for (int period : new int[] {1, 14, 24}) {
            VwapIndicator ours = new VwapIndicator(candles, period);
            ours.update();
            assertAgree("vwap " + period, Ta4jBars.values(new VWAPIndicator(bars, period), n), ours.value(),
                    period - 1, Double.NaN);
        }
    }

    @Test
    void cciMatchesTa4j() {
        for (int period : new int[] {14, 20}) {
            CciIndicator ours = new CciIndicator(candles, period);
            ours.update();
            assertAgree("cci " + period, Ta4jBars.values(new CCIIndicator(bars, period), n), ours.value(),
                    period - 1, Double.NaN);
        }
    }

    @Test
    void williamsRMatchesTa4j() {
        WilliamsRIndicator ours = new WilliamsRIndicator(candles, 14);
        ours.update();
        assertAgree("williamsR", Ta4jBars.values(new org.ta4j.core.indicators.WilliamsRIndicator(bars, 14), n),
                ours.value(), 13, -50);
    }

    /**
     * ta4j's ParabolicSarIndicator recomputes from the first bar on every call (O(n^2): 40 s for this file), so
     * here it runs on overlapping chunks: each starts 500 candles before the candles it is compared on. The SAR
     * forgets its start after a reversal or two, so ours over the whole file must equal ta4j's chunk on every
     * candle; the first chunk also checks the start rules. The one-piece run is {@link #parabolicSarWholeSeries}.
     */
    @Test
    void parabolicSarMatchesTa4jChunkByChunk() {
        ParabolicSarIndicator ours = new ParabolicSarIndicator(candles, 0.02, 0.02, 0.2);
        ours.update();
        int chunk = 2_500;
        int overlap = 500;
        int compared = 0;
        for (int start = 0; start < n; start += chunk) {
            int from = Math.max(0, start - overlap);
            int to = Math.min(n, start + chunk);
            double[] theirs = Ta4jBars.values(ta4jSar(Ta4jBars.of(candles.slice(from, to))), to - from);
            for (int i = Math.max(1, start); i < to; i++) {
                assertEquals(theirs[i - from], ours.value().get(i), "psar at candle " + i);
                compared++;
            }
        }
        assertTrue(Double.isNaN(ours.value().get(0)));
        assertEquals(n - 1, compared);
    }

    /** The whole file in one ta4j run: bit-identical when last run; slow, so only with -Dawstrader.slowOracles. */
    @Test
    @EnabledIfSystemProperty(named = "awstrader.slowOracles", matches = "true")
    void parabolicSarWholeSeries() {
        ParabolicSarIndicator ours = new ParabolicSarIndicator(candles, 0.02, 0.02, 0.2);
        ours.update();
        assertAgree("psar", Ta4jBars.values(ta4jSar(bars), n), ours.value(), 1, Double.NaN);
    }

    private static org.ta4j.core.indicators.ParabolicSarIndicator ta4jSar(BarSeries series) {
        // ta4j's argument order is (start, max, increment).
        return new org.ta4j.core.indicators.ParabolicSarIndicator(series, series.numFactory().numOf(0.02),
                series.numFactory().numOf(0.2), series.numFactory().numOf(0.02));
    }

    private static int firstFlatCandle() {
        for (int i = 0; i < n; i++) {
            if (candles.high(i) == candles.low(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Ours is NaN before {@code from} and within tolerance of ta4j from there on. Where ta4j is NaN (it divides
     * 0 by 0) ours must equal {@code flatValue}: the value a flat window gives, or NaN where ours is undefined too.
     */
    private static void assertAgree(String what, double[] expected, Series actual, int from, double flatValue) {
        assertEquals(expected.length, actual.size(), what + " size");
        int compared = 0;
        int undefined = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double a = actual.get(i);
            if (i < from) {
                assertTrue(Double.isNaN(a), what + " warm-up at " + i + " should be NaN, got " + a);
                continue;
            }
            double e = expected[i];
            if (Double.isNaN(e)) {
                // ta4j divides 0 by 0: a flat high-low window (ours gives flatValue) or a window without volume
                // (ours is NaN too: no traded price to average).
                assertEquals(flatValue, a, what + " where ta4j is NaN, at " + i);
                undefined++;
                continue;
            }
            double error = Math.abs(a - e) / Math.max(1, Math.abs(e));
            assertTrue(error <= TOLERANCE, what + " at candle " + i + ": ours " + a + ", ta4j " + e);
            worst = Math.max(worst, error);
            compared++;
        }
        assertTrue(compared > expected.length - from - 100, what + ": only " + compared + " values compared");
        System.out.println(what + ": " + compared + " compared, worst relative error " + worst + ", " + undefined
                + " undefined (ta4j NaN)");
    }
}
