package io.awstrader.storage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.SharedDatabase;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.bot.VersionLockedException;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentRepositoryTest extends SharedDatabase {
    private static final Deployment.TickCounts ONE = new Deployment.TickCounts(1, 0, 0);
    private final DeploymentRepository deployments = storage.deployments();

    /** A bot with a version 1.0, whose id the deployment runs. */
    private static BotVersion version(String account) {
        String botId = storage.bots().create(account, "bot").id();
        return storage.versions().createMajor(account, botId);
    }

    private static NewDeployment spec(String account, RunInterval interval, boolean active) {
        BotVersion version = version(account);
        return new NewDeployment("live", version.botId(), version.number(), Ids.newId(), interval,
                List.of(Pair.parse("BTC/USD"), Pair.parse("ETH/USD")), active, "{\"fees\":0.002}");
    }

    private static TickUpdate tick(String carry, long key, String details) {
        return new TickUpdate(carry, "{}", key, Instant.ofEpochMilli(key), ONE, 0, null, details);
    }

    @Test
    void createGetListAndTheVersionIsLocked() {
        String account = newAccount();
        NewDeployment spec = spec(account, RunInterval.H1, false);
        Deployment created = deployments.create(account, spec);
        assertEquals(List.of(Pair.parse("BTC/USD"), Pair.parse("ETH/USD")), created.pairs());
        assertEquals("{\"fees\":0.002}", created.settingsJson());
        assertNull(created.carryJson(), "no tick yet");
        assertEquals(0, created.lastTickKey());
        assertNull(created.lastRunAt());
        assertEquals(created, deployments.get(account, created.id()).orElseThrow());
        assertEquals(List.of(created), deployments.list(account));
        assertNull(deployments.details(account, created.id()));
        assertTrue(storage.versions().get(account, spec.botId(), spec.version()).orElseThrow().locked());
        BotVersion locked = storage.versions().get(account, spec.botId(), spec.version()).orElseThrow();
        assertThrows(VersionLockedException.class, () -> storage.versions().update(account, spec.botId(),
                spec.version(), "changed", "changed", "[]", locked.lockVersion()));
    }

    @Test
    void aDeploymentOfAVersionThatDoesNotExistIsRefused() {
        String account = newAccount();
        String botId = storage.bots().create(account, "bot").id();
        assertThrows(NotFoundException.class, () -> deployments.create(account, new NewDeployment("live", botId,
                new VersionNumber(3, 0), Ids.newId(), RunInterval.H1, List.of(Pair.parse("BTC/USD")), true)));
        assertTrue(deployments.list(account).isEmpty());
    }

    @Test
    void activeDeploymentsAreFoundByIntervalThroughTheSparseIndex() {
        String account = newAccount();
        Deployment active = deployments.create(account, spec(account, RunInterval.M15, true));
        Deployment inactive = deployments.create(account, spec(account, RunInterval.M15, false));
        Deployment daily = deployments.create(account, spec(account, RunInterval.D1, true));
        List<DeploymentRef> m15 = deployments.active(RunInterval.M15);
        assertTrue(m15.contains(new DeploymentRef(account, active.id())));
        assertFalse(m15.contains(new DeploymentRef(account, inactive.id())));
        assertFalse(m15.contains(new DeploymentRef(account, daily.id())));
        assertTrue(deployments.active(RunInterval.D1).contains(new DeploymentRef(account, daily.id())));

        Deployment stopped = deployments.setActive(account, active.id(), false, active.lockVersion());
        assertFalse(stopped.active());
        assertFalse(deployments.active(RunInterval.M15).contains(new DeploymentRef(account, active.id())));
        deployments.setActive(account, inactive.id(), true, inactive.lockVersion());
        assertTrue(deployments.active(RunInterval.M15).contains(new DeploymentRef(account, inactive.id())));
    }

    @Test
    void twoTicksFromTheSameReadCannotBothSave() {
        String account = newAccount();
        Deployment read = deployments.create(account, spec(account, RunInterval.H1, true));
        Deployment saved = deployments.saveTick(account, read.id(), read.lockVersion(),
                tick("{\"n\":1}", 3_600_000, "{\"logs\":[\"first\"]}"));
        assertThrows(ConcurrentUpdateException.class, () -> deployments.saveTick(account, read.id(),
                read.lockVersion(), tick("{\"n\":2}", 7_200_000, "{\"logs\":[\"second\"]}")));
        Deployment now = deployments.require(account, read.id());
        assertEquals("{\"n\":1}", now.carryJson());
        assertEquals(3_600_000, now.lastTickKey());
        assertEquals(ONE, now.counts());
        assertEquals("{\"logs\":[\"first\"]}", deployments.details(account, read.id()));
        assertEquals(Instant.ofEpochMilli(3_600_000), saved.lastRunAt());
        // the losing tick's parts were cleaned up: one generation of parts remains
        assertEquals(1, database.table().query(account, Keys.partPrefix(Keys.deployment(read.id()))).size());
    }

    @Test
    void aCandleIsAppliedOnceEvenWithTheCurrentLockVersion() {
        String account = newAccount();
        Deployment d = deployments.create(account, spec(account, RunInterval.H1, true));
        Deployment first = deployments.saveTick(account, d.id(), d.lockVersion(), tick("{}", 7_200_000, "{}"));
        TickAlreadyAppliedException again = assertThrows(TickAlreadyAppliedException.class,
                () -> deployments.saveTick(account, d.id(), first.lockVersion(), tick("{}", 7_200_000, "{}")));
        assertEquals(7_200_000, again.appliedKey());
        assertThrows(TickAlreadyAppliedException.class,
                () -> deployments.saveTick(account, d.id(), first.lockVersion(), tick("{}", 3_600_000, "{}")));
        deployments.recordDuplicate(account, d.id());
        Deployment after = deployments.require(account, d.id());
        assertEquals(1, after.counts().duplicates());
        assertEquals(first.lockVersion(), after.lockVersion(), "a duplicate's record does not race with real ticks");
        assertEquals(1, database.table().query(account, Keys.partPrefix(Keys.deployment(d.id()))).size());
    }

    @Test
    void aWriteAheadIsOneTicksAloneAndTheSaveClearsIt() {
        String account = newAccount();
        Deployment read = deployments.create(account, spec(account, RunInterval.H1, true));
        Deployment ahead = deployments.writeAhead(read, 3_600_000, "{\"orders\":[\"o1\"]}");
        assertEquals("{\"orders\":[\"o1\"]}", ahead.placingJson());
        assertEquals(read.lockVersion() + 1, ahead.lockVersion());
        // a second tick that read the same deployment can neither write ahead nor save
        assertThrows(ConcurrentUpdateException.class, () -> deployments.writeAhead(read, 3_600_000, "{}"));
        assertThrows(ConcurrentUpdateException.class, () -> deployments.saveTick(read, tick("{}", 3_600_000, "{}")));
        Deployment saved = deployments.saveTick(ahead, tick("{\"n\":1}", 3_600_000, "{}"));
        assertNull(saved.placingJson());
        assertEquals(3_600_000, saved.lastTickKey());
        // a candle already applied cannot be written ahead again
        assertThrows(TickAlreadyAppliedException.class, () -> deployments.writeAhead(saved, 3_600_000, "{}"));
    }

    @Test
    void anExchangeErrorIsCountedWithoutMovingTheLockVersion() {
        String account = newAccount();
        Deployment d = deployments.create(account, spec(account, RunInterval.H1, true));
        deployments.recordExchangeError(account, d.id(), "kraken auth: EAPI:Invalid key", Instant.ofEpochMilli(60_000));
        deployments.recordExchangeError(account, d.id(), "kraken unavailable: 503", Instant.ofEpochMilli(120_000));
        Deployment after = deployments.require(account, d.id());
        assertEquals(2, after.exchangeErrors());
        assertEquals("1970-01-01T00:02:00Z kraken unavailable: 503", after.lastExchangeError());
        assertEquals(d.lockVersion(), after.lockVersion());
        assertEquals(0, after.consecutiveErrors(), "not a bot error");
    }

    @Test
    void aTickThatPausesLeavesTheIndexAndResumingClearsThePause() {
        String account = newAccount();
        Deployment d = deployments.create(account, spec(account, RunInterval.H4, true));
        Deployment paused = deployments.saveTick(account, d.id(), d.lockVersion(), new TickUpdate("{}", "{}",
                14_400_000, Instant.EPOCH, ONE, 5, "paused after 5 bot errors in a row", "{}"));
        assertFalse(paused.active());
        assertEquals(5, paused.consecutiveErrors());
        assertEquals("paused after 5 bot errors in a row", paused.pausedReason());
        assertFalse(deployments.active(RunInterval.H4).contains(new DeploymentRef(account, d.id())));
        Deployment resumed = deployments.setActive(account, d.id(), true, paused.lockVersion());
        assertTrue(resumed.active());
        assertNull(resumed.pausedReason());
        assertEquals(0, resumed.consecutiveErrors());
        assertTrue(deployments.active(RunInterval.H4).contains(new DeploymentRef(account, d.id())));
    }

    @Test
    void movingToAnotherVersionLocksItAndCanReplaceTheCarry() {
        String account = newAccount();
        NewDeployment spec = spec(account, RunInterval.H1, true);
        Deployment d = deployments.create(account, spec);
        d = deployments.saveTick(account, d.id(), d.lockVersion(), tick("{\"old\":1}", 3_600_000, "{}"));
        BotVersion two = storage.versions().createMajor(account, spec.botId());
        assertFalse(two.locked());
        Deployment kept = deployments.moveToVersion(account, d.id(), two.number(), null, d.lockVersion());
        assertEquals(two.number(), kept.version());
        assertEquals("{\"old\":1}", kept.carryJson());
        assertTrue(storage.versions().get(account, spec.botId(), two.number()).orElseThrow().locked());
        Deployment fresh = deployments.moveToVersion(account, d.id(), spec.version(), "{\"new\":1}",
                kept.lockVersion());
        assertEquals("{\"new\":1}", fresh.carryJson());
        long stale = d.lockVersion();
        String id = d.id();
        assertThrows(ConcurrentUpdateException.class,
                () -> deployments.moveToVersion(account, id, two.number(), null, stale));
    }

    @Test
    void largeDetailsReplaceTheOldGeneration() {
        String account = newAccount();
        Deployment d = deployments.create(account, spec(account, RunInterval.H1, true));
        StringBuilder logs = new StringBuilder("[");
        java.util.Random random = new java.util.Random(1);
        while (logs.length() < 2_000_000) {
            logs.append('"').append(Long.toHexString(random.nextLong())).append("\",");
        }
        String big = logs.append("\"end\"]").toString();
        Deployment first = deployments.saveTick(account, d.id(), d.lockVersion(), tick("{}", 1000, big));
        int partsAfterFirst = database.table().query(account, Keys.partPrefix(Keys.deployment(d.id()))).size();
        assertTrue(partsAfterFirst > 1, "parts: " + partsAfterFirst);
        assertEquals(big, deployments.details(account, d.id()));
        deployments.saveTick(account, d.id(), first.lockVersion(), tick("{}", 2000, "[\"short\"]"));
        assertEquals("[\"short\"]", deployments.details(account, d.id()));
        assertEquals(1, database.table().query(account, Keys.partPrefix(Keys.deployment(d.id()))).size());
        deployments.delete(account, d.id());
        assertTrue(database.table().query(account, Keys.PART).isEmpty());
        assertThrows(NotFoundException.class, () -> deployments.details(account, d.id()));
    }
}
