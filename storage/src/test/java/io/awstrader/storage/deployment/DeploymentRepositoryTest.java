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
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentRepositoryTest extends SharedDatabase {
    private final DeploymentRepository deployments = storage.deployments();

    private static NewDeployment spec(RunInterval interval, boolean active) {
        return new NewDeployment("live", Ids.newId(), new VersionNumber(1, 0), Ids.newId(), interval,
                List.of(Pair.parse("BTC/USD"), Pair.parse("ETH/USD")), active);
    }

    @Test
    void createGetList() {
        String account = newAccount();
        Deployment created = deployments.create(account, spec(RunInterval.H1, false));
        assertEquals(List.of(Pair.parse("BTC/USD"), Pair.parse("ETH/USD")), created.pairs());
        assertEquals("{}", created.stateJson());
        assertNull(created.lastRunAt());
        assertEquals(created, deployments.get(account, created.id()).orElseThrow());
        assertEquals(List.of(created), deployments.list(account));
        assertNull(deployments.details(account, created.id()));
    }

    @Test
    void activeDeploymentsAreFoundByIntervalThroughTheSparseIndex() {
        String account = newAccount();
        Deployment active = deployments.create(account, spec(RunInterval.M15, true));
        Deployment inactive = deployments.create(account, spec(RunInterval.M15, false));
        Deployment daily = deployments.create(account, spec(RunInterval.D1, true));
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
        Deployment read = deployments.create(account, spec(RunInterval.H1, true));
        Instant now = Instant.parse("2026-01-01T01:00:00Z");
        Deployment saved = deployments.saveTick(account, read.id(), read.lockVersion(),
                new TickUpdate("{\"n\":1}", "[1]", now, "{\"logs\":[\"first\"]}"));
        assertThrows(ConcurrentUpdateException.class, () -> deployments.saveTick(account, read.id(), read.lockVersion(),
                new TickUpdate("{\"n\":2}", "[2]", now, "{\"logs\":[\"second\"]}")));
        assertEquals("{\"n\":1}", deployments.get(account, read.id()).orElseThrow().stateJson());
        assertEquals("{\"logs\":[\"first\"]}", deployments.details(account, read.id()));
        assertEquals(now, saved.lastRunAt());
        // the losing tick's parts were cleaned up: one generation of parts remains
        assertEquals(1, database.table().query(account, Keys.partPrefix(Keys.deployment(read.id()))).size());
    }

    @Test
    void largeDetailsReplaceTheOldGeneration() {
        String account = newAccount();
        Deployment d = deployments.create(account, spec(RunInterval.H1, true));
        StringBuilder logs = new StringBuilder("[");
        java.util.Random random = new java.util.Random(1);
        while (logs.length() < 2_000_000) {
            logs.append('"').append(Long.toHexString(random.nextLong())).append("\",");
        }
        String big = logs.append("\"end\"]").toString();
        Deployment first = deployments.saveTick(account, d.id(), d.lockVersion(),
                new TickUpdate("{}", "[]", Instant.EPOCH, big));
        int partsAfterFirst = database.table().query(account, Keys.partPrefix(Keys.deployment(d.id()))).size();
        assertTrue(partsAfterFirst > 1, "parts: " + partsAfterFirst);
        Deployment second = deployments.saveTick(account, d.id(), first.lockVersion(),
                new TickUpdate("{}", "[]", Instant.EPOCH, "[\"short\"]"));
        assertEquals("[\"short\"]", deployments.details(account, d.id()));
        assertEquals(1, database.table().query(account, Keys.partPrefix(Keys.deployment(d.id()))).size());
        deployments.saveTick(account, d.id(), second.lockVersion(), new TickUpdate("{\"x\":1}", "[]", Instant.EPOCH, null));
        assertEquals("[\"short\"]", deployments.details(account, d.id()), "no details given keeps the old ones");
        deployments.delete(account, d.id());
        assertTrue(database.table().query(account, Keys.PART).isEmpty());
        assertThrows(NotFoundException.class, () -> deployments.details(account, d.id()));
    }
}
