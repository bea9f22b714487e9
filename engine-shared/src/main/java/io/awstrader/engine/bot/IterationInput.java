package io.awstrader.engine.bot;

import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.List;
import java.util.Map;

/**
 * Everything one bot run needs, gathered by the caller (backtest loop or deployment tick).
 *
 * @param candles         closed candles per pair, the newest last (the warm-up window)
 * @param orders          the run's known orders with their latest exchange status (open and closed)
 * @param state           the bot's state as saved after the last successful run
 * @param initialized     whether {@code initializeState} already ran successfully in an earlier run
 * @param now             the run's time (epoch ms): the close of the newest candle; bots see it as {@code Date.now()}
 * @param runSeed         the run's seed for {@code Math.random()}
 * @param nextOrderNumber the number of the next order id ({@code "o" + n}), carried from run to run
 * @param nextLogNumber   the id of the next console entry, carried from run to run
 * @param indicators      the run's indicator cache (one per backtest, or per deployment tick)
 */
public record IterationInput(BotConfig config, Map<Pair, CandleWindow> candles, Portfolio portfolio,
                             List<Order> orders, JsonObject state, boolean initialized, double now, int runSeed,
                             int nextOrderNumber, int nextLogNumber, IndicatorCache indicators) {

    public IterationInput {
        if (config == null || candles == null || portfolio == null || orders == null || state == null
                || indicators == null) {
            throw new IllegalArgumentException("iteration input is incomplete");
        }
        for (Pair pair : config.pairs()) {
            CandleWindow window = candles.get(pair);
            if (window == null || window.size() == 0) {
                throw new IllegalArgumentException("no candles for " + pair + " in this run");
            }
        }
    }
}
