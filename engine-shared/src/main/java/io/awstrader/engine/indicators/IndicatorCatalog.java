package io.awstrader.engine.indicators;

import static io.awstrader.engine.indicators.IndicatorDefinition.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every indicator the engine offers, by name: the one list behind the CLI, the bot API and the typings. */
public final class IndicatorCatalog {
    private static final List<IndicatorDefinition> ALL = build();

    private IndicatorCatalog() {
    }

    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    public static IndicatorDefinition find(String name) {
        for (IndicatorDefinition definition : ALL) {
            if (definition.name().equals(name)) {
                return definition;
            }
        }
        StringBuilder names = new StringBuilder();
        for (IndicatorDefinition definition : ALL) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(definition.name());
        }
        throw new IllegalArgumentException("unknown indicator '" + name + "'; known: " + names);
    }

    private static List<IndicatorDefinition> build() {
        List<IndicatorDefinition> all = new ArrayList<>();
        addTrendAndMomentum(all);
        addVolumeAndOscillators(all);
        return Collections.unmodifiableList(all);
    }

    // ---- moving averages, RSI, MACD, Bollinger, ATR, ADX, Keltner -------------------------------------------------

    private static void addTrendAndMomentum(List<IndicatorDefinition> all) {
        // Defaults are TradingView's defaults for each study.
        all.add(new IndicatorDefinition("sma", "simple moving average of close",
                List.of(param("period", 9, "candles averaged")),
                List.of("value"), (candles, p) -> new SmaIndicator(candles.closes(), wholePeriod("sma", "period", p[0]))));
        all.add(new IndicatorDefinition("ema", "exponential moving average of close, seeded with the SMA",
                List.of(param("period", 9, "candles; alpha = 2/(period+1)")),
                List.of("value"), (candles, p) -> new EmaIndicator(candles.closes(), wholePeriod("ema", "period", p[0]))));
        all.add(new IndicatorDefinition("wma", "weighted moving average of close (weights 1..period, newest heaviest)",
                List.of(param("period", 9, "candles averaged")),
                List.of("value"), (candles, p) -> new WmaIndicator(candles.closes(), wholePeriod("wma", "period", p[0]))));
        all.add(new IndicatorDefinition("vma", "simple moving average of volume",
                List.of(param("period", 20, "candles averaged")),
                List.of("value"), (candles, p) -> new VolumeMaIndicator(candles, wholePeriod("vma", "period", p[0]))));
        all.add(new IndicatorDefinition("rsi", "Wilder's relative strength index of close, 0..100",
                List.of(param("period", 14, "candles; Wilder smoothing alpha = 1/period")),
                List.of("value"), (candles, p) -> new RsiIndicator(candles.closes(), wholePeriod("rsi", "period", p[0]))));
        all.add(new IndicatorDefinition("macd", "MACD of close: fast EMA - slow EMA, its signal EMA and histogram",
                List.of(param("fast", 12, "fast EMA period"), param("slow", 26, "slow EMA period"),
                        param("signal", 9, "signal EMA period over the MACD line")),
                List.of("line", "signal", "histogram"),
                (candles, p) -> new MacdIndicator(candles.closes(), wholePeriod("macd", "fast", p[0]),
                        wholePeriod("macd", "slow", p[1]), wholePeriod("macd", "signal", p[2]))));
        all.add(new IndicatorDefinition("bollinger", "Bollinger bands of close: SMA +/- multiplier x population std-dev",
                List.of(param("period", 20, "candles in the window"),
                        param("multiplier", 2, "standard deviations from the middle")),
                List.of("middle", "upper", "lower"),
                (candles, p) -> new BollingerBandsIndicator(candles.closes(), wholePeriod("bollinger", "period", p[0]),
                        p[1])));
        all.add(new IndicatorDefinition("atr", "average true range (Wilder)",
                List.of(param("period", 14, "candles; Wilder smoothing alpha = 1/period")),
                List.of("value"), (candles, p) -> new AtrIndicator(candles, wholePeriod("atr", "period", p[0]))));
        all.add(new IndicatorDefinition("adx", "average directional index with +DI and -DI (Wilder, TradingView DMI)",
                List.of(param("diPeriod", 14, "DI length: Wilder smoothing of true range and directional movement"),
                        param("adxPeriod", 14, "ADX smoothing: Wilder average of DX")),
                List.of("adx", "plusDi", "minusDi"),
                (candles, p) -> new AdxIndicator(candles, wholePeriod("adx", "diPeriod", p[0]),
                        wholePeriod("adx", "adxPeriod", p[1]))));
        all.add(new IndicatorDefinition("keltner", "Keltner channels: EMA of close +/- multiplier x ATR",
                List.of(param("maPeriod", 20, "EMA period of the middle line"),
                        param("atrPeriod", 10, "ATR period of the band width"),
                        param("multiplier", 2, "ATRs from the middle")),
                List.of("middle", "upper", "lower"),
                (candles, p) -> new KeltnerChannelIndicator(candles, wholePeriod("keltner", "maPeriod", p[0]),
                        wholePeriod("keltner", "atrPeriod", p[1]), p[2])));
    }

    /** A period parameter as an int; the indicator itself rejects values below 1. */
    private static int wholePeriod(String indicator, String parameter, double value) {
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(indicator + " " + parameter + " must be a whole number of candles, got "
                    + IndicatorSpec.formatNumber(value));
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(indicator + " " + parameter + " is too large: "
                    + IndicatorSpec.formatNumber(value));
        }
        return (int) value;
    }

    // ---- stochastic, OBV, A/D line, VWAP, CCI, Williams %R, parabolic SAR, squeeze momentum ------------------------

    private static void addVolumeAndOscillators(List<IndicatorDefinition> all) {
        // entries added here
    }
}
