package io.awstrader.storage.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.SharedDatabase;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.item.ChunkedItems;
import io.awstrader.storage.item.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BacktestRepositoryTest extends SharedDatabase {
    private final BacktestRepository backtests = storage.backtests();

    private record Fixture(String account, String bot, BotVersion version) {
    }

    private static Fixture fixture() {
        String account = newAccount();
        String bot = storage.bots().create(account, "bot").id();
        return new Fixture(account, bot, storage.versions().createMajor(account, bot));
    }

    @Test
    void saveListGetDelete() {
        Fixture f = fixture();
        BotVersion v11 = storage.versions().createMinor(f.account, f.bot, 1);
        StoredBacktest first = backtests.save(f.account, f.bot, f.version.number(), "{\"fees\":0.1}",
                "{\"netProfitPercent\":3.5}", "{\"orders\":[]}");
        clock.advance(Duration.ofSeconds(1));
        StoredBacktest second = backtests.save(f.account, f.bot, v11.number(), "{}", "{}", "{\"orders\":[1]}");
        assertEquals(List.of(second, first), backtests.list(f.account, f.bot));
        assertEquals(List.of(first), backtests.list(f.account, f.bot, f.version.number()));
        assertEquals(first, backtests.get(f.account, f.bot, first.id()).orElseThrow());
        assertEquals("{\"orders\":[1]}", backtests.fullResult(f.account, f.bot, second.id()));
        backtests.delete(f.account, f.bot, first.id());
        assertFalse(backtests.get(f.account, f.bot, first.id()).isPresent());
        assertThrows(NotFoundException.class, () -> backtests.fullResult(f.account, f.bot, first.id()));
        assertThrows(NotFoundException.class, () -> backtests.delete(f.account, f.bot, first.id()));
        assertEquals(List.of(second), backtests.list(f.account, f.bot));
    }

    @Test
    void fiveMegabyteResultsAreChunkedAndReadBackWhole() {
        Fixture f = fixture();
        // random text barely compresses, so it really needs many parts
        byte[] noise = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(noise);
        String result = java.util.Base64.getEncoder().encodeToString(noise).substring(0, 5 * 1024 * 1024);
        StoredBacktest saved = backtests.save(f.account, f.bot, f.version.number(), "{}", "{}", result);
        assertEquals(result.length(), saved.resultBytes());
        String resource = Keys.backtest(f.bot, saved.id());
        int parts = database.table().query(f.account, Keys.partPrefix(resource)).size();
        assertTrue(parts >= 5 * 1024 * 1024 * 3 / 4 / ChunkedItems.PART_BYTES, "parts: " + parts);
        assertEquals(result, backtests.fullResult(f.account, f.bot, saved.id()));
        assertEquals(saved, backtests.list(f.account, f.bot).get(0), "listing does not need the parts");
        backtests.delete(f.account, f.bot, saved.id());
        assertTrue(database.table().query(f.account, Keys.partPrefix(resource)).isEmpty());
    }

    @Test
    void compressibleResultsTakeFewParts() {
        Fixture f = fixture();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 120_000; i++) {
            json.append("{\"time\":").append(1_600_000_000_000L + i * 3_600_000L).append(",\"value\":").append(i % 97).append("},");
        }
        String result = json.append("{}]").toString();
        StoredBacktest saved = backtests.save(f.account, f.bot, f.version.number(), "{}", "{}", result);
        assertTrue(result.length() > 4_000_000);
        assertArrayEquals(result.getBytes(StandardCharsets.UTF_8),
                backtests.fullResult(f.account, f.bot, saved.id()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void needsAnExistingVersionAndLeavesNoPartsWhenRefused() {
        Fixture f = fixture();
        assertThrows(NotFoundException.class,
                () -> backtests.save(f.account, f.bot, new VersionNumber(9, 9), "{}", "{}", "big".repeat(200_000)));
        assertTrue(database.table().query(f.account, Keys.PART).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> backtests.save(f.account, f.bot, f.version.number(), "x".repeat(70_000), "{}", "{}"));
    }
}
