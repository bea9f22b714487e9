package io.awstrader.cli;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.ScheduleHandler;
import io.awstrader.lambda.TickHandler;
import io.awstrader.lambda.market.SeriesCandles;
import io.awstrader.lambda.tick.TickOutcome;
import io.awstrader.storage.Database;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.crypto.MasterKey;
import io.awstrader.storage.deployment.NewDeployment;
import io.awstrader.storage.item.Ids;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench ticks}: paper deployments of one bot on hourly candles, ticked a round at a time the way the local
 * scheduler does it (the schedule handler's fan-out on a pool of workers, DynamoDB Local in process, warm bots, a
 * 200-candle window); prints ticks per second per round, then the latency of the first tick of the process (cold:
 * GraalJS, the bot's context, class loading) and of later single ticks (warm).
 */
final class TickBench {
    private final PrintStream out;

    TickBench(PrintStream out) {
        this.out = out;
    }

    void run(CandleSeries hourly, String botName, String botJs, int deployments, int workers, int rounds, int warmup)
            throws Exception {
        Pair pair = hourly.pair();
        double firstClose = hourly.time(Math.min(hourly.size() - 1, 400));
        try (Storage storage = new Storage(Database.inMemory(), MasterKey.random(), Clock.systemUTC());
             DeploymentRuntime runtime = new DeploymentRuntime(storage, new SeriesCandles(Map.of(pair, hourly)),
                     Integer.MAX_VALUE, Clock.systemUTC())) {
            TickHandler ticks = new TickHandler(runtime);
            String account = storage.accounts().create(Ids.newId() + "@bench.invalid", "-").id();
            String botId = storage.bots().create(account, "bench").id();
            BotVersion version = storage.versions().createMajor(account, botId);
            storage.versions().update(account, botId, version.number(), "", botJs, "[]", version.lockVersion());
            String paper = storage.exchanges().createVirtual(account, "Paper", "bitfinex", Map.of("USD", 10_000.0))
                    .id();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < deployments; i++) {
                ids.add(storage.deployments().create(account, new NewDeployment("d" + i, botId, version.number(),
                        paper, RunInterval.H1, List.of(pair), true, "{\"fees\":0.002}")).id());
            }
            out.printf(Locale.ROOT, "bench ticks: %s on %s, %d paper deployments, %d workers, %d cores, java %s%n",
                    botName, pair, deployments, workers, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));

            long coldStart = System.nanoTime();
            TickOutcome cold = ticks.tick(account, ids.get(0), firstClose, false);
            double coldMs = (System.nanoTime() - coldStart) / 1e6;

            ExecutorService pool = Executors.newFixedThreadPool(workers);
            try {
                double wall = firstClose;
                for (int round = 0; round < warmup + rounds; round++) {
                    wall += RunInterval.H1.millis();
                    List<Future<?>> running = new ArrayList<>();
                    double at = wall;
                    long start = System.nanoTime();
                    ScheduleHandler schedule = new ScheduleHandler(runtime, request -> running.add(pool.submit(
                            () -> ticks.handleRequest(request, null))));
                    schedule.handleRequest(Map.of("interval", "1h", "at", at), null);
                    for (Future<?> f : running) {
                        f.get();
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    out.printf(Locale.ROOT, "%s round %d: %d ticks in %.2f s = %.0f ticks/s%n",
                            round < warmup ? "warm-up" : "measured", round + 1, running.size(), seconds,
                            running.size() / seconds);
                }
                double[] warm = new double[20];
                for (int i = 0; i < warm.length; i++) {
                    wall += RunInterval.H1.millis();
                    long start = System.nanoTime();
                    ticks.tick(account, ids.get(0), wall, false);
                    warm[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(warm);
                out.printf(Locale.ROOT, "one tick: first in this JVM %.0f ms (%s), warm median %.1f ms, p90 %.1f ms%n",
                        coldMs, cold.result().name().toLowerCase(Locale.ROOT), warm[warm.length / 2],
                        warm[warm.length * 9 / 10]);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
