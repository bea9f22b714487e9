package io.awstrader.storage.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.SharedDatabase;
import io.awstrader.storage.item.Ids;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotRepositoryTest extends SharedDatabase {
    private final BotRepository bots = storage.bots();
    private final VersionRepository versions = storage.versions();

    @Test
    void createListGetRename() {
        String account = newAccount();
        Bot first = bots.create(account, "  Golden cross ");
        clock.advance(Duration.ofSeconds(1));
        Bot second = bots.create(account, "RSI");
        versions.createMajor(account, first.id()); // versions must not show up as bots
        assertEquals("Golden cross", first.name());
        assertEquals(List.of(first, second), bots.list(account));
        assertEquals(second, bots.get(account, second.id()).orElseThrow());
        Bot renamed = bots.rename(account, first.id(), "Death cross", first.lockVersion());
        assertEquals("Death cross", renamed.name());
        assertEquals(first.lockVersion() + 1, renamed.lockVersion());
        assertEquals(renamed, bots.get(account, first.id()).orElseThrow());
        assertTrue(bots.list(newAccount()).isEmpty());
    }

    @Test
    void twoWritersRenamingFromTheSameReadOneFails() {
        String account = newAccount();
        Bot read = bots.create(account, "bot");
        bots.rename(account, read.id(), "writer A", read.lockVersion());
        ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
                () -> bots.rename(account, read.id(), "writer B", read.lockVersion()));
        assertTrue(e.getMessage().contains(read.id()));
        assertEquals("writer A", bots.get(account, read.id()).orElseThrow().name());
    }

    @Test
    void deleteRemovesVersionsAndBacktests() {
        String account = newAccount();
        Bot bot = bots.create(account, "bot");
        Bot other = bots.create(account, "other");
        BotVersion version = versions.createMajor(account, bot.id());
        versions.createMajor(account, other.id());
        storage.backtests().save(account, bot.id(), version.number(), "{}", "{}", "x".repeat(1000));
        bots.delete(account, bot.id());
        assertFalse(bots.get(account, bot.id()).isPresent());
        assertTrue(versions.list(account, bot.id()).isEmpty());
        assertTrue(storage.backtests().list(account, bot.id()).isEmpty());
        assertTrue(database.table().query(account, "PART#").isEmpty());
        assertEquals(1, versions.list(account, other.id()).size(), "the other bot keeps its version");
        assertThrows(NotFoundException.class, () -> bots.delete(account, bot.id()));
    }

    @Test
    void refusesBadInput() {
        String account = newAccount();
        assertThrows(IllegalArgumentException.class, () -> bots.create(account, " "));
        assertThrows(IllegalArgumentException.class, () -> bots.create(account, "x".repeat(101)));
        assertThrows(IllegalArgumentException.class, () -> bots.get(account, "BOT#x"));
        assertThrows(IllegalArgumentException.class, () -> bots.get("a#b", Ids.newId()));
        assertThrows(NotFoundException.class, () -> bots.rename(account, Ids.newId(), "x", 1));
    }
}
