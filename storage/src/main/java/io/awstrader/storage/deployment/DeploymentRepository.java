package io.awstrader.storage.deployment;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.Database;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.StorageException;
import io.awstrader.storage.TableDefinition;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.bot.VersionRepository;
import io.awstrader.storage.item.ChunkedItems;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.PayloadRef;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Update;
import io.awstrader.storage.item.Values;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Deployments under {@code <account>/DEPLOYMENT#<id>}. While active, the item carries {@code activeInterval}
 * (the run interval's code), which puts it in the sparse index the scheduler queries. A tick's save is one
 * conditional write on the lock version and on the tick key (the close time of the candle it acted on), so two
 * ticks of one deployment can never both save, and no candle is acted on twice. The version a deployment runs is
 * locked when the deployment is created or moved to it.
 */
public final class DeploymentRepository {
    private static final String NAME = "name";
    private static final String BOT = "botId";
    private static final String VERSION = "version";
    private static final String EXCHANGE = "exchangeAccountId";
    private static final String INTERVAL = "runInterval";
    private static final String PAIRS = "pairs";
    private static final String ACTIVE = "active";
    private static final String SETTINGS = "settings";
    private static final String CARRY = "carry";
    private static final String ANCHORS = "anchors";
    private static final String TICK_KEY = "lastTickKey";
    private static final String TICKS = "ticks";
    private static final String SKIPPED = "skippedCandles";
    private static final String DUPLICATES = "duplicateTicks";
    private static final String ERRORS_IN_A_ROW = "consecutiveErrors";
    private static final String PAUSED_REASON = "pausedReason";
    private static final String CREATED_AT = "createdAt";
    private static final String LAST_RUN_AT = "lastRunAt";
    private static final String PLACING = "placing";
    private static final String EXCHANGE_ERRORS = "exchangeErrors";
    private static final String LAST_EXCHANGE_ERROR = "lastExchangeError";
    /** The carry and anchors live in the item read by every tick; the rest is chunked. */
    private static final int MAX_TICK_BYTES = 300 * 1024;

    private final SingleTable table;
    private final ChunkedItems chunks;
    private final VersionRepository versions;
    private final Clock clock;

    public DeploymentRepository(Database database, VersionRepository versions, Clock clock) {
        this.table = database.table();
        this.chunks = new ChunkedItems(table);
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Creates a deployment that has not ticked yet, and locks the version it runs.
     *
     * @throws NotFoundException when the bot has no such version
     */
    public Deployment create(String accountId, NewDeployment spec) {
        Ids.check(accountId, "account id");
        Ids.check(spec.botId(), "bot id");
        Ids.check(spec.exchangeAccountId(), "exchange account id");
        versions.lock(accountId, spec.botId(), spec.version());
        String id = Ids.newId();
        Map<String, AttributeValue> item = SingleTable.item(accountId, Keys.deployment(id));
        item.put(NAME, Values.s(spec.name().trim()));
        item.put(BOT, Values.s(spec.botId()));
        item.put(VERSION, Values.s(spec.version().toString()));
        item.put(EXCHANGE, Values.s(spec.exchangeAccountId()));
        item.put(INTERVAL, Values.s(spec.runInterval().code()));
        item.put(PAIRS, AttributeValue.fromL(spec.pairs().stream().map(p -> Values.s(p.toString())).toList()));
        item.put(ACTIVE, Values.bool(spec.active()));
        if (spec.active()) {
            item.put(TableDefinition.ACTIVE_INTERVAL, Values.s(spec.runInterval().code()));
        }
        item.put(SETTINGS, Values.s(spec.settingsJson()));
        item.put(CREATED_AT, Values.time(Instant.ofEpochMilli(clock.millis())));
        item.put(SingleTable.LOCK_VERSION, Values.n(1));
        table.putNew(item);
        return deployment(item);
    }

    public Optional<Deployment> get(String accountId, String deploymentId) {
        checkIds(accountId, deploymentId);
        return table.get(accountId, Keys.deployment(deploymentId)).map(DeploymentRepository::deployment);
    }

    /** The deployment, or {@link NotFoundException}. */
    public Deployment require(String accountId, String deploymentId) {
        return get(accountId, deploymentId)
                .orElseThrow(() -> new NotFoundException("deployment " + deploymentId + " not found"));
    }

    public List<Deployment> list(String accountId) {
        Ids.check(accountId, "account id");
        List<Deployment> deployments = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.query(accountId, Keys.DEPLOYMENT_PREFIX)) {
            deployments.add(deployment(item));
        }
        deployments.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return deployments;
    }

    /**
     * Starts or stops the deployment's schedule. Starting again clears a pause: the error count starts over and the
     * pause reason goes.
     */
    public Deployment setActive(String accountId, String deploymentId, boolean active, long expectedLockVersion) {
        checkIds(accountId, deploymentId);
        Deployment current = require(accountId, deploymentId);
        Update update = Update.of(accountId, Keys.deployment(deploymentId), "deployment " + deploymentId)
                .set(ACTIVE, Values.bool(active)).expectLockVersion(expectedLockVersion);
        if (active) {
            update.set(TableDefinition.ACTIVE_INTERVAL, Values.s(current.runInterval().code()))
                    .set(ERRORS_IN_A_ROW, Values.n(0)).remove(PAUSED_REASON);
        } else {
            update.remove(TableDefinition.ACTIVE_INTERVAL);
        }
        return deployment(table.update(update));
    }

    /**
     * Moves the deployment to another version of its bot (locking it). {@code carryJson} replaces the carry (a fresh
     * state); null keeps it.
     */
    public Deployment moveToVersion(String accountId, String deploymentId, VersionNumber version, String carryJson,
            long expectedLockVersion) {
        Deployment current = require(accountId, deploymentId);
        versions.lock(accountId, current.botId(), version);
        Update update = Update.of(accountId, Keys.deployment(deploymentId), "deployment " + deploymentId)
                .set(VERSION, Values.s(version.toString())).expectLockVersion(expectedLockVersion);
        if (carryJson != null) {
            update.set(CARRY, Values.s(carryJson));
        }
        return deployment(table.update(update));
    }

    /** The active deployments of a run interval, through the sparse index (eventually consistent). */
    public List<DeploymentRef> active(RunInterval interval) {
        List<DeploymentRef> refs = new ArrayList<>();
        for (Map<String, AttributeValue> key : table.queryIndex(TableDefinition.ACTIVE_INDEX,
                TableDefinition.ACTIVE_INTERVAL, interval.code())) {
            refs.add(new DeploymentRef(Values.string(key, SingleTable.PK),
                    Keys.lastSegment(Values.string(key, SingleTable.SK))));
        }
        return refs;
    }

    /**
     * Saves one tick, all or nothing: only while the lock version is still {@code expectedLockVersion} and no tick of
     * this candle or a newer one was applied. New details are written as a new generation of parts first; the old
     * generation is removed once the item points at the new one, and the new one is removed if the write lost.
     *
     * @throws TickAlreadyAppliedException when a tick of this candle or a newer one was saved first
     * @throws io.awstrader.storage.ConcurrentUpdateException when the deployment changed otherwise since it was read
     */
    public Deployment saveTick(String accountId, String deploymentId, long expectedLockVersion, TickUpdate tick) {
        checkIds(accountId, deploymentId);
        PayloadRef old = PayloadRef.from(table.get(accountId, Keys.deployment(deploymentId))
                .orElseThrow(() -> new NotFoundException("deployment " + deploymentId + " not found")));
        return saveTick(accountId, deploymentId, expectedLockVersion, old, tick);
    }

    /**
     * As {@link #saveTick(String, String, long, TickUpdate)} for the deployment as the tick read it: if the write
     * succeeds, nothing changed since that read, so the details it points at are the ones replaced.
     */
    public Deployment saveTick(Deployment read, TickUpdate tick) {
        return saveTick(read.accountId(), read.id(), read.lockVersion(), read.detailsRef(), tick);
    }

    private Deployment saveTick(String accountId, String deploymentId, long expectedLockVersion, PayloadRef old,
            TickUpdate tick) {
        int bytes = tick.carryJson().getBytes(StandardCharsets.UTF_8).length
                + tick.anchorsJson().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TICK_BYTES) {
            throw new IllegalArgumentException("deployment state is " + bytes / 1024 + " KB; the limit is "
                    + MAX_TICK_BYTES / 1024 + " KB");
        }
        String resourceId = Keys.deployment(deploymentId);
        Update update = Update.of(accountId, resourceId, "deployment " + deploymentId)
                .set(CARRY, Values.s(tick.carryJson()))
                .set(ANCHORS, Values.s(tick.anchorsJson()))
                .set(TICK_KEY, Values.n(tick.tickKey()))
                .set(LAST_RUN_AT, Values.time(tick.ranAt()))
                .set(TICKS, Values.n(tick.counts().ticks()))
                .set(SKIPPED, Values.n(tick.counts().skipped()))
                .set(ERRORS_IN_A_ROW, Values.n(tick.consecutiveErrors()))
                .remove(PLACING)
                .expectLockVersion(expectedLockVersion)
                .when("attribute_not_exists(#" + TICK_KEY + ") OR #" + TICK_KEY + " < :c0",
                        Map.of(":c0", Values.n(tick.tickKey())),
                        current -> new TickAlreadyAppliedException(deploymentId, tick.tickKey(),
                                Values.numberOr(current, TICK_KEY, 0)));
        if (tick.pausedReason() != null) {
            update.set(ACTIVE, Values.bool(false)).set(PAUSED_REASON, Values.s(tick.pausedReason()))
                    .remove(TableDefinition.ACTIVE_INTERVAL);
        }
        PayloadRef fresh = chunks.write(accountId, resourceId, tick.detailsJson().getBytes(StandardCharsets.UTF_8));
        fresh.attributes().forEach(update::set);
        Map<String, AttributeValue> written;
        try {
            written = table.update(update);
        } catch (RuntimeException e) {
            chunks.delete(accountId, resourceId, fresh);
            throw e;
        }
        if (old != null) {
            chunks.delete(accountId, resourceId, old);
        }
        return deployment(written);
    }

    /**
     * The write-ahead of a tick on a real exchange, before it places anything: the orders it is about to place
     * ({@code placingJson}), on the deployment as {@code read} saw it and only if no tick of {@code tickKey} or a
     * newer candle was saved. Moves the lock version on, so the tick saves on the deployment this returns and a
     * concurrent tick that read the same version can neither write ahead nor save. {@link #saveTick} clears it.
     *
     * @throws TickAlreadyAppliedException when a tick of this candle or a newer one was saved first
     * @throws io.awstrader.storage.ConcurrentUpdateException when the deployment changed otherwise since the read
     */
    public Deployment writeAhead(Deployment read, long tickKey, String placingJson) {
        checkIds(read.accountId(), read.id());
        if (placingJson == null || placingJson.getBytes(StandardCharsets.UTF_8).length > MAX_TICK_BYTES) {
            throw new IllegalArgumentException("a write-ahead names the orders to place, in at most "
                    + MAX_TICK_BYTES / 1024 + " KB");
        }
        Update update = Update.of(read.accountId(), Keys.deployment(read.id()), "deployment " + read.id())
                .set(PLACING, Values.s(placingJson))
                .expectLockVersion(read.lockVersion())
                .when("attribute_not_exists(#" + TICK_KEY + ") OR #" + TICK_KEY + " < :c0",
                        Map.of(":c0", Values.n(tickKey)),
                        current -> new TickAlreadyAppliedException(read.id(), tickKey,
                                Values.numberOr(current, TICK_KEY, 0)));
        return deployment(table.update(update));
    }

    /**
     * Records that a tick could not reach the exchange ({@code message} must hold no secret): counted and kept as the
     * latest exchange error, without moving the lock version (nothing else of the deployment changes).
     */
    public void recordExchangeError(String accountId, String deploymentId, String message, Instant at) {
        checkIds(accountId, deploymentId);
        table.note(accountId, Keys.deployment(deploymentId), EXCHANGE_ERRORS,
                Map.of(LAST_EXCHANGE_ERROR, Values.s(at + " " + message)), "deployment " + deploymentId);
    }

    /** Counts a tick that came for a candle already applied: it did nothing, and the deployment shows it. */
    public void recordDuplicate(String accountId, String deploymentId) {
        checkIds(accountId, deploymentId);
        table.increment(accountId, Keys.deployment(deploymentId), DUPLICATES, "deployment " + deploymentId);
    }

    /**
     * The details of the deployment as {@code read} saw them, or {@code null} before the first tick.
     *
     * @throws io.awstrader.storage.ConcurrentUpdateException when a newer tick replaced them since that read
     */
    public String details(Deployment read) {
        if (read.detailsRef() == null) {
            return null;
        }
        try {
            return new String(chunks.read(read.accountId(), Keys.deployment(read.id()), read.detailsRef()),
                    StandardCharsets.UTF_8);
        } catch (StorageException replaced) {
            throw SingleTable.conflict("deployment " + read.id());
        }
    }

    /** The details JSON last saved by a tick, or {@code null} if none was saved yet. */
    public String details(String accountId, String deploymentId) {
        checkIds(accountId, deploymentId);
        String resourceId = Keys.deployment(deploymentId);
        for (int attempt = 0; ; attempt++) {
            Map<String, AttributeValue> item = table.get(accountId, resourceId)
                    .orElseThrow(() -> new NotFoundException("deployment " + deploymentId + " not found"));
            PayloadRef ref = PayloadRef.from(item);
            try {
                return ref == null ? null : new String(chunks.read(accountId, resourceId, ref), StandardCharsets.UTF_8);
            } catch (StorageException replacedMeanwhile) {
                // a tick swapped in a new generation while we read the old one: follow the item again
                if (attempt >= 2) {
                    throw replacedMeanwhile;
                }
            }
        }
    }

    public void delete(String accountId, String deploymentId) {
        checkIds(accountId, deploymentId);
        String resourceId = Keys.deployment(deploymentId);
        table.delete(accountId, resourceId, "deployment " + deploymentId);
        chunks.deleteAll(accountId, resourceId);
    }

    private static Deployment deployment(Map<String, AttributeValue> item) {
        List<Pair> pairs = item.get(PAIRS).l().stream().map(v -> Pair.parse(v.s())).toList();
        Deployment.TickCounts counts = new Deployment.TickCounts(Values.numberOr(item, TICKS, 0),
                Values.numberOr(item, SKIPPED, 0), Values.numberOr(item, DUPLICATES, 0));
        return new Deployment(Values.string(item, SingleTable.PK), Keys.lastSegment(Values.string(item, SingleTable.SK)),
                Values.string(item, NAME), Values.string(item, BOT), VersionNumber.parse(Values.string(item, VERSION)),
                Values.string(item, EXCHANGE), RunInterval.parse(Values.string(item, INTERVAL)), pairs,
                Values.bool(item, ACTIVE), Values.string(item, SETTINGS), Values.stringOrNull(item, CARRY),
                Values.stringOrNull(item, ANCHORS), Values.numberOr(item, TICK_KEY, 0), counts,
                (int) Values.numberOr(item, ERRORS_IN_A_ROW, 0), Values.stringOrNull(item, PAUSED_REASON),
                Values.stringOrNull(item, PLACING), Values.numberOr(item, EXCHANGE_ERRORS, 0),
                Values.stringOrNull(item, LAST_EXCHANGE_ERROR), Values.time(item, CREATED_AT), Values.timeOrNull(item, LAST_RUN_AT),
                Values.number(item, SingleTable.LOCK_VERSION), PayloadRef.from(item));
    }

    private static void checkIds(String accountId, String deploymentId) {
        Ids.check(accountId, "account id");
        Ids.check(deploymentId, "deployment id");
    }
}
