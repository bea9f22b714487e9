package io.awstrader.engine.backtest;

import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.exchange.FillModel;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to run a backtest: the bot's config, initial balances, fees and slippage, the period (epoch ms of candle open
 * times, {@code NaN} for "from the start" / "to the end" of the data), the warm-up window and the random seed.
 */
public record BacktestConfig(BotConfig bot, Map<String, Double> initialBalances, FillModel fills, double from,
                             double to, int warmup, int seed) {

    /** Candles in a bot's window unless configured otherwise, as on the original platform. */
    public static final int DEFAULT_WARMUP = 200;

    public BacktestConfig {
        if (bot == null) {
            throw new IllegalArgumentException("a backtest needs a bot config");
        }
        if (initialBalances == null || initialBalances.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs initial balances, e.g. USD=10000");
        }
        initialBalances = new TreeMap<>(initialBalances);
        if (fills == null) {
            fills = FillModel.FREE;
        }
        if (warmup < 1) {
            throw new IllegalArgumentException("warm-up must be at least 1 candle, got " + warmup);
        }
        if (!Double.isNaN(from) && !Double.isNaN(to) && to < from) {
            throw new IllegalArgumentException("the backtest ends before it starts");
        }
    }

    /** A backtest over all the data with default warm-up and seed. */
    public static BacktestConfig of(BotConfig bot, Map<String, Double> initialBalances, FillModel fills) {
        return new BacktestConfig(bot, initialBalances, fills, Double.NaN, Double.NaN, DEFAULT_WARMUP, 1);
    }

    public BacktestConfig withPeriod(double newFrom, double newTo) {
        return new BacktestConfig(bot, initialBalances, fills, newFrom, newTo, warmup, seed);
    }

    public BacktestConfig withWarmup(int newWarmup) {
        return new BacktestConfig(bot, initialBalances, fills, from, to, newWarmup, seed);
    }

    public BacktestConfig withSeed(int newSeed) {
        return new BacktestConfig(bot, initialBalances, fills, from, to, warmup, newSeed);
    }
}
