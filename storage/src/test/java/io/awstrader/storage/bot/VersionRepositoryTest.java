package io.awstrader.storage.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.SharedDatabase;
import io.awstrader.storage.item.Ids;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionRepositoryTest extends SharedDatabase {
    private final BotRepository bots = storage.bots();
    private final VersionRepository versions = storage.versions();

    @Test
    void numbersAndCopiesCode() {
        String account = newAccount();
        String bot = bots.create(account, "bot").id();
        BotVersion v10 = versions.createMajor(account, bot);
        assertEquals(new VersionNumber(1, 0), v10.number(), "a bot's first version is 1.0");
        assertEquals("", v10.source());
        BotVersion saved = versions.update(account, bot, v10.number(), "ts 1.0", "js 1.0", "[]", v10.lockVersion());
        assertEquals("ts 1.0", saved.source());
        BotVersion v11 = versions.createMinor(account, bot, 1);
        assertEquals(new VersionNumber(1, 1), v11.number());
        assertEquals("ts 1.0", v11.source());
        assertEquals("js 1.0", v11.compiledJs());
        versions.update(account, bot, v11.number(), "ts 1.1", "js 1.1", "[{\"line\":3}]", v11.lockVersion());
        BotVersion v20 = versions.createMajor(account, bot);
        assertEquals(new VersionNumber(2, 0), v20.number());
        assertEquals("ts 1.1", v20.source(), "a new major copies the newest version");
        assertEquals(new VersionNumber(1, 2), versions.createMinor(account, bot, 1).number());
        assertEquals("[{\"line\":3}]", versions.get(account, bot, new VersionNumber(1, 2)).orElseThrow().diagnosticsJson());
        List<VersionNumber> numbers = versions.list(account, bot).stream().map(VersionSummary::number).toList();
        assertEquals(List.of(new VersionNumber(1, 0), new VersionNumber(1, 1), new VersionNumber(1, 2),
                new VersionNumber(2, 0)), numbers);
        assertThrows(NotFoundException.class, () -> versions.createMinor(account, bot, 7));
    }

    @Test
    void versionsSortNumerically() {
        String account = newAccount();
        String bot = bots.create(account, "bot").id();
        for (int i = 1; i <= 10; i++) {
            versions.createMajor(account, bot);
        }
        List<VersionSummary> listed = versions.list(account, bot);
        assertEquals(new VersionNumber(2, 0), listed.get(1).number());
        assertEquals(new VersionNumber(10, 0), listed.get(listed.size() - 1).number());
        assertEquals(new VersionNumber(11, 0), versions.createMajor(account, bot).number());
    }

    @Test
    void lockedVersionsRefuseEdits() {
        String account = newAccount();
        String bot = bots.create(account, "bot").id();
        BotVersion v = versions.createMajor(account, bot);
        BotVersion locked = versions.lock(account, bot, v.number());
        assertTrue(locked.locked());
        assertEquals(locked, versions.lock(account, bot, v.number()), "locking twice changes nothing");
        VersionLockedException e = assertThrows(VersionLockedException.class,
                () -> versions.update(account, bot, v.number(), "new", "new", "[]", locked.lockVersion()));
        assertTrue(e.getMessage().contains("locked"));
        assertEquals("", versions.get(account, bot, v.number()).orElseThrow().source());
        assertTrue(versions.list(account, bot).get(0).locked());
    }

    @Test
    void twoEditorsFromTheSameReadOneFails() {
        String account = newAccount();
        String bot = bots.create(account, "bot").id();
        BotVersion read = versions.createMajor(account, bot);
        versions.update(account, bot, read.number(), "A", "A", "[]", read.lockVersion());
        assertThrows(ConcurrentUpdateException.class,
                () -> versions.update(account, bot, read.number(), "B", "B", "[]", read.lockVersion()));
        assertEquals("A", versions.get(account, bot, read.number()).orElseThrow().source());
    }

    @Test
    void needsTheBotAndBoundsTheCodeSize() {
        String account = newAccount();
        assertThrows(NotFoundException.class, () -> versions.createMajor(account, Ids.newId()));
        String bot = bots.create(account, "bot").id();
        BotVersion v = versions.createMajor(account, bot);
        String huge = "x".repeat(VersionRepository.MAX_CODE_BYTES);
        assertThrows(IllegalArgumentException.class,
                () -> versions.update(account, bot, v.number(), huge, "y", "[]", v.lockVersion()));
        assertThrows(NotFoundException.class,
                () -> versions.update(account, bot, new VersionNumber(5, 5), "a", "b", "[]", 1));
        assertFalse(versions.get(account, bot, new VersionNumber(5, 5)).isPresent());
        assertThrows(IllegalArgumentException.class, () -> VersionNumber.parse("1"));
        assertThrows(IllegalArgumentException.class, () -> VersionNumber.parse("1.-2"));
    }
}
