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
                List.of("value"), (candles, p) -> new SmaIndicator(candles.closes(), whole("sma", "period", p[0]))));
        all.add(new IndicatorDefinition("ema", "exponential moving average of close, seeded with the SMA",
                List.of(param("period", 9, "candles; alpha = 2/(period+1)")),
                List.of("value"), (candles, p) -> new EmaIndicator(candles.closes(), whole("ema", "period", p[0]))));
        all.add(new IndicatorDefinition("wma", "weighted moving average of close (weights 1..period, newest heaviest)",
                List.of(param("period", 9, "candles averaged")),
                List.of("value"), (candles, p) -> new WmaIndicator(candles.closes(), whole("wma", "period", p[0]))));
        all.add(new IndicatorDefinition("vma", "simple moving average of volume",
                List.of(param("period", 20, "candles averaged")),
                List.of("value"), (candles, p) -> new VolumeMaIndicator(candles, whole("vma", "period", p[0]))));
        all.add(new IndicatorDefinition("rsi", "Wilder's relative strength index of close, 0..100",
                List.of(param("period", 14, "candles; Wilder smoothing alpha = 1/period")),
                List.of("value"), (candles, p) -> new RsiIndicator(candles.closes(), whole("rsi", "period", p[0]))));
        all.add(new IndicatorDefinition("macd", "MACD of close: fast EMA - slow EMA, its signal EMA and histogram",
                List.of(param("fast", 12, "fast EMA period"), param("slow", 26, "slow EMA period"),
                        param("signal", 9, "signal EMA period over the MACD line")),
                List.of("line", "signal", "histogram"),
                (candles, p) -> new MacdIndicator(candles.closes(), whole("macd", "fast", p[0]),
                        whole("macd", "slow", p[1]), whole("macd", "signal", p[2]))));
        all.add(new IndicatorDefinition("bollinger", "Bollinger bands of close: SMA +/- multiplier x population std-dev",
                List.of(param("period", 20, "candles in the window"),
                        param("multiplier", 2, "standard deviations from the middle")),
                List.of("middle", "upper", "lower"),
                (candles, p) -> new BollingerBandsIndicator(candles.closes(), whole("bollinger", "period", p[0]),
                        p[1])));
        all.add(new IndicatorDefinition("atr", "average true range (Wilder)",
                List.of(param("period", 14, "candles; Wilder smoothing alpha = 1/period")),
                List.of("value"), (candles, p) -> new AtrIndicator(candles, whole("atr", "period", p[0]))));
        all.add(new IndicatorDefinition("adx", "average directional index with +DI and -DI (Wilder, TradingView DMI)",
                List.of(param("diPeriod", 14, "DI length: Wilder smoothing of true range and directional movement"),
                        param("adxPeriod", 14, "ADX smoothing: Wilder average of DX")),
                List.of("adx", "plusDi", "minusDi"),
                (candles, p) -> new AdxIndicator(candles, whole("adx", "diPeriod", p[0]),
                        whole("adx", "adxPeriod", p[1]))));
        all.add(new IndicatorDefinition("keltner", "Keltner channels: EMA of close +/- multiplier x ATR",
                List.of(param("maPeriod", 20, "EMA period of the middle line"),
                        param("atrPeriod", 10, "ATR period of the band width"),
                        param("multiplier", 2, "ATRs from the middle")),
                List.of("middle", "upper", "lower"),
                (candles, p) -> new KeltnerChannelIndicator(candles, whole("keltner", "maPeriod", p[0]),
                        whole("keltner", "atrPeriod", p[1]), p[2])));
    }

    // ---- stochastic, OBV, A/D line, VWAP, CCI, Williams %R, parabolic SAR, squeeze momentum ------------------------

    private static void addVolumeAndOscillators(List<IndicatorDefinition> all) {
        all.add(new IndicatorDefinition("stochastic",
                "stochastic oscillator: close within the high-low range, %K smoothed, %D = SMA of %K (0..100)",
                List.of(param("kPeriod", 14, "candles in the high-low range"),
                        param("kSmoothing", 1, "SMA length smoothing %K (1 = fast stochastic, 3 = slow)"),
                        param("dPeriod", 3, "SMA length of %D")),
                List.of("k", "d"),
                (candles, p) -> new StochasticIndicator(candles, whole("stochastic", "kPeriod", p[0]),
                        whole("stochastic", "kSmoothing", p[1]), whole("stochastic", "dPeriod", p[2]))));
        all.add(new IndicatorDefinition("obv", "on-balance volume: running total of volume signed by the close's move",
                List.of(), List.of("value"), (candles, p) -> new ObvIndicator(candles)));
        all.add(new IndicatorDefinition("adl",
                "accumulation/distribution line: running total of close-location-weighted volume",
                List.of(), List.of("value"), (candles, p) -> new AdlIndicator(candles)));
        all.add(new IndicatorDefinition("vwap", "volume-weighted average of the typical price (high+low+close)/3",
                List.of(param("period", 0, "candles in a rolling window; 0 = session VWAP reset at each UTC midnight")),
                List.of("value"), (candles, p) -> new VwapIndicator(candles, whole("vwap", "period", p[0]))));
        all.add(new IndicatorDefinition("cci",
                "commodity channel index: typical price's distance from its SMA in units of 0.015 mean deviations",
                List.of(param("period", 20, "candles in the window")),
                List.of("value"), (candles, p) -> new CciIndicator(candles, whole("cci", "period", p[0]))));
        all.add(new IndicatorDefinition("williamsR", "Williams %R: close within the high-low range, 0 (top) to -100",
                List.of(param("period", 14, "candles in the high-low range")),
                List.of("value"),
                (candles, p) -> new WilliamsRIndicator(candles, whole("williamsR", "period", p[0]))));
        all.add(new IndicatorDefinition("psar", "parabolic stop and reverse (Wilder)",
                List.of(param("start", 0.02, "starting acceleration factor"),
                        param("increment", 0.02, "acceleration added at each new extreme"),
                        param("max", 0.2, "maximum acceleration factor")),
                List.of("value"), (candles, p) -> new ParabolicSarIndicator(candles, p[0], p[1], p[2])));
        all.add(new IndicatorDefinition("squeeze",
                "squeeze momentum (LazyBear): linreg momentum, and squeeze state +1 on, -1 off, 0 neither",
                List.of(param("bbLength", 20, "Bollinger Bands length"),
                        param("bbMult", 2, "Bollinger Bands standard-deviation multiplier"),
                        param("kcLength", 20, "Keltner Channel length (also the momentum length)"),
                        param("kcMult", 1.5, "Keltner Channel true-range multiplier")),
                List.of("momentum", "squeeze"),
                (candles, p) -> new SqueezeMomentumIndicator(candles, whole("squeeze", "bbLength", p[0]), p[1],
                        whole("squeeze", "kcLength", p[2]), p[3])));
    }

    private static int whole(String indicator, String name, double value) {
        return ParameterChecks.wholeNumber(indicator, name, value);
    }
}
