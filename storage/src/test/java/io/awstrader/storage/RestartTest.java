package io.awstrader.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.account.Account;
import io.awstrader.storage.account.NewSession;
import io.awstrader.storage.backtest.StoredBacktest;
import io.awstrader.storage.bot.Bot;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.exchange.ExchangeAccount;
import io.awstrader.storage.exchange.ExchangeCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything written before a stop is there after a start on the same data folder, secrets included. */
class RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void dataAndMasterKeySurviveARestart() {
        Account account;
        NewSession session;
        Bot bot;
        BotVersion version;
        StoredBacktest backtest;
        ExchangeAccount exchange;
        String result = "{\"orders\":\"" + "x".repeat(1_000_000) + "\"}";
        try (Storage storage = Storage.open(dataDir, Map.of())) {
            account = storage.accounts().create("restart@example.com", "hash");
            session = storage.sessions().create(account.id(), Duration.ofDays(1));
            bot = storage.bots().create(account.id(), "survivor");
            version = storage.versions().createMajor(account.id(), bot.id());
            version = storage.versions().update(account.id(), bot.id(), version.number(), "ts", "js", "[]",
                    version.lockVersion());
            backtest = storage.backtests().save(account.id(), bot.id(), version.number(), "{}", "{}", result);
            exchange = storage.exchanges().create(account.id(), "main", "bitfinex",
                    new ExchangeCredentials("KEYKEYKEY-0123456789", "SECRET", null));
        }
        assertTrue(Files.exists(dataDir.resolve("master.key")));
        assertTrue(Files.exists(dataDir.resolve("dynamodb").resolve("shared-local-instance.db")));
        try (Storage storage = Storage.open(dataDir, Map.of())) {
            assertEquals(account, storage.accounts().findByEmail("restart@example.com").orElseThrow());
            assertEquals(account.id(), storage.sessions().find(session.token()).orElseThrow().accountId());
            assertEquals(bot, storage.bots().get(account.id(), bot.id()).orElseThrow());
            assertEquals(version, storage.versions().get(account.id(), bot.id(), version.number()).orElseThrow());
            assertEquals(backtest, storage.backtests().get(account.id(), bot.id(), backtest.id()).orElseThrow());
            assertEquals(result, storage.backtests().fullResult(account.id(), bot.id(), backtest.id()));
            assertEquals(exchange, storage.exchanges().get(account.id(), exchange.id()).orElseThrow());
            assertEquals("SECRET", storage.exchanges().credentials(account.id(), exchange.id()).orElseThrow().apiSecret());
        }
    }
}
