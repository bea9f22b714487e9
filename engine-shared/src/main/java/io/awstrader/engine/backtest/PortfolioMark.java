package io.awstrader.engine.backtest;

import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.CandleWindow;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.List;
import java.util.Map;

/**
 * The portfolio's value after one run, as the equity curve records it: at the run's candle time, the quote balance
 * plus each pair's base balance at its newest close ({@code equity}), the part held in base assets ({@code held})
 * and each pair's close (in the config's pair order). A backtest marks every step; a deployment every tick.
 */
public record PortfolioMark(double time, double equity, double held, double[] closes) {

    public static PortfolioMark of(double time, BotConfig config, Portfolio portfolio,
                                   Map<Pair, CandleWindow> windows) {
        List<Pair> pairs = config.pairs();
        double value = portfolio.balance(config.quoteAsset()).total();
        double held = 0;
        double[] closes = new double[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            double close = windows.get(pairs.get(p)).lastClose();
            closes[p] = close;
            held += portfolio.balance(pairs.get(p).base()).total() * close;
        }
        return new PortfolioMark(time, value + held, held, closes);
    }
}
