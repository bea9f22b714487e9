package io.awstrader.cli;

import io.awstrader.engine.indicators.Indicator;
import io.awstrader.engine.indicators.IndicatorCatalog;
import io.awstrader.engine.indicators.IndicatorDefinition;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.market.CandleSeries;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code awstrader bench}: throughput benchmarks with documented inputs (not unit tests: figures, not verdicts). */
final class BenchCommand implements Command {
    static final String DEFAULT_CANDLES = "data/candles/Bitfinex_BTCUSD_1h.csv";
    static final String DEFAULT_BOT = "cli/src/test/resources/bots/sma-cross.js";
    /** The second default bot of bench backtest: many indicators per candle, so gains are not tuned to one bot. */
    static final String SECOND_BOT = "bots/indicator-dashboard.ts";

    @Override
    public String help() {
        return "Usage: ./awstrader bench indicators [--candles FILE.csv] [--rounds N] [--warmup N]\n"
                + "       ./awstrader bench ticks [--candles FILE.csv] [--bot FILE.ts] [--deployments N] [--workers N]\n"
                + "                               [--rounds N] [--warmup N]\n"
                + "       ./awstrader bench backtest [--candles FILE.csv] [--bot FILE.js] [--runtimes node,chromium]\n"
                + "                                  [--rounds N] [--warmup N] [--repeat N]\n\n"
                + "indicators  computes every indicator of the catalog (default parameters) over the whole candle\n"
                + "            file, two ways: batch (one update() over the full series) and incremental (a series\n"
                + "            grown one candle at a time, update() after each, as a backtest does); prints the\n"
                + "            median time per round and candles per second. ta4j's SMA(14) and RSI(14) with\n"
                + "            DoubleNum run on the same candles as the native-JVM anchor.\n"
                + "backtest    runs the SMA(14)/SMA(50) crossover bot, then the indicator dashboard (a dozen\n"
                + "            indicators per candle), over the whole candle file in each available runtime\n"
                + "            (jvm, node, chromium) and prints the median time per backtest and\n"
                + "            candles per second, both as the command line sees it and timed inside the runtime\n"
                + "            (for Chromium: inside the Web Worker, apart from the browser's start-up), next to\n"
                + "            ta4j's BarSeriesManager running the same crossover natively, and the ratio to it;\n"
                + "            on the JVM also the heap a run holds at its peak and keeps with its result, and (without\n"
                + "            --repeat) one more JVM run of the first bot over the file 32 times end to end: the time\n"
                + "            and heap of a 1M-candle backtest.\n"
                + "ticks       paper deployments (default 100) of a bot (default bots/sma-cross.ts) on hourly candles,\n"
                + "            ticked round by round as the local scheduler does (schedule handler, a pool of --workers\n"
                + "            threads, default 2; DynamoDB Local in process; warm bots; 200-candle window): ticks per\n"
                + "            second per round, then the first tick's latency in this JVM and the warm median.\n\n"
                + "Options:\n"
                + "  --candles FILE   input (default: " + DEFAULT_CANDLES + ", 31k hourly candles)\n"
                + "  --bot FILE       backtest: the bot (default: " + DEFAULT_BOT + ", then " + SECOND_BOT + ")\n"
                + "  --runtimes LIST  backtest: runtimes to measure (default: jvm,node,chromium; unavailable ones\n"
                + "                   are reported and skipped)\n"
                + "  --rounds N       measured rounds (default 15 for indicators, 5 for backtest)\n"
                + "  --warmup N       unmeasured rounds first (default 5 for indicators, 1 for backtest)\n"
                + "  --repeat N       backtest: the candle file N times end to end, each copy shifted by the file's\n"
                + "                   span (default 1; 32 makes 1,000,320 hourly candles); skips the memory run\n";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("candles", "rounds", "warmup", "bot", "runtimes",
                "deployments", "workers", "repeat"), Set.of());
        List<String> what = line.positional();
        if (what.size() == 1 && what.get(0).equals("ticks")) {
            Path file = line.has("candles") ? Path.of(line.get("candles", null)) : home().resolve(DEFAULT_CANDLES);
            Path bot = line.has("bot") ? Path.of(line.get("bot", null)) : home().resolve("bots/sma-cross.ts");
            String botJs = new JavaScriptBotSource().javaScript(bot);
            CandleSeries candles = CandleFiles.load(file, null, null, err);
            new TickBench(out).run(candles, bot.getFileName().toString(), botJs, line.getInt("deployments", 100, 1),
                    line.getInt("workers", 2, 1), line.getInt("rounds", 3, 1), line.getInt("warmup", 1, 0));
            return 0;
        }
        if (what.size() != 1 || !(what.get(0).equals("indicators") || what.get(0).equals("backtest"))) {
            throw new UsageException("name what to benchmark: ./awstrader bench indicators, bench backtest or bench "
                    + "ticks");
        }
        boolean backtest = what.get(0).equals("backtest");
        int rounds = line.getInt("rounds", backtest ? 5 : 15, 1);
        int warmup = line.getInt("warmup", backtest ? 1 : 5, 0);
        Path file = line.has("candles") ? Path.of(line.get("candles", null)) : home().resolve(DEFAULT_CANDLES);
        if (backtest) {
            List<String> runtimes = BacktestBench.runtimes(line.get("runtimes", null));
            List<Path> botFiles = line.has("bot") ? List.of(Path.of(line.get("bot", null)))
                    : List.of(home().resolve(DEFAULT_BOT), home().resolve(SECOND_BOT));
            List<BacktestBench.Bot> bots = new ArrayList<>();
            for (Path bot : botFiles) {
                bots.add(new BacktestBench.Bot(bot.getFileName().toString(), new JavaScriptBotSource().javaScript(bot)));
            }
            int repeat = line.getInt("repeat", 1, 1);
            CandleSeries candles = BacktestBench.repeated(CandleFiles.load(file, null, null, err), repeat);
            // Without --repeat, a last JVM run over the file 32 times gives the memory figure of a 1M-candle backtest.
            new BacktestBench(out, err).run(candles, bots, runtimes, rounds, warmup,
                    line.has("repeat") ? 1 : BacktestBench.MEMORY_COPIES);
            return 0;
        }
        if (line.has("bot") || line.has("runtimes") || line.has("repeat")) {
            throw new UsageException("--bot, --runtimes and --repeat are options of bench backtest");
        }
        CandleSeries candles = CandleFiles.load(file, null, null, err);
        out.printf(Locale.ROOT, "bench indicators: %s, %d candles, %d warm-up + %d measured rounds, java %s%n",
                file.getFileName(), candles.size(), warmup, rounds, System.getProperty("java.version"));
        out.printf(Locale.ROOT, "%-28s %12s %14s %12s %14s%n", "indicator", "batch ms", "batch c/s", "incr ms",
                "incr c/s");
        for (IndicatorDefinition definition : IndicatorCatalog.all()) {
            IndicatorSpec spec = IndicatorSpec.of(definition.name());
            double batch = median(rounds, warmup, () -> {
                Indicator indicator = spec.create(candles);
                indicator.update();
                return indicator.value().get(candles.size() - 1);
            });
            double incremental = median(rounds, warmup, () -> {
                CandleSeries growing = new CandleSeries(candles.pair(), candles.interval(), candles.size());
                Indicator indicator = spec.create(growing);
                for (int i = 0; i < candles.size(); i++) {
                    growing.add(candles.time(i), candles.open(i), candles.high(i), candles.low(i), candles.close(i),
                            candles.volume(i));
                    indicator.update();
                }
                return indicator.value().get(candles.size() - 1);
            });
            print(out, spec.key(), batch, incremental, candles.size());
        }
        BarSeries ta4j = toTa4j(candles);
        double sma = median(rounds, warmup, () -> {
            SMAIndicator indicator = new SMAIndicator(new ClosePriceIndicator(ta4j), 14);
            double last = 0;
            for (int i = 0; i < ta4j.getBarCount(); i++) {
                last = indicator.getValue(i).doubleValue();
            }
            return last;
        });
        double rsi = median(rounds, warmup, () -> {
            RSIIndicator indicator = new RSIIndicator(new ClosePriceIndicator(ta4j), 14);
            double last = 0;
            for (int i = 0; i < ta4j.getBarCount(); i++) {
                last = indicator.getValue(i).doubleValue();
            }
            return last;
        });
        print(out, "ta4j SMA(14) DoubleNum", sma, Double.NaN, candles.size());
        print(out, "ta4j RSI(14) DoubleNum", rsi, Double.NaN, candles.size());
        return 0;
    }

    /** Where the project lives: the launcher passes it; else the working directory. */
    static Path home() {
        String home = System.getProperty("awstrader.home");
        return Path.of(home == null ? "." : home);
    }

    private static void print(PrintStream out, String name, double batchMs, double incrementalMs, int candles) {
        out.printf(Locale.ROOT, "%-28s %12.3f %14s %12s %14s%n", name, batchMs, perSecond(candles, batchMs),
                Double.isNaN(incrementalMs) ? "-" : String.format(Locale.ROOT, "%.3f", incrementalMs),
                Double.isNaN(incrementalMs) ? "-" : perSecond(candles, incrementalMs));
    }

    /** Candles per second, grouped in thousands, for the benchmarks' tables. */
    static String perSecond(int candles, double ms) {
        return String.format(Locale.ROOT, "%,.0f", candles / (ms / 1000.0));
    }

    /** Median wall time in ms of {@code rounds} runs after {@code warmup} unmeasured ones. */
    private static double median(int rounds, int warmup, Round round) {
        double sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += round.run();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            sink += round.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42.4242) {
            System.out.print(""); // keeps the results alive so the JIT cannot drop the work
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }

    private interface Round {
        double run();
    }

    static BarSeries toTa4j(CandleSeries candles) {
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        Duration period = Duration.ofMinutes(candles.interval().minutes());
        for (int i = 0; i < candles.size(); i++) {
            series.barBuilder().timePeriod(period)
                    .endTime(Instant.ofEpochMilli((long) candles.time(i)).plus(period))
                    .openPrice(candles.open(i)).highPrice(candles.high(i)).lowPrice(candles.low(i))
                    .closePrice(candles.close(i)).volume(candles.volume(i)).add();
        }
        return series;
    }
}
