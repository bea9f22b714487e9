package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad parameters are refused with a message naming them; empty and short series give empty and NaN outputs. */
class VolumeAndOscillatorInputTest {

    private static CandleSeries candles(int count) {
        CandleSeries candles = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (int i = 0; i < count; i++) {
            double close = 100 + (i % 7) - (i % 3);
            candles.add(i * 3_600_000.0, close, close + 2, close - 1, close, 1 + i % 4);
        }
        return candles;
    }

    private static void assertRefused(String expectedInMessage, Executable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(e.getMessage().contains(expectedInMessage), "message '" + e.getMessage() + "' should mention '"
                + expectedInMessage + "'");
    }

    @Test
    void refusesBadPeriods() {
        CandleSeries c = candles(5);
        assertRefused("stochastic kPeriod must be at least 1, got 0", () -> new StochasticIndicator(c, 0, 1, 3));
        assertRefused("stochastic kSmoothing", () -> new StochasticIndicator(c, 14, -1, 3));
        assertRefused("stochastic dPeriod", () -> new StochasticIndicator(c, 14, 1, 0));
        assertRefused("cci period must be at least 1, got 0", () -> new CciIndicator(c, 0));
        assertRefused("williamsR period", () -> new WilliamsRIndicator(c, -14));
        assertRefused("vwap period must be 0 (session VWAP", () -> new VwapIndicator(c, -1));
        assertRefused("squeeze bbLength", () -> new SqueezeMomentumIndicator(c, 0, 2, 20, 1.5));
        assertRefused("squeeze kcLength", () -> new SqueezeMomentumIndicator(c, 20, 2, 0, 1.5));
    }

    @Test
    void refusesBadFactors() {
        CandleSeries c = candles(5);
        assertRefused("psar max acceleration (0.01) must not be below the start acceleration (0.02)",
                () -> new ParabolicSarIndicator(c, 0.02, 0.02, 0.01));
        assertRefused("psar start must be a positive number, got 0", () -> new ParabolicSarIndicator(c, 0, 0.02, 0.2));
        assertRefused("psar increment must be zero or a positive number, got -0.01",
                () -> new ParabolicSarIndicator(c, 0.02, -0.01, 0.2));
        assertRefused("psar max must be a positive number, got NaN",
                () -> new ParabolicSarIndicator(c, 0.02, 0.02, Double.NaN));
        assertRefused("squeeze bbMult must be a positive number", () -> new SqueezeMomentumIndicator(c, 20, 0, 20, 1.5));
        assertRefused("squeeze kcMult must be a positive number, got Infinity",
                () -> new SqueezeMomentumIndicator(c, 20, 2, 20, Double.POSITIVE_INFINITY));
    }

    @Test
    void refusesMissingCandles() {
        assertRefused("obv needs a candle series", () -> new ObvIndicator(null));
        assertRefused("adl needs a candle series", () -> new AdlIndicator(null));
        assertRefused("psar needs a candle series", () -> new ParabolicSarIndicator(null, 0.02, 0.02, 0.2));
        assertRefused("squeeze needs a candle series", () -> new SqueezeMomentumIndicator(null, 20, 2, 20, 1.5));
    }

    @Test
    void catalogRefusesFractionalPeriodsAndUnknownNames() {
        CandleSeries c = candles(5);
        assertRefused("cci period must be a whole number of candles, got 14.5", () -> IndicatorSpec.parse("cci:14.5").create(c));
        assertRefused("stochastic dPeriod must be a whole number",
                () -> IndicatorSpec.parse("stochastic:14,1,2.5").create(c));
        assertRefused("vwap period must be 0", () -> IndicatorSpec.parse("vwap:-3").create(c));
        assertRefused("psar max acceleration", () -> IndicatorSpec.parse("psar:0.1,0.02,0.05").create(c));
        assertRefused("takes 3 parameter(s)", () -> IndicatorSpec.parse("psar:0.02,0.02,0.2,1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stochastic", "obv", "adl", "vwap", "vwap:14", "cci", "williamsR", "psar", "squeeze"})
    void emptySeriesGivesEmptyOutputs(String text) {
        Indicator indicator = IndicatorSpec.parse(text).create(candles(0));
        indicator.update();
        assertEquals(0, indicator.size());
        for (int k = 0; k < indicator.outputNames().length; k++) {
            assertEquals(0, indicator.output(k).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stochastic:14,1,3:13", "stochastic:3,3,3:4", "vwap:14:13", "cci:20:19",
            "williamsR:14:13", "psar:0.02,0.02,0.2:1", "squeeze:20,2,20,1.5:20"})
    void tooShortSeriesIsAllNaN(String textAndLength) {
        int cut = textAndLength.lastIndexOf(':');
        int length = Integer.parseInt(textAndLength.substring(cut + 1));
        Indicator indicator = IndicatorSpec.parse(textAndLength.substring(0, cut)).create(candles(length));
        indicator.update();
        assertEquals(length, indicator.size());
        for (int k = 0; k < indicator.outputNames().length; k++) {
            for (int i = 0; i < length; i++) {
                assertTrue(Double.isNaN(indicator.output(k).get(i)), textAndLength + " output " + k + " at " + i);
            }
        }
        // One more candle ends the warm-up of the first output.
        CandleSeries longer = candles(length + 1);
        Indicator grown = IndicatorSpec.parse(textAndLength.substring(0, cut)).create(longer);
        grown.update();
        if (!textAndLength.startsWith("squeeze")) {
            assertTrue(Double.isFinite(grown.output(0).get(length)), textAndLength + " first value after warm-up");
        } else {
            assertTrue(Double.isFinite(grown.output(1).get(length)), "squeeze state after warm-up");
        }
    }

    @Test
    void flatWindowsGiveTheMiddleOfTheRange() {
        CandleSeries flat = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        for (int i = 0; i < 5; i++) {
            flat.add(i * 3_600_000.0, 50, 50, 50, 50, 2);
        }
        StochasticIndicator stochastic = new StochasticIndicator(flat, 3, 1, 2);
        WilliamsRIndicator williams = new WilliamsRIndicator(flat, 3);
        CciIndicator cci = new CciIndicator(flat, 3);
        AdlIndicator adl = new AdlIndicator(flat);
        stochastic.update();
        williams.update();
        cci.update();
        adl.update();
        assertEquals(50, stochastic.k().get(4));
        assertEquals(50, stochastic.d().get(4));
        assertEquals(-50, williams.value().get(4));
        assertEquals(0, cci.value().get(4));
        assertEquals(0, adl.value().get(4), "high == low candles add no money flow");
    }

    @Test
    void outputIndexOutsideTheOutputsIsRefused() {
        Indicator obv = new ObvIndicator(candles(3));
        assertThrows(IndexOutOfBoundsException.class, () -> obv.output(1));
        Indicator stochastic = new StochasticIndicator(candles(3), 14, 1, 3);
        assertThrows(IndexOutOfBoundsException.class, () -> stochastic.output(2));
    }
}
