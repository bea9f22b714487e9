package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;

/** Appending candles and updating as they come gives exactly (bit for bit) the values of one batch update. */
class IncrementalUpdateTest {
    private static final String[] SPECS = {"sma", "sma:1", "ema", "ema:50", "wma", "wma:1", "vma", "rsi", "rsi:2",
            "macd", "macd:3,40,2", "bollinger", "bollinger:5,1.5", "atr", "atr:1", "adx", "adx:5,30", "keltner",
            "keltner:7,30,1.5", "stochastic", "stochastic:14,3,3", "stochastic:5,1,1", "obv", "adl", "vwap", "vwap:24",
            "vwap:1", "cci", "cci:1", "williamsR", "psar", "psar:0.01,0,0.01", "squeeze", "squeeze:20,2,10,1"};

    static String[] specs() {
        return SPECS;
    }

    @ParameterizedTest
    @MethodSource("specs")
    void oneCandleAtATimeEqualsBatch(String text) {
        assertSplitEqualsBatch(text, new Random(1), 1);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void chunksOfUpToFiftyCandlesEqualBatch(String text) {
        assertSplitEqualsBatch(text, new Random(42), 50);
    }

    @Property(tries = 30)
    void anySplitIntoUpdatesEqualsBatch(@ForAll @IntRange(min = 0, max = 1000) int pick,
                                        @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int maxChunk) {
        assertSplitEqualsBatch(SPECS[pick % SPECS.length], new Random(seed), maxChunk);
    }

    /** Over a series source: leading NaNs, a NaN in the middle (restart), values appended after updates. */
    @Property(tries = 30)
    void seriesSourcesWithNaNsEqualBatch(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 9) Integer> digits,
            @ForAll @IntRange(min = 1, max = 7) int period) {
        double[] values = new double[digits.size()];
        for (int i = 0; i < values.length; i++) {
            // Digit 0 stands for NaN: another indicator's warm-up, or a gap in it.
            values[i] = digits.get(i) == 0 ? Double.NaN : 100 + digits.get(i) * 3.5;
        }
        DoubleSeries all = DoubleSeries.of(values);
        DoubleSeries growing = new DoubleSeries();
        Indicator[] batch = seriesIndicators(all, period);
        Indicator[] incremental = seriesIndicators(growing, period);
        for (double v : values) {
            growing.add(v);
            for (Indicator indicator : incremental) {
                indicator.update();
            }
        }
        for (int k = 0; k < batch.length; k++) {
            batch[k].update();
            assertSameOutputs(batch[k], incremental[k], batch[k].toString());
        }
    }

    private static Indicator[] seriesIndicators(DoubleSeries source, int period) {
        return new Indicator[] {new SmaIndicator(source, period), new EmaIndicator(source, period),
                new WmaIndicator(source, period), new RsiIndicator(source, period),
                new MacdIndicator(source, period, period + 3, period), new BollingerBandsIndicator(source, period, 2)};
    }

    private static void assertSplitEqualsBatch(String text, Random random, int maxChunk) {
        CandleSeries all = RealData.bitfinexHourly().slice(5_600, 8_600); // includes flat, volume-less hours
        IndicatorSpec spec = IndicatorSpec.parse(text);
        Indicator batch = spec.create(all);
        batch.update();
        assertEquals(all.size(), batch.size());

        CandleSeries growing = new CandleSeries(all.pair(), all.interval());
        Indicator incremental = spec.create(growing);
        incremental.update(); // on an empty series: nothing to do
        assertEquals(0, incremental.size());
        int i = 0;
        while (i < all.size()) {
            int chunk = Math.min(all.size() - i, 1 + random.nextInt(maxChunk));
            for (int j = 0; j < chunk; j++, i++) {
                growing.add(all.candle(i));
            }
            incremental.update();
            incremental.update(); // nothing new: a no-op
            assertEquals(i, incremental.size());
        }
        assertSameOutputs(batch, incremental, text);
    }

    private static void assertSameOutputs(Indicator expected, Indicator actual, String name) {
        assertEquals(expected.size(), actual.size(), name + " size");
        for (int k = 0; k < expected.outputNames().length; k++) {
            // assertArrayEquals on doubles compares bits: NaN equals NaN, and nothing is "close enough".
            assertArrayEquals(RealData.values(expected.output(k)), RealData.values(actual.output(k)),
                    name + " output " + expected.outputNames()[k]);
        }
    }
}
