package io.awstrader.engine.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

/** Catalog entries, parsing of {@code name[:params]}, defaults, errors and column names. */
class IndicatorCatalogTest {
    private static final List<String> TREND_AND_MOMENTUM = List.of("sma", "ema", "wma", "vma", "rsi", "macd",
            "bollinger", "atr", "adx", "keltner");

    @Test
    void trendAndMomentumIndicatorsAreRegisteredInOrder() {
        List<String> names = IndicatorCatalog.all().stream().map(IndicatorDefinition::name).toList();
        assertEquals(TREND_AND_MOMENTUM, names.subList(0, TREND_AND_MOMENTUM.size()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "sma; period=9; value",
            "ema; period=9; value",
            "wma; period=9; value",
            "vma; period=20; value",
            "rsi; period=14; value",
            "macd; fast=12,slow=26,signal=9; line,signal,histogram",
            "bollinger; period=20,multiplier=2; middle,upper,lower",
            "atr; period=14; value",
            "adx; diPeriod=14,adxPeriod=14; adx,plusDi,minusDi",
            "keltner; maPeriod=20,atrPeriod=10,multiplier=2; middle,upper,lower"})
    void definitionsListParametersDefaultsAndOutputs(String name, String parameters, String outputs) {
        IndicatorDefinition definition = IndicatorCatalog.find(name);
        StringBuilder actual = new StringBuilder();
        for (IndicatorDefinition.Parameter p : definition.parameters()) {
            actual.append(actual.length() > 0 ? "," : "").append(p.name()).append('=')
                    .append(IndicatorSpec.formatNumber(p.defaultValue()));
            assertFalse(p.description().isBlank(), name + " " + p.name() + " has a description");
        }
        assertEquals(parameters, actual.toString());
        assertEquals(List.of(outputs.split(",")), definition.outputs());
        assertFalse(definition.description().isBlank());
        // What the factory builds has the same outputs, in the same order.
        Indicator indicator = IndicatorSpec.parse(name).create(IndicatorValuesTest.candles());
        assertArrayEquals(outputs.split(","), indicator.outputNames());
    }

    @Test
    void parsesParametersAndBuildsTheIndicator() {
        IndicatorSpec spec = IndicatorSpec.parse("macd:12,26,9");
        assertArrayEquals(new double[] {12, 26, 9}, spec.params());
        assertInstanceOf(MacdIndicator.class, spec.create(IndicatorValuesTest.candles()));
        assertEquals("macd_12_26_9_signal", spec.columnName(1));
        assertEquals("macd_5_35_9_histogram", IndicatorSpec.parse(" macd:5, 35 ").columnName(2));
    }

    @Test
    void missingParametersTakeTheirDefaults() {
        assertEquals("rsi_14", IndicatorSpec.parse("rsi").columnName(0));
        assertArrayEquals(new double[] {12, 26, 9}, IndicatorSpec.parse("macd").params());
        assertArrayEquals(new double[] {10, 10, 2}, IndicatorSpec.parse("keltner:10").params());
        assertEquals("bollinger_20_2.5_upper", IndicatorSpec.parse("bollinger:20,2.5").columnName(1));
        assertEquals("vma_50", IndicatorSpec.parse("vma:50").columnName(0));
    }

    @Test
    void createdIndicatorsComputeWithTheParsedParameters() {
        CandleSeries candles = IndicatorValuesTest.candles();
        Indicator sma = IndicatorSpec.parse("sma:2").create(candles);
        sma.update();
        assertEquals(9.5, sma.value().get(1)); // (9 + 10)/2: close, not another field
        Indicator vma = IndicatorSpec.parse("vma:2").create(candles);
        vma.update();
        assertEquals(15, vma.value().get(1));
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse("smaa:3"));
        assertTrue(e.getMessage().startsWith("unknown indicator 'smaa'; known: sma, ema, wma, vma, rsi, macd"),
                e.getMessage());
    }

    @Test
    void tooManyParametersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse("rsi:14,3"));
        assertEquals("indicator rsi takes 1 parameter(s) (period), got 2 in 'rsi:14,3'", e.getMessage());
    }

    @Test
    void nonNumbersAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSpec.parse("macd:12,x,9"));
        assertEquals("parameter slow must be a number, got 'x' in 'macd:12,x,9'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse("rsi:"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse("rsi:NaN"));
        assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse(" "));
    }

    @Test
    void periodsMustBeWholePositiveNumbers() {
        CandleSeries candles = IndicatorValuesTest.candles();
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSpec.parse("sma:9.5").create(candles));
        assertEquals("sma period must be a whole number of candles, got 9.5", fraction.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSpec.parse("ema:0").create(candles));
        assertEquals("EMA period must be at least 1, got 0", zero.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSpec.parse("atr:1e12").create(candles));
        assertEquals("atr period is too large: 1000000000000", huge.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse("bollinger:20,-1").create(candles));
        assertThrows(IllegalArgumentException.class, () -> IndicatorSpec.parse("macd:26,12").create(candles));
    }
}
