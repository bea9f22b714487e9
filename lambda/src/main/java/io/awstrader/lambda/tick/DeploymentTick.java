package io.awstrader.lambda.tick;

import io.awstrader.adapters.ExchangeException;
import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.PortfolioMark;
import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.BotException;
import io.awstrader.engine.bot.BotInput;
import io.awstrader.engine.bot.BotRuntime;
import io.awstrader.engine.bot.CandleWindow;
import io.awstrader.engine.bot.Iteration;
import io.awstrader.engine.bot.IterationResult;
import io.awstrader.engine.bot.RunCarry;
import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.indicators.IndicatorCache;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.lambda.bots.BotPool;
import io.awstrader.lambda.brokerage.Brokerage;
import io.awstrader.lambda.brokerage.ForwardingGateway;
import io.awstrader.lambda.brokerage.TickSession;
import io.awstrader.lambda.market.CandleRange;
import io.awstrader.lambda.market.ClosedCandles;
import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.deployment.TickAlreadyAppliedException;
import io.awstrader.storage.deployment.TickUpdate;
import io.awstrader.storage.exchange.ExchangeAccount;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tick of one deployment, the imperative shell around the engine's {@link Iteration}: load the deployment and its
 * carry → the closed candles of its pairs from the deployment's anchor (so the window and the indicators are a
 * backtest's) → bring the account up to the candle (a paper account fills its orders against the candles since the
 * last tick) → run the bot → cancel, then place, through the gateway → save carry, book, equity, logs, plots and
 * counters in one write guarded by the deployment's lock version and tick key.
 *
 * <p>The tick key is the close time of the newest closed candle. A tick whose key was applied already is a
 * duplicate and only counted; a tick after missed ones acts on the newest candle and records how many it skipped
 * (a paper account still fills against every candle in between). A lost conditional write is retried from a fresh
 * read. A bot error is recorded with its stack (TypeScript lines) and the deployment keeps running until
 * {@code maxErrors} errors in a row pause it, with the reason.
 *
 * <p>On a real exchange account the orders are written ahead on the deployment before they are placed, and a tick
 * that died before its save is recovered by the next candle's tick from the exchange's orders by client id (the
 * protocol is described at {@link io.awstrader.lambda.brokerage.ExchangeBrokerage}). An exchange that cannot be
 * reached (auth, rate limit, outage, network) ends the tick before its save: it is recorded as an exchange error,
 * not a bot error, and the deployment stays as it was.
 */
public final class DeploymentTick {
    /** Bot errors in a row that pause a deployment unless configured otherwise. */
    public static final int DEFAULT_MAX_ERRORS = 5;
    private static final int MAX_ATTEMPTS = 4;

    private final Storage storage;
    private final ClosedCandles candles;
    private final List<Brokerage> brokerages;
    private final BotPool bots;
    private final int maxErrors;
    private final Clock clock;

    public DeploymentTick(Storage storage, ClosedCandles candles, List<Brokerage> brokerages, BotPool bots,
                          int maxErrors, Clock clock) {
        if (maxErrors < 1) {
            throw new IllegalArgumentException("a deployment pauses after at least 1 error, got " + maxErrors);
        }
        this.storage = storage;
        this.candles = candles;
        this.brokerages = List.copyOf(brokerages);
        this.bots = bots;
        this.maxErrors = maxErrors;
        this.clock = clock;
    }

    /**
     * Runs the tick of {@code deploymentId} at {@code wallTime} (epoch ms). A stopped or paused deployment does not
     * tick unless {@code evenIfStopped} (a user's "run one tick now").
     */
    public TickOutcome run(String accountId, String deploymentId, double wallTime, boolean evenIfStopped) {
        int conflicts = 0;
        while (true) {
            Deployment deployment = storage.deployments().require(accountId, deploymentId);
            if (!deployment.active() && !evenIfStopped) {
                return TickOutcome.of(TickOutcome.Result.INACTIVE, 0, conflicts, deployment.pausedReason());
            }
            try {
                return attempt(deployment, wallTime, conflicts);
            } catch (TickAlreadyAppliedException applied) {
                storage.deployments().recordDuplicate(accountId, deploymentId);
                return TickOutcome.of(TickOutcome.Result.DUPLICATE, applied.appliedKey(), conflicts, null);
            } catch (ConcurrentUpdateException lost) {
                conflicts++;
                if (conflicts >= MAX_ATTEMPTS) {
                    return TickOutcome.of(TickOutcome.Result.FAILED, 0, conflicts, "the deployment kept changing "
                            + "under the tick (" + conflicts + " conflicting writes); the next tick tries again");
                }
            } catch (ExchangeException unreachable) {
                // the adapters retried what is safe; nothing of this tick was saved, a write-ahead stays for the next
                String message = "exchange error (" + unreachable.kind() + "): " + unreachable.getMessage();
                storage.deployments().recordExchangeError(accountId, deploymentId, message,
                        Instant.ofEpochMilli(clock.millis()));
                return TickOutcome.of(TickOutcome.Result.EXCHANGE_ERROR, 0, conflicts, message);
            } catch (NotFoundException | IllegalArgumentException | IllegalStateException cannotRun) {
                // nothing was saved: the deployment stays as it was and the next tick tries again
                return TickOutcome.of(TickOutcome.Result.FAILED, 0, conflicts, cannotRun.getMessage());
            }
        }
    }

    /**
     * Cancels at the exchange every order of the deployment's book still open there (before a deployment on a real
     * account is deleted, so that nothing keeps trading for it); answers how many. A paper deployment's orders live
     * only in its book and go with it: 0.
     *
     * @throws ExchangeException when the exchange cannot be reached or refuses (nothing is deleted then)
     */
    public int cancelOpenOrders(String accountId, String deploymentId) {
        Deployment d = storage.deployments().require(accountId, deploymentId);
        ExchangeAccount account = storage.exchanges().get(d.accountId(), d.exchangeAccountId())
                .orElseThrow(() -> new NotFoundException("exchange account " + d.exchangeAccountId() + " not found"));
        if (account.isVirtual()) {
            return 0;
        }
        TickSession session = brokerageFor(account).open(d.id(), account, RunSettings.of(d, account).fills(),
                DeploymentDetails.read(storage.deployments().details(d)).book());
        if (session.gateway().orders().stream().noneMatch(Order::isOpen)) {
            return 0; // nothing to ask the exchange
        }
        session.catchUp(Map.of(), Map.of()); // the orders' latest status: what filled meanwhile needs no cancel
        int cancelled = 0;
        for (Order order : session.gateway().orders()) {
            if (order.isOpen() && order.foreignId() != null
                    && !session.gateway().cancel(order.id(), clock.millis()).isOpen()) {
                cancelled++;
            }
        }
        return cancelled;
    }

    private Brokerage brokerageFor(ExchangeAccount account) {
        return brokerages.stream().filter(b -> b.serves(account)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no brokerage trades for " + account.provider()
                        + " accounts here"));
    }

    private TickOutcome attempt(Deployment d, double wallTime, int conflicts) {
        ExchangeAccount account = storage.exchanges().get(d.accountId(), d.exchangeAccountId())
                .orElseThrow(() -> new NotFoundException("exchange account " + d.exchangeAccountId() + " not found"));
        BacktestConfig config = RunSettings.of(d, account);
        BotConfig botConfig = config.bot();
        Brokerage brokerage = brokerageFor(account);
        double interval = botConfig.runInterval().millis();
        String exchange = botConfig.exchange();

        // Where each pair's series starts: fixed at the first tick, a warm-up window before its first candle.
        JsonObject anchors = d.anchorsJson() == null ? null : Json.parse(d.anchorsJson()).asObject();
        Map<Pair, CandleSeries> series = new LinkedHashMap<>();
        Map<Pair, Integer> closed = new HashMap<>();
        JsonObject.Builder newAnchors = JsonObject.builder();
        double acting = Double.NEGATIVE_INFINITY;
        for (Pair pair : botConfig.pairs()) {
            double from = anchors != null && anchors.has(pair.toString()) ? anchors.get(pair.toString()).asDouble()
                    : candles.warmupStart(exchange, pair, botConfig.runInterval(), config.warmup(), wallTime);
            if (Double.isNaN(from)) {
                return TickOutcome.of(TickOutcome.Result.NO_CANDLE, 0, conflicts, "no closed " + pair + " candle yet");
            }
            newAnchors.put(pair.toString(), from);
            CandleRange range = candles.since(exchange, pair, botConfig.runInterval(), from, wallTime);
            if (range.closed() == 0) {
                return TickOutcome.of(TickOutcome.Result.NO_CANDLE, 0, conflicts, "no closed " + pair + " candle yet");
            }
            series.put(pair, range.series());
            closed.put(pair, range.closed());
            acting = Math.max(acting, range.series().time(range.closed() - 1));
        }
        long tickKey = (long) (acting + interval);
        if (tickKey <= d.lastTickKey()) {
            throw new TickAlreadyAppliedException(d.id(), tickKey, d.lastTickKey());
        }
        WriteAhead unsettled = d.placingJson() == null ? null : WriteAhead.read(d.placingJson());
        if (unsettled != null && unsettled.tickKey() >= tickKey) {
            // a tick of this candle wrote ahead and has not saved: it is still placing, or it died and a later
            // candle's tick recovers its orders
            throw new TickAlreadyAppliedException(d.id(), tickKey, unsettled.tickKey());
        }
        if (unsettled != null && clock.millis() < unsettled.recoverableAt()) {
            return TickOutcome.of(TickOutcome.Result.IN_FLIGHT, tickKey, conflicts, "the tick of the candle closing at "
                    + Instant.ofEpochMilli(unsettled.tickKey()) + " placed orders and has not saved: it may still be "
                    + "placing; its orders are recovered from " + Instant.ofEpochMilli(unsettled.recoverableAt()));
        }
        long skipped = d.lastTickKey() == 0 ? 0 : Math.max(0, Math.round((tickKey - d.lastTickKey()) / interval) - 1);
        double firstStep = anchors != null && anchors.has("start") ? anchors.get("start").asDouble() : acting;
        newAnchors.put("start", firstStep);

        DeploymentDetails details = DeploymentDetails.read(storage.deployments().details(d));
        TickSession session = brokerage.open(d.id(), account, config.fills(), details.book());
        TickSession.Recovery recovered = unsettled == null ? null : session.recover(unsettled.orders());
        Map<Pair, int[]> newCandles = new LinkedHashMap<>();
        for (Pair pair : botConfig.pairs()) {
            CandleSeries s = series.get(pair);
            // New to the account: the candles after the newest it saw, or from the first step on (a backtest
            // meets no candle before its first step either).
            double seen = session.lastCandleTime(pair);
            int from;
            if (Double.isNaN(seen)) {
                from = s.lastIndexAtOrBefore(firstStep);
                if (from < 0 || s.time(from) < firstStep) {
                    from++;
                }
            } else {
                from = s.lastIndexAtOrBefore(seen) + 1;
            }
            newCandles.put(pair, new int[] {Math.min(from, closed.get(pair)), closed.get(pair)});
        }
        session.catchUp(series, newCandles);

        IndicatorCache indicators = new IndicatorCache();
        Map<Pair, CandleWindow> windows = new HashMap<>();
        for (Pair pair : botConfig.pairs()) {
            CandleSeries s = series.get(pair);
            indicators.register(s);
            int to = closed.get(pair);
            windows.put(pair, new CandleWindow(s, Math.max(0, to - config.warmup()), to));
        }
        JsonObject savedCarry = d.carryJson() == null ? RunCarry.start().toJson()
                : Json.parse(d.carryJson()).asObject();
        RunCarry carry = RunCarry.fromJson(unsettled == null ? savedCarry : unsettled.advance(savedCarry));
        double now = acting + interval;
        IterationResult result = runBot(d, carry, botConfig, windows, session, now, config.seed(), indicators);
        List<Order> toPlace = result.failed() ? List.of()
                : result.newOrders().stream().filter(Order::isOpen).toList();
        Deployment saveOn = d;
        OrderGateway gateway = session.gateway();
        if (session.placesElsewhere() && !toPlace.isEmpty()) {
            WriteAhead ahead = WriteAhead.of(tickKey, result.nextOrderNumber(), clock.millis(), toPlace, unsettled);
            saveOn = storage.deployments().writeAhead(d, tickKey, ahead.toJson());
            gateway = new PlacingDeadline(gateway, ahead.placingDeadline(), clock);
        }
        int before = session.gateway().orders().size();
        carry.apply(result, gateway, now);
        int placed = session.gateway().orders().size() - before;

        details.addRun(result.logs(), result.failed() ? List.of() : result.plots(), result.error());
        details.addMark(PortfolioMark.of(acting, botConfig, session.gateway().portfolio(), windows));
        details.setBook(session.book());
        int errorsInARow = result.failed() ? d.consecutiveErrors() + 1 : 0;
        String pausedReason = null;
        if (result.failed() && errorsInARow >= maxErrors && d.active()) {
            pausedReason = "paused after " + errorsInARow + " bot errors in a row; the last: "
                    + result.error().message() + firstFrame(result.error().stack());
        }
        Instant ranAt = Instant.ofEpochMilli(clock.millis());
        JsonObject.Builder record = JsonObject.builder().put("key", tickKey).put("ranAt", ranAt.toEpochMilli())
                .put("skipped", skipped).put("placed", placed).put("conflicts", conflicts)
                .put("error", JsonValue.of(result.failed() ? result.error().message() : null));
        if (recovered != null) {
            record.put("adopted", ids(recovered.adopted())).put("dropped", ids(recovered.dropped()));
        }
        details.addTick(record.build());
        Deployment.TickCounts counts = new Deployment.TickCounts(d.counts().ticks() + 1, d.counts().skipped() + skipped,
                d.counts().duplicates());
        storage.deployments().saveTick(saveOn, new TickUpdate(
                Json.write(carry.toJson()), Json.write(newAnchors.build()), tickKey, ranAt, counts, errorsInARow,
                pausedReason, Json.write(details.toJson())));
        return new TickOutcome(TickOutcome.Result.APPLIED, tickKey, skipped, placed, result.failed(),
                pausedReason != null, conflicts, result.failed() ? result.error().message() : null);
    }

    private IterationResult runBot(Deployment d, RunCarry carry, BotConfig botConfig, Map<Pair, CandleWindow> windows,
                                   TickSession session, double now, int seed, IndicatorCache indicators) {
        BotPool.Lease lease;
        try {
            lease = bots.lease(d.id(), d.botId() + "@" + d.version(), () -> storage.versions()
                    .get(d.accountId(), d.botId(), d.version()).map(BotVersion::compiledJs)
                    .orElseThrow(() -> new NotFoundException("version " + d.version() + " of bot " + d.botId()
                            + " not found")));
        } catch (RuntimeException loadFailed) {
            // a bot that does not load fails its run like a throwing bot: logged, counted, paused after N
            return failedRun(carry, botConfig, windows, session, now, seed, indicators, loadFailed);
        }
        try (lease) {
            IterationResult result = Iteration.run(lease.runtime(), carry.input(botConfig, windows, session.gateway(),
                    now, seed, indicators));
            if (result.failed() && result.error().stack().isEmpty()) {
                // not an error the bot threw (a time or memory limit, a closed sandbox): start the next tick afresh
                lease.discard();
            }
            return result;
        } catch (RuntimeException halted) {
            // the bot's runtime had to stop for good: this tick is a bot error, the next one loads a fresh sandbox
            lease.discard();
            return failedRun(carry, botConfig, windows, session, now, seed, indicators, halted);
        }
    }

    /** The run of a bot that could not run: a bot error with {@code why}'s message, as a throwing bot's run. */
    private static IterationResult failedRun(RunCarry carry, BotConfig botConfig, Map<Pair, CandleWindow> windows,
                                             TickSession session, double now, int seed, IndicatorCache indicators,
                                             RuntimeException why) {
        String message = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
        BotRuntime cannotRun = new BotRuntime() {
            @Override
            public JsonObject initializeState(BotInput input) {
                throw new BotException(message, "");
            }

            @Override
            public JsonObject onData(BotInput input) {
                throw new BotException(message, "");
            }
        };
        return Iteration.run(cannotRun, carry.input(botConfig, windows, session.gateway(), now, seed, indicators));
    }

    /**
     * The gateway of a tick that wrote ahead: it places nothing after its deadline, so that once its write-ahead is
     * recoverable no order of it can still be on the way (the tick ends unsaved; a later one recovers its orders).
     */
    private static final class PlacingDeadline extends ForwardingGateway {
        private final long deadline;
        private final Clock clock;

        PlacingDeadline(OrderGateway gateway, long deadline, Clock clock) {
            super(gateway);
            this.deadline = deadline;
            this.clock = clock;
        }

        @Override
        public Order place(Order pending, double now) {
            if (clock.millis() > deadline) {
                throw new IllegalStateException("the tick ran past its time to place orders ("
                        + WriteAhead.PLACING_MILLIS / 1000 + " s); a later tick recovers what it placed");
            }
            return super.place(pending, now);
        }
    }

    private static JsonValue ids(List<String> ids) {
        return JsonArray.of(ids.stream().<JsonValue>map(JsonValue::of).toList());
    }

    /** The first frame of a bot stack ("at onData (bot.ts:12)"), as " (at ...)", or nothing. */
    private static String firstFrame(String stack) {
        if (stack == null || stack.isBlank()) {
            return "";
        }
        for (String line : stack.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("at ")) {
                return " (" + trimmed + ")";
            }
        }
        return "";
    }
}
