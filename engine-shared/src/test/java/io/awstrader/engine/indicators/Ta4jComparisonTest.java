package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.averages.WMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelLowerIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelMiddleIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelUpperIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;

/**
 * Every indicator against ta4j 0.22.2 (DoubleNum) over the whole Bitfinex BTC/USD 1h file, within 1e-9 relative.
 *
 * <p>Windowed indicators (SMA, WMA, volume MA, Bollinger) match ta4j from our first defined value. Recursive ones
 * (EMA, RSI, ATR, ADX/DI, MACD, Keltner) are seeded differently: we follow the original platform and TradingView
 * (SMA of the first {@code period} values), ta4j seeds with one value. The seeds' difference shrinks by (1 − α) per
 * candle, so those are compared from the later of the two seeds plus {@link #decay(double)} candles, where
 * (1 − α)^k has fallen below 1e-13; before that, only our warm-up (NaN) pattern is checked.
 */
class Ta4jComparisonTest {
    private static final double RELATIVE = 1e-9;
    private static CandleSeries candles;
    private static BarSeries bars;
    private static ClosePriceIndicator close;

    @BeforeAll
    static void load() {
        candles = RealData.bitfinexHourly();
        bars = Ta4jBars.of(candles);
        close = new ClosePriceIndicator(bars);
    }

    @Test
    void theWholeFileIsLoaded() {
        // 31,262 rows minus both copies of the conflicting hour 2020-11-10 23:00 (CandleCsv leaves out both); ours
        // and ta4j's run over this same series, so the comparisons hold as they did with one copy kept.
        assertEquals(31_260, candles.size());
        assertEquals(bars.getBarCount(), candles.size());
        assertEquals(1526364000000.0, candles.firstTime()); // 2018-05-15 06:00 UTC
        assertEquals(1638921600000.0, candles.lastTime()); // 2021-12-08 00:00 UTC
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 9, 20, 200})
    void sma(int period) {
        SmaIndicator ours = updated(new SmaIndicator(candles.closes(), period));
        assertMatches("SMA(" + period + ")", ours.value(), new SMAIndicator(close, period), period - 1, period - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 12, 26, 200})
    void ema(int period) {
        EmaIndicator ours = updated(new EmaIndicator(candles.closes(), period));
        EMAIndicator theirs = new EMAIndicator(close, period);
        assertMatches("EMA(" + period + ")", ours.value(), theirs, period - 1,
                convergedFrom(period - 1, theirs, emaAlpha(period)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 9, 30, 100})
    void wma(int period) {
        WmaIndicator ours = updated(new WmaIndicator(candles.closes(), period));
        assertMatches("WMA(" + period + ")", ours.value(), new WMAIndicator(close, period), period - 1, period - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 50})
    void volumeMa(int period) {
        VolumeMaIndicator ours = updated(new VolumeMaIndicator(candles, period));
        // ta4j's SMA keeps an uncompensated running sum, so where the true average is 0 (the file has zero-volume
        // candles) it shows rounding debris such as -8e-12 BTC; compare relative to the file's mean volume there.
        double meanVolume = 0;
        for (int i = 0; i < candles.size(); i++) {
            meanVolume += candles.volume(i) / candles.size();
        }
        assertMatches("VMA(" + period + ")", ours.value(), new SMAIndicator(new VolumeIndicator(bars), period),
                period - 1, period - 1, constant(meanVolume));
        if (period == 1) {
            // Our compensated window gives exactly the volume, so exactly 0 at the zero-volume candles.
            int zeros = 0;
            for (int i = 0; i < candles.size(); i++) {
                assertEquals(candles.volume(i), ours.value().get(i), "VMA(1) at " + i);
                zeros += candles.volume(i) == 0 ? 1 : 0;
            }
            assertTrue(zeros > 0, "the file has zero-volume candles");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 30})
    void rsi(int period) {
        RsiIndicator ours = updated(new RsiIndicator(candles.closes(), period));
        RSIIndicator theirs = new RSIIndicator(close, period);
        assertMatches("RSI(" + period + ")", ours.value(), theirs, period,
                convergedFrom(period, theirs, 1.0 / period));
    }

    @ParameterizedTest
    @CsvSource({"12,26,9", "5,35,5", "8,17,9"})
    void macd(int fast, int slow, int signal) {
        MacdIndicator ours = updated(new MacdIndicator(candles.closes(), fast, slow, signal));
        MACDIndicator line = new MACDIndicator(close, fast, slow);
        String name = "MACD(" + fast + "," + slow + "," + signal + ")";
        int lineFrom = convergedFrom(slow - 1, line.getLongTermEma(), emaAlpha(slow));
        // The signal's own seed also differs (ta4j seeds it on the first line value): add its decay.
        int signalFrom = lineFrom + decay(emaAlpha(signal));
        // The line is a difference of two price-level EMAs: its rounding is relative to the price, not to itself.
        Series price = candles.closes();
        assertMatches(name + " line", ours.line(), line, slow - 1, lineFrom, price);
        assertMatches(name + " signal", ours.signal(), line.getSignalLine(signal), slow + signal - 2, signalFrom,
                price);
        assertMatches(name + " histogram", ours.histogram(), line.getHistogram(signal), slow + signal - 2,
                signalFrom, price);
    }

    @ParameterizedTest
    @CsvSource({"20,2", "10,1.5", "50,3", "1,2"})
    void bollinger(int period, double k) {
        BollingerBandsIndicator ours = updated(new BollingerBandsIndicator(candles.closes(), period, k));
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, period));
        StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, period);
        Num multiplier = bars.numFactory().numOf(k);
        String name = "Bollinger(" + period + "," + k + ")";
        assertMatches(name + " middle", ours.middle(), middle, period - 1, period - 1);
        assertMatches(name + " upper", ours.upper(), new BollingerBandsUpperIndicator(middle, deviation, multiplier),
                period - 1, period - 1);
        assertMatches(name + " lower", ours.lower(), new BollingerBandsLowerIndicator(middle, deviation, multiplier),
                period - 1, period - 1);
        // The bands hide the deviation behind the price level; check the deviation itself, population (÷ period).
        // Floor of 1e-4 of the price: a deviation that is exactly 0 in one comes out as ~1e-12 in the other.
        DeviationView ourDeviation = new DeviationView(ours, k);
        assertMatches(name + " deviation", ourDeviation, deviation, period - 1, period - 1,
                scaled(candles.closes(), period == 1 ? 1 : 1e-4));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 14, 30})
    void atr(int period) {
        AtrIndicator ours = updated(new AtrIndicator(candles, period));
        ATRIndicator theirs = new ATRIndicator(bars, period);
        assertMatches("ATR(" + period + ")", ours.value(), theirs, period - 1,
                convergedFrom(period - 1, theirs, 1.0 / period));
    }

    @ParameterizedTest
    @CsvSource({"14,14", "7,20", "20,7"})
    void adx(int diPeriod, int adxPeriod) {
        AdxIndicator ours = updated(new AdxIndicator(candles, diPeriod, adxPeriod));
        PlusDIIndicator plus = new PlusDIIndicator(bars, diPeriod);
        MinusDIIndicator minus = new MinusDIIndicator(bars, diPeriod);
        ADXIndicator adx = new ADXIndicator(bars, diPeriod, adxPeriod);
        String name = "ADX(" + diPeriod + "," + adxPeriod + ")";
        int diFrom = convergedFrom(diPeriod, plus, 1.0 / diPeriod);
        assertMatches(name + " +DI", ours.plusDi(), plus, diPeriod, diFrom);
        assertMatches(name + " -DI", ours.minusDi(), minus, diPeriod, diFrom);
        int adxFrom = Math.max(diFrom, adx.getCountOfUnstableBars()) + decay(1.0 / adxPeriod);
        assertMatches(name + " adx", ours.adx(), adx, diPeriod + adxPeriod - 1, adxFrom);
    }

    @ParameterizedTest
    @CsvSource({"20,10,2", "10,20,1.5", "50,14,3"})
    void keltner(int maPeriod, int atrPeriod, double k) {
        KeltnerChannelIndicator ours = updated(new KeltnerChannelIndicator(candles, maPeriod, atrPeriod, k));
        KeltnerChannelMiddleIndicator middle = new KeltnerChannelMiddleIndicator(close, maPeriod);
        ATRIndicator atr = new ATRIndicator(bars, atrPeriod);
        String name = "Keltner(" + maPeriod + "," + atrPeriod + "," + k + ")";
        int first = Math.max(maPeriod, atrPeriod) - 1;
        int from = Math.max(convergedFrom(maPeriod - 1, middle, emaAlpha(maPeriod)),
                convergedFrom(atrPeriod - 1, atr, 1.0 / atrPeriod));
        assertMatches(name + " middle", ours.middle(), middle, maPeriod - 1, from);
        assertMatches(name + " upper", ours.upper(), new KeltnerChannelUpperIndicator(middle, atr, k), first, from);
        assertMatches(name + " lower", ours.lower(), new KeltnerChannelLowerIndicator(middle, atr, k), first, from);
    }

    @Test
    void theDecayWindowIsComputedFromAlpha() {
        // (1 - 2/27)^k < 1e-13 first at k = 389; Wilder 14: (13/14)^k < 1e-13 first at k = 404.
        assertEquals(389, decay(emaAlpha(26)));
        assertEquals(404, decay(1.0 / 14));
        assertEquals(0, decay(1.0));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static <T extends io.awstrader.engine.indicators.Indicator> T updated(T indicator) {
        indicator.update();
        assertEquals(candles.size(), indicator.size(), "size after update");
        return indicator;
    }

    private static double emaAlpha(int period) {
        return 2.0 / (period + 1);
    }

    /** Candles until (1 − α)^k < 1e-13: a seed difference has then shrunk below 1e-13 of itself. */
    static int decay(double alpha) {
        if (alpha >= 1) {
            return 0;
        }
        return (int) Math.ceil(Math.log(1e-13) / Math.log(1 - alpha));
    }

    /** From the later of our seed and ta4j's (its first stable bar), plus the decay. */
    private static int convergedFrom(int ourSeed, Indicator<Num> theirs, double alpha) {
        return Math.max(ourSeed, theirs.getCountOfUnstableBars()) + decay(alpha);
    }

    private static void assertMatches(String name, Series ours, Indicator<Num> theirs, int firstDefined, int from) {
        assertMatches(name, ours, theirs, firstDefined, from, null);
    }

    /**
     * Our values are NaN exactly before {@code firstDefined}; from {@code from} on they equal ta4j's within
     * 1e-9 × max(|ours|, |theirs|, floor(i)).
     */
    private static void assertMatches(String name, Series ours, Indicator<Num> theirs, int firstDefined, int from,
                                      Series floor) {
        int n = candles.size();
        assertEquals(n, ours.size(), name + " size");
        assertTrue(from < n - 1000, name + ": compare window too short, from " + from);
        for (int i = 0; i < n; i++) {
            double a = ours.get(i);
            if (i < firstDefined) {
                if (!Double.isNaN(a)) {
                    fail(name + " should be NaN during warm-up at " + i + ", got " + a);
                }
                continue;
            }
            assertFalse(Double.isNaN(a), name + " is NaN after warm-up at " + i);
            if (i < from) {
                continue;
            }
            double b = theirs.getValue(i).doubleValue();
            assertFalse(Double.isNaN(b), name + ": ta4j is NaN at " + i);
            double scale = Math.max(Math.abs(a), Math.abs(b));
            if (floor != null) {
                scale = Math.max(scale, floor.get(i));
            }
            if (Math.abs(a - b) > RELATIVE * scale) {
                fail(name + " differs from ta4j at " + i + " (compared from " + from + "): ours " + a + ", ta4j " + b
                        + ", relative " + Math.abs(a - b) / scale);
            }
        }
    }

    private static Series constant(double value) {
        return new Series() {
            @Override
            public int size() {
                return candles.size();
            }

            @Override
            public double get(int index) {
                return value;
            }
        };
    }

    private static Series scaled(Series series, double factor) {
        return new Series() {
            @Override
            public int size() {
                return series.size();
            }

            @Override
            public double get(int index) {
                return series.get(index) * factor;
            }
        };
    }

    /** (upper − middle) / k: the deviation the bands were built from. */
    private record DeviationView(BollingerBandsIndicator bands, double k) implements Series {
        @Override
        public int size() {
            return bands.size();
        }

        @Override
        public double get(int index) {
            return (bands.upper().get(index) - bands.middle().get(index)) / k;
        }
    }
}
