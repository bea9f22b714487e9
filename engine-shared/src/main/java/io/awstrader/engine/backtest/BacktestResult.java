package io.awstrader.engine.backtest;

import io.awstrader.engine.bot.BotError;
import io.awstrader.engine.bot.ConsoleEntry;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.plot.PlotMark;
import io.awstrader.engine.portfolio.Portfolio;
import io.awstrader.engine.stats.EquityCurve;
import io.awstrader.engine.stats.PerformanceStats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a backtest produced: every order with its final status, final balances, the equity curve (portfolio
 * value in the quote asset at each step's close), stats, plots, console lines, the final state and the bot errors.
 */
public record BacktestResult(BacktestConfig config, List<Order> orders, Portfolio balances, EquityCurve equity,
                             Map<Pair, double[]> closes, PerformanceStats stats, List<PlotMark> plots,
                             List<ConsoleEntry> logs, int droppedLogs, JsonObject state, List<BotError> errors) {

    /** A result from the run's parts: the equity curve and stats are computed here, as for every backtest. */
    public static BacktestResult of(BacktestConfig config, List<Order> orders, Portfolio balances, double[] times,
                             double[] equity, double[] held, double[][] closes, List<PlotMark> plots,
                             List<ConsoleEntry> logs, int droppedLogs, JsonObject state, List<BotError> errors) {
        EquityCurve curve = new EquityCurve(times, equity, held);
        Map<Pair, double[]> closesByPair = new LinkedHashMap<>();
        List<Pair> pairs = config.bot().pairs();
        for (int p = 0; p < pairs.size(); p++) {
            closesByPair.put(pairs.get(p), closes[p]);
        }
        PerformanceStats stats = PerformanceStats.compute(curve, closesByPair, orders, config.bot().runInterval());
        return new BacktestResult(config, List.copyOf(orders), balances, curve, closesByPair, stats,
                List.copyOf(plots), List.copyOf(logs), droppedLogs, state, List.copyOf(errors));
    }

    /** Steps the bot ran: one per candle time of the backtest period. */
    public int iterations() {
        return equity.size();
    }
}
