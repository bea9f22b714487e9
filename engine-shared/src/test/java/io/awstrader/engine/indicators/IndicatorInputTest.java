package io.awstrader.engine.indicators;

import io.awstrader.engine.json.NumberText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.DoubleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad parameters and inputs fail with a clear message; empty inputs are fine. */
class IndicatorInputTest {
    private static final Series CLOSES = DoubleSeries.of(1, 2, 3);
    private static final CandleSeries CANDLES = IndicatorValuesTest.candles();

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void periodsBelowOneAreRejected(int bad) {
        assertRejected(() -> new SmaIndicator(CLOSES, bad), "SMA period must be at least 1, got " + bad);
        assertRejected(() -> new EmaIndicator(CLOSES, bad), "EMA period must be at least 1, got " + bad);
        assertRejected(() -> new WmaIndicator(CLOSES, bad), "WMA period must be at least 1, got " + bad);
        assertRejected(() -> new VolumeMaIndicator(CANDLES, bad), "VMA period must be at least 1, got " + bad);
        assertRejected(() -> new RsiIndicator(CLOSES, bad), "RSI period must be at least 1, got " + bad);
        assertRejected(() -> new MacdIndicator(CLOSES, bad, 26, 9), "MACD fast period must be at least 1");
        assertRejected(() -> new MacdIndicator(CLOSES, 12, bad, 9), "MACD slow period must be at least 1");
        assertRejected(() -> new MacdIndicator(CLOSES, 12, 26, bad), "MACD signal period must be at least 1");
        assertRejected(() -> new BollingerBandsIndicator(CLOSES, bad, 2), "Bollinger period must be at least 1");
        assertRejected(() -> new AtrIndicator(CANDLES, bad), "ATR period must be at least 1, got " + bad);
        assertRejected(() -> new AdxIndicator(CANDLES, bad, 14), "ADX DI period must be at least 1");
        assertRejected(() -> new AdxIndicator(CANDLES, 14, bad), "ADX ADX smoothing period must be at least 1");
        assertRejected(() -> new KeltnerChannelIndicator(CANDLES, bad, 10, 2), "Keltner MA period must be at least 1");
        assertRejected(() -> new KeltnerChannelIndicator(CANDLES, 20, bad, 2), "Keltner ATR period must be at least 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -2, Double.NaN, Double.POSITIVE_INFINITY})
    void multipliersMustBePositive(double bad) {
        assertRejected(() -> new BollingerBandsIndicator(CLOSES, 20, bad),
                "Bollinger multiplier must be a positive number, got " + NumberText.format(bad));
        assertRejected(() -> new KeltnerChannelIndicator(CANDLES, 20, 10, bad),
                "Keltner multiplier must be a positive number, got " + NumberText.format(bad));
    }

    @Test
    void macdFastMustBeShorterThanSlow() {
        assertRejected(() -> new MacdIndicator(CLOSES, 26, 12, 9),
                "MACD fast period (26) must be shorter than the slow period (12)");
        assertRejected(() -> new MacdIndicator(CLOSES, 12, 12, 9), "MACD fast period (12) must be shorter");
    }

    @Test
    void missingInputsAreRejected() {
        assertRejected(() -> new SmaIndicator(null, 3), "SMA needs an input series, got null");
        assertRejected(() -> new EmaIndicator(null, 3), "EMA needs an input series");
        assertRejected(() -> new WmaIndicator(null, 3), "WMA needs an input series");
        assertRejected(() -> new VolumeMaIndicator(null, 3), "VMA needs a candle series");
        assertRejected(() -> new RsiIndicator(null, 3), "RSI needs an input series");
        assertRejected(() -> new MacdIndicator(null, 12, 26, 9), "MACD needs an input series");
        assertRejected(() -> new BollingerBandsIndicator(null, 20, 2), "Bollinger needs an input series");
        assertRejected(() -> new AtrIndicator(null, 14), "ATR needs a candle series");
        assertRejected(() -> new AdxIndicator(null, 14, 14), "ADX needs a candle series");
        assertRejected(() -> new KeltnerChannelIndicator(null, 20, 10, 2), "Keltner needs a candle series");
    }

    @Test
    void updatingOverAnEmptySeriesGivesNoValues() {
        CandleSeries empty = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (IndicatorDefinition definition : IndicatorCatalog.all()) {
            Indicator indicator = IndicatorSpec.parse(definition.name()).create(empty);
            indicator.update();
            indicator.update();
            assertEquals(0, indicator.size(), definition.name());
            for (int k = 0; k < indicator.outputNames().length; k++) {
                assertEquals(0, indicator.output(k).size(), definition.name() + " output " + k);
            }
        }
        SmaIndicator sma = new SmaIndicator(new DoubleSeries(), 3);
        sma.update();
        assertEquals(0, sma.size());
    }

    @Test
    void askingForAMissingOutputNamesTheOutputs() {
        MacdIndicator macd = new MacdIndicator(CLOSES, 1, 2, 1);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> macd.output(3));
        assertEquals("MACD(1,2,1) has 3 output(s) line, signal, histogram; no output 3", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> macd.output(-1));
    }

    @Test
    void outputsCannotBeChangedThroughOutputNames() {
        MacdIndicator macd = new MacdIndicator(CLOSES, 1, 2, 1);
        macd.outputNames()[0] = "changed";
        assertEquals("line", macd.outputNames()[0]);
    }

    @Test
    void anIndicatorOverAnotherOnlySeesWhatThatOneHasComputed() {
        // The source indicator must be updated first; until then the EMA has nothing new to read.
        CandleSeries candles = IndicatorValuesTest.candles();
        SmaIndicator sma = new SmaIndicator(candles.closes(), 2);
        EmaIndicator emaOfSma = new EmaIndicator(sma.value(), 2);
        emaOfSma.update();
        assertEquals(0, emaOfSma.size());
        sma.update();
        emaOfSma.update();
        assertEquals(5, emaOfSma.size());
        // SMA(2) of 9 10 13 11 10 = -, 9.5, 11.5, 12, 10.5; EMA(2) seeded at 2 with mean(9.5, 11.5) = 10.5.
        assertEquals(10.5, emaOfSma.value().get(2), 1e-12);
        assertTrue(Double.isNaN(emaOfSma.value().get(1)));
    }

    private static void assertRejected(Executable construction, String messageStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(e.getMessage().startsWith(messageStart), "message: " + e.getMessage());
    }
}
