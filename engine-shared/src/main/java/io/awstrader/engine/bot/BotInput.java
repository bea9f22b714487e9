package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Pair;

import java.util.Map;

/**
 * What {@code onData(input)} receives: the candles per pair, the config, a copy of the state to mutate, and the API
 * objects. The field names are those bot code sees on {@code input}.
 */
public record BotInput(Map<Pair, CandleWindow> candleData, BotConfig config, JsonObject state, TraderApi trader,
                       UtilsApi utils, IndicatorsApi indicators, PatternsApi candlestickPatterns, PlotterApi plotter,
                       ConsoleApi console, BotClock clock) {

    /** The window of {@code pair}; a clear error when the bot has no such pair. */
    public CandleWindow candles(Pair pair) {
        CandleWindow window = candleData.get(pair);
        if (window == null) {
            throw new IllegalArgumentException("no candles for " + pair + ": this bot trades " + config.pairs());
        }
        return window;
    }
}
