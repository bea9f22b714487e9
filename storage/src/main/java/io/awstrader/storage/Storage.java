package io.awstrader.storage;

import io.awstrader.storage.account.AccountRepository;
import io.awstrader.storage.account.SessionRepository;
import io.awstrader.storage.backtest.BacktestRepository;
import io.awstrader.storage.bot.BotRepository;
import io.awstrader.storage.bot.VersionRepository;
import io.awstrader.storage.candle.CandleCache;
import io.awstrader.storage.crypto.MasterKey;
import io.awstrader.storage.crypto.SecretBox;
import io.awstrader.storage.deployment.DeploymentRepository;
import io.awstrader.storage.exchange.ExchangeAccountRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The database and every repository over it, wired once for the server or a Lambda handler. */
public final class Storage implements AutoCloseable {
    private final Database database;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final BotRepository bots;
    private final VersionRepository versions;
    private final BacktestRepository backtests;
    private final ExchangeAccountRepository exchanges;
    private final DeploymentRepository deployments;
    private final CandleCache candles;

    public Storage(Database database, MasterKey masterKey, Clock clock) {
        this.database = database;
        this.accounts = new AccountRepository(database, clock);
        this.sessions = new SessionRepository(database, clock);
        this.bots = new BotRepository(database, clock);
        this.versions = new VersionRepository(database, clock);
        this.backtests = new BacktestRepository(database, clock);
        this.exchanges = new ExchangeAccountRepository(database, new SecretBox(masterKey), clock);
        this.deployments = new DeploymentRepository(database, versions, clock);
        this.candles = new CandleCache(database);
    }

    /**
     * Storage as the environment says: the database from {@link StorageSettings#fromEnvironment}, the master key
     * from {@link MasterKey#load} (both under {@code dataDir}).
     */
    public static Storage open(Path dataDir, Map<String, String> env) {
        MasterKey key = MasterKey.load(dataDir, env);
        return new Storage(Database.open(StorageSettings.fromEnvironment(dataDir, env)), key, Clock.systemUTC());
    }

    public Database database() {
        return database;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public BotRepository bots() {
        return bots;
    }

    public VersionRepository versions() {
        return versions;
    }

    public BacktestRepository backtests() {
        return backtests;
    }

    public ExchangeAccountRepository exchanges() {
        return exchanges;
    }

    public DeploymentRepository deployments() {
        return deployments;
    }

    public CandleCache candles() {
        return candles;
    }

    @Override
    public void close() {
        database.close();
    }
}
