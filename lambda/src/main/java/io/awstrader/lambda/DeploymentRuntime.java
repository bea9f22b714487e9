package io.awstrader.lambda;

import io.awstrader.lambda.bots.BotPool;
import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.lambda.brokerage.Brokerage;
import io.awstrader.lambda.brokerage.ExchangeBrokerage;
import io.awstrader.lambda.brokerage.PaperBrokerage;
import io.awstrader.lambda.market.CachedCandleSource;
import io.awstrader.lambda.market.ClosedCandles;
import io.awstrader.lambda.tick.DeploymentTick;
import io.awstrader.sandbox.SandboxLimits;
import io.awstrader.storage.Storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the handlers run on: storage, a candle source, the brokerages and the warm bots, wired once per process (a
 * Lambda container, the local server, a replay) and shared by every tick it runs.
 */
public final class DeploymentRuntime implements AutoCloseable {
    /** Environment variable: bot errors in a row that pause a deployment (default 5). */
    public static final String MAX_ERRORS_ENV = "AWSTRADER_MAX_BOT_ERRORS";
    /** Warm bots kept per process. */
    public static final int WARM_BOTS = 200;

    private final Storage storage;
    private final DeploymentTick tick;
    private final BotPool bots;
    private final Clock clock;
    private final boolean ownsStorage;

    /** A runtime trading on virtual accounts and on the real exchanges installed ({@link ExchangeRegistry}). */
    public DeploymentRuntime(Storage storage, ClosedCandles candles, int maxErrors, Clock clock) {
        this(storage, candles, maxErrors, clock, SandboxLimits.BOT_CALL);
    }

    /** A runtime whose bots run with {@code limits} per call (a replay on a loaded machine may want more time). */
    public DeploymentRuntime(Storage storage, ClosedCandles candles, int maxErrors, Clock clock,
                             SandboxLimits limits) {
        this(storage, candles, maxErrors, clock, limits, brokerages(storage, ExchangeRegistry.installed()), false);
    }

    /** A runtime with these brokerages (the first that {@link Brokerage#serves} an account trades for it). */
    public DeploymentRuntime(Storage storage, ClosedCandles candles, int maxErrors, Clock clock,
                             SandboxLimits limits, List<Brokerage> brokerages) {
        this(storage, candles, maxErrors, clock, limits, brokerages, false);
    }

    private DeploymentRuntime(Storage storage, ClosedCandles candles, int maxErrors, Clock clock,
                              SandboxLimits limits, List<Brokerage> brokerages, boolean owns) {
        this.storage = storage;
        this.bots = new BotPool(WARM_BOTS, limits);
        this.tick = new DeploymentTick(storage, candles, brokerages, bots, maxErrors, clock);
        this.clock = clock;
        this.ownsStorage = owns;
    }

    /**
     * As a Lambda container runs: storage and master key from the environment, candles from the cache and, what it
     * lacks, from the exchanges.
     */
    public static DeploymentRuntime fromEnvironment(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("AWSTRADER_DATA_DIR", System.getProperty("java.io.tmpdir")));
        Storage storage = Storage.open(dataDir, env);
        int maxErrors = Integer.parseInt(env.getOrDefault(MAX_ERRORS_ENV,
                String.valueOf(DeploymentTick.DEFAULT_MAX_ERRORS)).trim());
        ExchangeRegistry registry = ExchangeRegistry.installed(env);
        return new DeploymentRuntime(storage, new CachedCandleSource(storage.candles(), publicAdapters(registry)),
                maxErrors, Clock.systemUTC(), SandboxLimits.BOT_CALL, brokerages(storage, registry), true);
    }

    /** The public (candle) side of every exchange of {@code registry}. */
    public static List<ExchangeAdapter> publicAdapters(ExchangeRegistry registry) {
        return registry.exchanges().stream().map(e -> registry.publicAdapter(e.id())).toList();
    }

    /** Virtual accounts on the engine's virtual exchange, real ones through the exchanges of {@code registry}. */
    public static List<Brokerage> brokerages(Storage storage, ExchangeRegistry registry) {
        return List.of(new PaperBrokerage(), new ExchangeBrokerage(storage.exchanges(), registry));
    }

    public Storage storage() {
        return storage;
    }

    public DeploymentTick tick() {
        return tick;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        bots.close();
        if (ownsStorage) {
            storage.close();
        }
    }
}
