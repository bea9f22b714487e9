package io.awstrader.lambda.tick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.ScheduleHandler;
import io.awstrader.lambda.TickHandler;
import io.awstrader.lambda.market.CandleRange;
import io.awstrader.lambda.market.ClosedCandles;
import io.awstrader.lambda.market.SeriesCandles;
import io.awstrader.sandbox.SandboxLimits;
import io.awstrader.storage.Database;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.crypto.MasterKey;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.deployment.DeploymentRef;
import io.awstrader.storage.deployment.NewDeployment;
import io.awstrader.storage.item.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tick on DynamoDB Local with bots in GraalJS: exactly once per candle, catch-up, pauses, races and retries. */
class DeploymentTickTest {
    static final Pair BTC = Pair.parse("BTC/USD");
    static final double H = 3_600_000;
    /** Candle i opens at T0 + i hours. */
    static final double T0 = 1_600_000_000_000.0 - 1_600_000_000_000.0 % H;
    static Storage storage;
    static CandleSeries candles;

    @BeforeAll
    static void start() {
        storage = new Storage(Database.inMemory(), MasterKey.random(), Clock.systemUTC());
        candles = new CandleSeries(BTC, RunInterval.H1);
        for (int i = 0; i < 100; i++) {
            double open = 100 + i % 7;
            double low = i == 33 ? 80 : open - 1; // one dip, at candle 33
            candles.add(T0 + i * H, open, open + 1, low, open + 0.5, 10);
        }
    }

    @AfterAll
    static void stop() {
        storage.close();
    }

    /** The close of candle {@code i}: a tick at that time acts on it. */
    static double closeOf(int i) {
        return T0 + (i + 1) * H;
    }

    record Setup(String account, Deployment deployment) {
    }

    static Setup deploy(String botJs, RunInterval interval) {
        String account = storage.accounts().create(Ids.newId() + "@example.com", "hash").id();
        String botId = storage.bots().create(account, "bot").id();
        BotVersion version = storage.versions().createMajor(account, botId);
        storage.versions().update(account, botId, version.number(), botJs, botJs, "[]", version.lockVersion());
        String paper = storage.exchanges().createVirtual(account, "Paper", "bitfinex", Map.of("USD", 1000.0)).id();
        Deployment d = storage.deployments().create(account, new NewDeployment("live", botId, version.number(), paper,
                interval, List.of(BTC), true, "{\"warmup\":10,\"fees\":0.001}"));
        return new Setup(account, d);
    }

    /** Bots with a generous time limit: these tests are about ticks, and a loaded machine must not fail them. */
    static DeploymentRuntime runtime(ClosedCandles source, int maxErrors) {
        return new DeploymentRuntime(storage, source, maxErrors, Clock.systemUTC(),
                SandboxLimits.BOT_CALL.withTimeLimit(java.time.Duration.ofMinutes(1)));
    }

    static JsonObject details(Setup s) {
        return Json.parse(storage.deployments().details(s.account(), s.deployment().id())).asObject();
    }

    static final String LIMIT_BUYER = """
            function onData(input) {
              if (input.state.done) return;
              input.trader.placeOrder({ pair: 'BTC/USD', type: 'limit', direction: 'buy', amount: 1, price: 85 });
              input.state.done = true;
            }
            """;

    @Test
    void aTickActsOnTheNewestClosedCandleOnceAndADuplicateIsANoOp() {
        Setup s = deploy(LIMIT_BUYER, RunInterval.H1);
        try (DeploymentRuntime runtime = runtime(new SeriesCandles(Map.of(BTC, candles)), 5)) {
            TickHandler handler = new TickHandler(runtime);
            Map<String, Object> first = handler.handleRequest(Map.of("accountId", s.account(), "deploymentId",
                    s.deployment().id(), "at", closeOf(20) + 120_000), null);
            assertEquals("applied", first.get("result"));
            assertEquals((long) closeOf(20), first.get("tickKey"), "the candle that closed last, not the wall time");
            assertEquals(1, first.get("ordersPlaced"));
            // the schedule fires twice, or a retry comes: the same candle is not applied again
            TickOutcome again = handler.tick(s.account(), s.deployment().id(), closeOf(20) + 300_000, false);
            assertEquals(TickOutcome.Result.DUPLICATE, again.result());
            Deployment d = storage.deployments().require(s.account(), s.deployment().id());
            assertEquals(new Deployment.TickCounts(1, 0, 1), d.counts());
            assertEquals((long) closeOf(20), d.lastTickKey());
            JsonObject book = details(s).get("book").asObject();
            assertEquals(1, book.get("orders").asArray().size(), "one order, placed once");
        }
    }

    @Test
    void missedTicksActOnTheNewestCandleCountTheSkippedAndFillOnTheCandlesBetween() {
        Setup s = deploy(LIMIT_BUYER, RunInterval.H1);
        try (DeploymentRuntime runtime = runtime(new SeriesCandles(Map.of(BTC, candles)), 5)) {
            runtime.tick().run(s.account(), s.deployment().id(), closeOf(30), false);
            TickOutcome late = runtime.tick().run(s.account(), s.deployment().id(), closeOf(35), false);
            assertEquals(TickOutcome.Result.APPLIED, late.result());
            assertEquals(4, late.skipped(), "candles 31 to 34 got no tick of their own");
            JsonObject order = details(s).get("book").asObject().get("orders").asArray().get(0).asObject()
                    .get("order").asObject();
            assertEquals("completed", order.get("status").asString(), "the dip of candle 33 filled the limit buy");
            assertEquals(T0 + 33 * H, order.get("closedAt").asDouble());
            Deployment d = storage.deployments().require(s.account(), s.deployment().id());
            assertEquals(new Deployment.TickCounts(2, 4, 0), d.counts());
            assertEquals(2, details(s).get("equity").asArray().size(), "one portfolio mark per tick");
        }
    }

    @Test
    void aBotThatThrowsOnEveryTickIsPausedAfterNWithTheReasonAndItsLine() {
        Setup s = deploy("""
                function onData(input) {
                  throw new Error('no data source');
                }
                """, RunInterval.H1);
        try (DeploymentRuntime runtime = runtime(new SeriesCandles(Map.of(BTC, candles)), 3)) {
            for (int i = 0; i < 2; i++) {
                TickOutcome outcome = runtime.tick().run(s.account(), s.deployment().id(), closeOf(40 + i), false);
                assertTrue(outcome.botError());
                assertFalse(outcome.paused());
            }
            TickOutcome third = runtime.tick().run(s.account(), s.deployment().id(), closeOf(42), false);
            assertTrue(third.paused());
            Deployment d = storage.deployments().require(s.account(), s.deployment().id());
            assertFalse(d.active());
            assertEquals(3, d.consecutiveErrors());
            assertTrue(d.pausedReason().startsWith("paused after 3 bot errors in a row; the last: "
                    + "no data source"), d.pausedReason());
            assertTrue(d.pausedReason().contains("bot.ts:2"), d.pausedReason());
            assertFalse(storage.deployments().active(RunInterval.H1).contains(new DeploymentRef(s.account(), d.id())));
            JsonArray errors = details(s).get("errors").asArray();
            assertEquals(3, errors.size());
            assertTrue(errors.get(0).asObject().get("stack").asString().contains("bot.ts:2"));
            assertEquals(TickOutcome.Result.INACTIVE,
                    runtime.tick().run(s.account(), s.deployment().id(), closeOf(43), false).result());
        }
    }

    @Test
    void twoConcurrentTicksOfOneDeploymentApplyOnce() throws Exception {
        Setup s = deploy("""
                function onData(input) {
                  input.trader.placeOrder({ pair: 'BTC/USD', type: 'limit', direction: 'buy', amount: 0.1, price: 50 });
                }
                """, RunInterval.H1);
        CountDownLatch bothRead = new CountDownLatch(2);
        ClosedCandles slow = new Waiting(new SeriesCandles(Map.of(BTC, candles)), bothRead);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (DeploymentRuntime runtime = runtime(slow, 5)) {
            List<Future<TickOutcome>> ticks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ticks.add(pool.submit(() -> runtime.tick().run(s.account(), s.deployment().id(), closeOf(50), false)));
            }
            List<TickOutcome.Result> results = new ArrayList<>();
            for (Future<TickOutcome> tick : ticks) {
                results.add(tick.get().result());
            }
            assertTrue(results.contains(TickOutcome.Result.APPLIED), results.toString());
            assertTrue(results.contains(TickOutcome.Result.DUPLICATE), results.toString());
            Deployment d = storage.deployments().require(s.account(), s.deployment().id());
            assertEquals(new Deployment.TickCounts(1, 0, 1), d.counts());
            assertEquals(1, details(s).get("book").asObject().get("orders").asArray().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConditionalWriteConflictIsRetriedFromAFreshRead() {
        Setup s = deploy(LIMIT_BUYER, RunInterval.H1);
        AtomicBoolean changed = new AtomicBoolean();
        SeriesCandles real = new SeriesCandles(Map.of(BTC, candles));
        ClosedCandles meddling = new ClosedCandles() {
            @Override
            public double warmupStart(String exchange, Pair pair, RunInterval interval, int count, double wallTime) {
                return real.warmupStart(exchange, pair, interval, count, wallTime);
            }

            @Override
            public CandleRange since(String exchange, Pair pair, RunInterval interval, double from, double wallTime) {
                if (changed.compareAndSet(false, true)) {
                    // someone renames, stops and resumes... the deployment while the tick runs: its lock moves on
                    Deployment now = storage.deployments().require(s.account(), s.deployment().id());
                    storage.deployments().moveToVersion(s.account(), now.id(), now.version(), null,
                            now.lockVersion());
                }
                return real.since(exchange, pair, interval, from, wallTime);
            }
        };
        try (DeploymentRuntime runtime = runtime(meddling, 5)) {
            TickOutcome outcome = runtime.tick().run(s.account(), s.deployment().id(), closeOf(60), false);
            assertEquals(TickOutcome.Result.APPLIED, outcome.result());
            assertEquals(1, outcome.conflicts());
            assertEquals(1, storage.deployments().require(s.account(), s.deployment().id()).counts().ticks());
            assertEquals(1, details(s).get("book").asObject().get("orders").asArray().size());
        }
    }

    @Test
    void theScheduleTicksTheActiveDeploymentsOfItsIntervalOnly() {
        Setup hourly = deploy(LIMIT_BUYER, RunInterval.H1);
        Setup daily = deploy(LIMIT_BUYER, RunInterval.D1);
        Setup stopped = deploy(LIMIT_BUYER, RunInterval.H1);
        storage.deployments().setActive(stopped.account(), stopped.deployment().id(), false,
                stopped.deployment().lockVersion());
        List<Object> fanned = new ArrayList<>();
        try (DeploymentRuntime runtime = runtime(new SeriesCandles(Map.of(BTC, candles)), 5)) {
            ScheduleHandler schedule = new ScheduleHandler(runtime, request -> fanned.add(request.get("deploymentId")));
            Map<String, Object> out = schedule.handleRequest(Map.of("interval", "1h", "at", closeOf(70)), null);
            assertTrue(fanned.contains(hourly.deployment().id()));
            assertFalse(fanned.contains(daily.deployment().id()));
            assertFalse(fanned.contains(stopped.deployment().id()));
            assertEquals(fanned.size(), out.get("ticks"));
        }
        assertNull(storage.deployments().require(stopped.account(), stopped.deployment().id()).carryJson());
    }

    /** Holds every {@code since} until {@code latch} counted down: two ticks read the same deployment version. */
    record Waiting(ClosedCandles inner, CountDownLatch latch) implements ClosedCandles {
        @Override
        public double warmupStart(String exchange, Pair pair, RunInterval interval, int count, double wallTime) {
            return inner.warmupStart(exchange, pair, interval, count, wallTime);
        }

        @Override
        public CandleRange since(String exchange, Pair pair, RunInterval interval, double from, double wallTime) {
            latch.countDown();
            try {
                latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inner.since(exchange, pair, interval, from, wallTime);
        }
    }
}
