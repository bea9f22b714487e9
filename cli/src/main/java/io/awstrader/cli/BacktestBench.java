package io.awstrader.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonString;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Strategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * {@code awstrader bench backtest}: bots (by default the SMA(14)/SMA(50) crossover and the indicator dashboard, which
 * calls a dozen indicators per candle) over a whole candle file in each available runtime, against ta4j's
 * {@code BarSeriesManager} running the same crossover natively on the JVM.
 */
final class BacktestBench {
    /** Runtimes in the order they are measured: {@link BacktestCommand#RUNTIMES}. */
    private static final List<String> RUNTIMES = BacktestCommand.RUNTIMES;
    private static final int TA4J_ROUNDS = 15;
    private static final int TA4J_WARMUP = 20;

    private final PrintStream out;
    private final PrintStream err;

    BacktestBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A bot to measure: its file name and compiled JavaScript. */
    record Bot(String name, String javaScript) {
    }

    /** Copies of the candle file in the memory run: 32 × 31,260 hourly candles = 1,000,320. */
    static final int MEMORY_COPIES = 32;

    /**
     * Runs {@code bots} in {@code runtimes}; then, when {@code memoryCopies > 1} and the JVM is measured, the first bot
     * once more on the JVM over the candles that many times end to end, for its heap.
     */
    void run(CandleSeries candles, List<Bot> bots, List<String> runtimes, int rounds, int warmup, int memoryCopies)
            throws Exception {
        Map<Pair, CandleSeries> data = Map.of(candles.pair(), candles);
        JsonObject settings = BacktestJson.writeConfig(BacktestJson.readConfig(JsonObject.builder()
                .put("pairs", JsonArray.of(new JsonString(candles.pair().toString())))
                .put("runInterval", candles.interval().code())
                .put("balances", JsonObject.builder().put(candles.pair().quote(), 10000).build())
                .build()));
        int n = candles.size();
        List<String> names = new ArrayList<>();
        for (Bot bot : bots) {
            names.add(bot.name());
        }
        out.printf(Locale.ROOT, "bench backtest: %s over %,d %s candles of %s, %d warm-up + %d measured runs per "
                + "runtime and bot, java %s%n", String.join(" and ", names), n, candles.interval(), candles.pair(),
                warmup, rounds, System.getProperty("java.version"));

        // ta4j takes milliseconds: enough rounds for the JIT to finish, whatever the runtimes' settings.
        double ta4jMs = ta4j(candles, Math.max(rounds, TA4J_ROUNDS), Math.max(warmup, TA4J_WARMUP));
        out.printf(Locale.ROOT, "%-24s %-9s %9s %10s %12s %10s %12s %9s%n", "bot", "runtime", "start ms", "run ms",
                "candles/s", "inside ms", "candles/s", "vs ta4j");
        Map<String, String> reference = new LinkedHashMap<>();
        Map<String, String> referenceRuntime = new LinkedHashMap<>();
        for (String name : runtimes) {
            if (name.equals("jvm") && !JvmRuntime.AVAILABLE) {
                out.printf(Locale.ROOT, "%-24s %-9s not available yet (arrives with the sandbox module)%n", "", name);
                continue;
            }
            long begin = System.nanoTime();
            try (BacktestRuntime runtime = BacktestCommand.openRuntime(name, Duration.ofMinutes(10))) {
                double startMs = runtime instanceof ChromiumRuntime chromium ? chromium.startMillis()
                        : (System.nanoTime() - begin) / 1e6;
                for (Bot bot : bots) {
                    HeapUse heap = name.equals("jvm") ? new HeapUse() : null;
                    double[] wall = new double[rounds];
                    double[] inside = new double[rounds];
                    String result = null;
                    for (int i = 0; i < warmup + rounds; i++) {
                        if (heap != null && i == warmup + rounds - 1) {
                            result = null; // the previous round's result is not this one's to hold
                            heap.before(); // the last round only: a full GC first would disturb the timed ones
                        }
                        long start = System.nanoTime();
                        result = runtime.run(bot.javaScript(), settings, data, BacktestProgress.NONE);
                        double ms = (System.nanoTime() - start) / 1e6;
                        if (heap != null && i == warmup + rounds - 1) {
                            heap.after(result);
                        }
                        if (i >= warmup) {
                            wall[i - warmup] = ms;
                            inside[i - warmup] = runtime.lastBacktestMillis();
                        }
                    }
                    double runMs = median(wall);
                    double insideMs = median(inside);
                    boolean timedInside = !Double.isNaN(insideMs);
                    out.printf(Locale.ROOT, "%-24s %-9s %9.0f %10.1f %12s %10s %12s %8.3fx%n", bot.name(), name,
                            startMs, runMs, BenchCommand.perSecond(n, runMs),
                            timedInside ? String.format(Locale.ROOT, "%.1f", insideMs) : "-",
                            timedInside ? BenchCommand.perSecond(n, insideMs) : "-",
                            ta4jMs / (timedInside ? insideMs : runMs));
                    if (heap != null) {
                        out.printf(Locale.ROOT, "%-24s %-9s heap of the last run: %s%n", "", "", heap);
                    }
                    String first = reference.get(bot.name());
                    if (first == null) {
                        reference.put(bot.name(), result);
                        referenceRuntime.put(bot.name(), name);
                        JsonObject stats = Json.parse(result).asObject().get("stats").asObject();
                        err.printf(Locale.ROOT, "%s in %s: the bot made %s trades, net profit %s%%%n", bot.name(), name,
                                Json.write(stats.get("trades")), Json.write(stats.get("netProfitPercent")));
                    } else if (!first.equals(result)) {
                        out.printf(Locale.ROOT, "WARNING: %s's result in %s differs from %s's%n", bot.name(), name,
                                referenceRuntime.get(bot.name()));
                    }
                }
            } catch (IllegalStateException e) {
                out.printf(Locale.ROOT, "%-24s %-9s unavailable: %s%n", "", name, e.getMessage());
            }
        }
        out.printf(Locale.ROOT, "%-24s %-9s %9s %10.1f %12s %10s %12s %8.3fx%n", "ta4j sma-cross", "jvm", "-", ta4jMs,
                BenchCommand.perSecond(n, ta4jMs), "-", "-", 1.0);
        if (memoryCopies > 1 && runtimes.contains("jvm")) {
            memory(repeated(candles, memoryCopies), bots.get(0), settings);
        }
        out.println();
        out.println("run ms: one backtest as the command line sees it (request, process or page, result), median;");
        out.println("inside ms: the backtest itself, timed inside the runtime (Node: performance.now() around");
        out.println("runBacktest; Chromium: the same inside the Web Worker, target <= 100 ms for 31k candles);");
        out.println("start ms: JVM and Node: opening the runtime; Chromium: Playwright driver + browser launch + local");
        out.println("server, once per command;");
        out.println("vs ta4j: candles/s inside the runtime (run ms on the JVM) divided by ta4j's BarSeriesManager");
        out.println("running the SMA(14)/SMA(50) crossover (DoubleNum, all-in/all-out, trade on next open) natively on");
        out.println("this JVM, warm median of " + Math.max(rounds, TA4J_ROUNDS) + " runs; every bot is held against");
        out.println("that one anchor, so the second bot's ratio shows what several indicators and patterns per candle cost.");
    }

    /** One JVM backtest of {@code bot} over {@code candles} (a long series), with its time and heap. */
    private void memory(CandleSeries candles, Bot bot, JsonObject settings) throws Exception {
        HeapUse heap = new HeapUse();
        try (BacktestRuntime jvm = BacktestCommand.openRuntime("jvm", Duration.ofMinutes(30))) {
            heap.before();
            long start = System.nanoTime();
            String result = jvm.run(bot.javaScript(), settings, Map.of(candles.pair(), candles), BacktestProgress.NONE);
            double ms = (System.nanoTime() - start) / 1e6;
            heap.after(result);
            out.printf(Locale.ROOT, "%nmemory: %s on the JVM over %,d candles (the file %d times end to end), one "
                    + "run: %.1f s (%s candles/s);%n        %s%n", bot.name(), candles.size(), MEMORY_COPIES, ms / 1000,
                    BenchCommand.perSecond(candles.size(), ms), heap);
        }
    }

    /**
     * The JVM heap a backtest needs: its peak live heap (the most the heap held right after any garbage collection
     * during the run, above what it held before) and what stays reachable after a full GC while the result is still
     * held. Sampling after collections measures what the run keeps alive, not how much garbage it makes.
     */
    private static final class HeapUse implements NotificationListener {
        private long base;
        private volatile long peakLive;
        private long retained;
        private int resultChars;
        private int collections;

        void before() {
            System.gc();
            base = used();
            peakLive = base;
            collections = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            long live = 0;
            for (MemoryUsage pool : info.getMemoryUsageAfterGc().values()) {
                live += pool.getUsed();
            }
            synchronized (this) {
                collections++;
                peakLive = Math.max(peakLive, live);
            }
        }

        void after(String result) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(this);
                    } catch (ListenerNotFoundException e) {
                        // not added to this one
                    }
                }
            }
            System.gc();
            retained = used() - base;
            resultChars = result.length(); // keeps the result reachable through the GC above
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        @Override
        public synchronized String toString() {
            return String.format(Locale.ROOT, "peak live %.1f MB above the %.0f MB before it (%d collections), "
                    + "%.1f MB retained with the result (%,d chars of JSON)", (peakLive - base) / 1048576.0,
                    base / 1048576.0, collections, retained / 1048576.0, resultChars);
        }
    }

    /** {@code candles} {@code times} times end to end, each copy shifted by the series' span plus one interval. */
    static CandleSeries repeated(CandleSeries candles, int times) {
        if (times == 1) {
            return candles;
        }
        int n = candles.size();
        double shift = candles.lastTime() - candles.firstTime() + candles.interval().millis();
        CandleSeries out = new CandleSeries(candles.pair(), candles.interval(), n * times);
        for (int copy = 0; copy < times; copy++) {
            for (int i = 0; i < n; i++) {
                out.add(candles.time(i) + copy * shift, candles.open(i), candles.high(i), candles.low(i),
                        candles.close(i), candles.volume(i));
            }
        }
        return out;
    }

    /** Median ms of ta4j's BarSeriesManager running the crossover strategy; prints its outcome once. */
    private double ta4j(CandleSeries candles, int rounds, int warmup) {
        BarSeries series = BenchCommand.toTa4j(candles);
        double[] ms = new double[rounds];
        TradingRecord record = null;
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            ClosePriceIndicator close = new ClosePriceIndicator(series);
            SMAIndicator fast = new SMAIndicator(close, 14);
            SMAIndicator slow = new SMAIndicator(close, 50);
            Strategy strategy = new BaseStrategy("sma-cross", new CrossedUpIndicatorRule(fast, slow),
                    new CrossedDownIndicatorRule(fast, slow), 50);
            record = new BarSeriesManager(series).run(strategy, Trade.TradeType.BUY);
            if (i >= warmup) {
                ms[i - warmup] = (System.nanoTime() - start) / 1e6;
            }
        }
        // All-in/all-out without fees: capital compounds through every closed position.
        double capital = 1;
        for (Position position : record.getPositions()) {
            capital *= position.getExit().getNetPrice().doubleValue() / position.getEntry().getNetPrice().doubleValue();
        }
        err.printf(Locale.ROOT, "ta4j: %d positions, all-in net profit %.2f%%%n", record.getPositionCount(),
                (capital - 1) * 100);
        return median(ms);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }


    static List<String> runtimes(String option) {
        if (option == null) {
            return RUNTIMES;
        }
        List<String> names = new ArrayList<>();
        for (String name : option.split(",")) {
            if (!RUNTIMES.contains(name.trim())) {
                throw new UsageException("--runtimes takes names from " + RUNTIMES + ", got '" + name + "'");
            }
            names.add(name.trim());
        }
        return names;
    }
}
