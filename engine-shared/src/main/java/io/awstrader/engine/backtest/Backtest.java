package io.awstrader.engine.backtest;

import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.BotError;
import io.awstrader.engine.bot.BotRuntime;
import io.awstrader.engine.bot.CandleWindow;
import io.awstrader.engine.bot.ConsoleEntry;
import io.awstrader.engine.bot.Iteration;
import io.awstrader.engine.bot.RunCarry;
import io.awstrader.engine.bot.IterationResult;
import io.awstrader.engine.exchange.VirtualExchange;
import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.plot.PlotMark;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a bot over history: at each candle, the {@link VirtualExchange} first fills the orders placed at earlier
 * candles against this one, then the bot runs on the closed candles up to it ({@link Iteration}), then its cancels
 * and orders go to the exchange. An order placed after candle t closes is first considered at candle t+1.
 *
 * <p>Pairs are aligned by time, not by index: the clock is the union of all pairs' candle times, and a pair with a
 * gap simply has no new candle at that step. Each pair's series starts at its warm-up window before the first step,
 * so indicators are anchored where a deployment started at the same time would anchor them.
 */
public final class Backtest {
    /** Console lines kept per backtest; later ones are counted, not kept, so a chatty bot cannot exhaust memory. */
    public static final int MAX_LOGS = 50_000;

    private Backtest() {
    }

    public static BacktestResult run(BotRuntime bot, BacktestConfig config, Map<Pair, CandleSeries> data,
                                     BacktestProgress progress) {
        BotConfig botConfig = config.bot();
        List<Pair> pairs = botConfig.pairs();
        Map<Pair, CandleSeries> series = prepare(config, data);
        double[] clock = timeline(series, config);
        int steps = clock.length;

        VirtualExchange exchange = new VirtualExchange(config.fills(), Portfolio.of(config.initialBalances()));
        IndicatorCache indicators = new IndicatorCache();
        for (CandleSeries s : series.values()) {
            indicators.register(s);
        }
        RunCarry carry = RunCarry.start();
        List<ConsoleEntry> logs = new ArrayList<>();
        int droppedLogs = 0;
        List<PlotMark> plots = new ArrayList<>();
        List<BotError> errors = new ArrayList<>();

        double[] equity = new double[steps];
        double[] exposure = new double[steps];
        double[][] closes = new double[pairs.size()][steps];
        int[] cursor = new int[pairs.size()];
        double interval = botConfig.runInterval().millis();
        int progressStep = Math.max(1, steps / 100);

        for (int step = 0; step < steps; step++) {
            double t = clock[step];
            Map<Pair, CandleWindow> windows = new HashMap<>();
            for (int p = 0; p < pairs.size(); p++) {
                Pair pair = pairs.get(p);
                CandleSeries s = series.get(pair);
                // Advance this pair's cursor to its candle at t, filling orders against each candle passed.
                while (cursor[p] < s.size() && s.time(cursor[p]) <= t) {
                    if (s.time(cursor[p]) >= clock[0]) {
                        exchange.onCandle(pair, s.candle(cursor[p]));
                    }
                    cursor[p]++;
                }
                int to = cursor[p];
                windows.put(pair, new CandleWindow(s, Math.max(0, to - config.warmup()), to));
            }
            double now = t + interval;
            IterationResult result = Iteration.run(bot, carry.input(botConfig, windows, exchange, now, config.seed(),
                    indicators));

            for (ConsoleEntry entry : result.logs()) {
                if (logs.size() < MAX_LOGS) {
                    logs.add(entry);
                } else {
                    droppedLogs++;
                }
            }
            if (result.failed()) {
                errors.add(result.error());
            } else {
                plots.addAll(result.plots());
            }
            carry.apply(result, exchange, now);

            PortfolioMark mark = PortfolioMark.of(t, botConfig, exchange.portfolio(), windows);
            for (int p = 0; p < pairs.size(); p++) {
                closes[p][step] = mark.closes()[p];
            }
            equity[step] = mark.equity();
            exposure[step] = mark.held();
            if ((step + 1) % progressStep == 0 || step == steps - 1) {
                progress.onProgress(step + 1, steps);
            }
        }

        return BacktestResult.of(config, carry.allOrders(exchange), exchange.portfolio(), clock, equity, exposure,
                closes, plots, logs, droppedLogs, carry.state(), errors);
    }

    /** Checks the data and trims each pair's series to its warm-up window before the first step and the end. */
    private static Map<Pair, CandleSeries> prepare(BacktestConfig config, Map<Pair, CandleSeries> data) {
        BotConfig bot = config.bot();
        double start = Double.isNaN(config.from()) ? Double.NEGATIVE_INFINITY : config.from();
        for (Pair pair : bot.pairs()) {
            CandleSeries s = data.get(pair);
            if (s == null || s.isEmpty()) {
                throw new IllegalArgumentException("no candles for " + pair);
            }
            if (s.interval() != bot.runInterval()) {
                throw new IllegalArgumentException(pair + " candles are " + s.interval() + " but the bot runs every "
                        + bot.runInterval() + "; resample them first");
            }
            if (s.size() < config.warmup()) {
                throw new IllegalArgumentException("not enough " + pair + " candles: " + s.size()
                        + " for a warm-up window of " + config.warmup());
            }
            start = Math.max(start, s.time(config.warmup() - 1));
        }
        double end = Double.isNaN(config.to()) ? Double.POSITIVE_INFINITY : config.to();
        Map<Pair, CandleSeries> trimmed = new HashMap<>();
        for (Pair pair : bot.pairs()) {
            CandleSeries s = data.get(pair);
            int first = s.lastIndexAtOrBefore(start);
            if (first < 0 || s.time(first) < start) {
                first++;
            }
            int last = s.lastIndexAtOrBefore(end);
            if (first > last) {
                throw new IllegalArgumentException("no " + pair + " candles in the backtest period after a warm-up of "
                        + config.warmup() + " candles");
            }
            trimmed.put(pair, s.slice(Math.max(0, first - config.warmup() + 1), last + 1));
        }
        return trimmed;
    }

    /** The union of all pairs' candle times from the first step on, ascending. */
    private static double[] timeline(Map<Pair, CandleSeries> series, BacktestConfig config) {
        double first = Double.NEGATIVE_INFINITY;
        for (CandleSeries s : series.values()) {
            first = Math.max(first, s.time(Math.min(config.warmup(), s.size()) - 1));
        }
        double from = Double.isNaN(config.from()) ? first : Math.max(first, config.from());
        int total = 0;
        for (CandleSeries s : series.values()) {
            total += s.size();
        }
        double[] times = new double[total];
        int n = 0;
        for (CandleSeries s : series.values()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.time(i) >= from) {
                    times[n++] = s.time(i);
                }
            }
        }
        boolean ascending = true; // one pair's times always are; only several pairs interleave
        for (int i = 1; i < n && ascending; i++) {
            ascending = times[i - 1] <= times[i];
        }
        if (!ascending) {
            Arrays.sort(times, 0, n);
        }
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || times[i] != times[unique - 1]) {
                times[unique++] = times[i];
            }
        }
        return Arrays.copyOf(times, unique);
    }
}
