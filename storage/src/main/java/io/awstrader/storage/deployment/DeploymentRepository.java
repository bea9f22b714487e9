package io.awstrader.storage.deployment;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.Database;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.StorageException;
import io.awstrader.storage.TableDefinition;
import io.awstrader.storage.bot.VersionNumber;
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
 * conditional write on the lock version, so two ticks of one deployment can never both save.
 */
public final class DeploymentRepository {
    private static final String NAME = "name";
    private static final String BOT = "botId";
    private static final String VERSION = "version";
    private static final String EXCHANGE = "exchangeAccountId";
    private static final String INTERVAL = "runInterval";
    private static final String PAIRS = "pairs";
    private static final String ACTIVE = "active";
    private static final String STATE = "state";
    private static final String ORDERS = "orders";
    private static final String CREATED_AT = "createdAt";
    private static final String LAST_RUN_AT = "lastRunAt";
    /** State and orders live in the item read by every tick; details are chunked. */
    private static final int MAX_TICK_BYTES = 300 * 1024;

    private final SingleTable table;
    private final ChunkedItems chunks;
    private final Clock clock;

    public DeploymentRepository(Database database, Clock clock) {
        this.table = database.table();
        this.chunks = new ChunkedItems(table);
        this.clock = clock;
    }

    /** Creates a deployment with empty state ({@code {}}) and no orders ({@code []}). */
    public Deployment create(String accountId, NewDeployment spec) {
        Ids.check(accountId, "account id");
        Ids.check(spec.botId(), "bot id");
        Ids.check(spec.exchangeAccountId(), "exchange account id");
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
        item.put(STATE, Values.s("{}"));
        item.put(ORDERS, Values.s("[]"));
        item.put(CREATED_AT, Values.time(Instant.ofEpochMilli(clock.millis())));
        item.put(SingleTable.LOCK_VERSION, Values.n(1));
        table.putNew(item);
        return deployment(item);
    }

    public Optional<Deployment> get(String accountId, String deploymentId) {
        checkIds(accountId, deploymentId);
        return table.get(accountId, Keys.deployment(deploymentId)).map(DeploymentRepository::deployment);
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

    /** Starts or stops the deployment's schedule. */
    public Deployment setActive(String accountId, String deploymentId, boolean active, long expectedLockVersion) {
        checkIds(accountId, deploymentId);
        Deployment current = get(accountId, deploymentId)
                .orElseThrow(() -> new NotFoundException("deployment " + deploymentId + " not found"));
        Update update = Update.of(accountId, Keys.deployment(deploymentId), "deployment " + deploymentId)
                .set(ACTIVE, Values.bool(active)).expectLockVersion(expectedLockVersion);
        if (active) {
            update.set(TableDefinition.ACTIVE_INTERVAL, Values.s(current.runInterval().code()));
        } else {
            update.remove(TableDefinition.ACTIVE_INTERVAL);
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
     * Saves one tick: state, orders, run time and (if given) new details, all or nothing on the lock version.
     * New details are written as a new generation of parts first; the old generation is removed once the item
     * points at the new one, and the new one is removed if the write lost.
     */
    public Deployment saveTick(String accountId, String deploymentId, long expectedLockVersion, TickUpdate tick) {
        checkIds(accountId, deploymentId);
        int bytes = tick.stateJson().getBytes(StandardCharsets.UTF_8).length
                + tick.ordersJson().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TICK_BYTES) {
            throw new IllegalArgumentException("deployment state and orders are " + bytes / 1024 + " KB; the limit is "
                    + MAX_TICK_BYTES / 1024 + " KB");
        }
        String resourceId = Keys.deployment(deploymentId);
        Update update = Update.of(accountId, resourceId, "deployment " + deploymentId)
                .set(STATE, Values.s(tick.stateJson()))
                .set(ORDERS, Values.s(tick.ordersJson()))
                .set(LAST_RUN_AT, Values.time(tick.ranAt()))
                .expectLockVersion(expectedLockVersion);
        PayloadRef fresh = null;
        PayloadRef old = null;
        if (tick.detailsJson() != null) {
            old = table.get(accountId, resourceId).map(PayloadRef::from).orElse(null);
            fresh = chunks.write(accountId, resourceId, tick.detailsJson().getBytes(StandardCharsets.UTF_8));
            fresh.attributes().forEach(update::set);
        }
        Map<String, AttributeValue> written;
        try {
            written = table.update(update);
        } catch (RuntimeException e) {
            chunks.delete(accountId, resourceId, fresh);
            throw e;
        }
        if (old != null && !old.generation().equals(fresh.generation())) {
            chunks.delete(accountId, resourceId, old);
        }
        return deployment(written);
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
        return new Deployment(Values.string(item, SingleTable.PK), Keys.lastSegment(Values.string(item, SingleTable.SK)),
                Values.string(item, NAME), Values.string(item, BOT), VersionNumber.parse(Values.string(item, VERSION)),
                Values.string(item, EXCHANGE), RunInterval.parse(Values.string(item, INTERVAL)), pairs,
                Values.bool(item, ACTIVE), Values.string(item, STATE), Values.string(item, ORDERS),
                Values.time(item, CREATED_AT), Values.timeOrNull(item, LAST_RUN_AT),
                Values.number(item, SingleTable.LOCK_VERSION));
    }

    private static void checkIds(String accountId, String deploymentId) {
        Ids.check(accountId, "account id");
        Ids.check(deploymentId, "deployment id");
    }
}
