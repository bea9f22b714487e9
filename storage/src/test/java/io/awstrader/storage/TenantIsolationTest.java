package io.awstrader.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.backtest.StoredBacktest;
import io.awstrader.storage.bot.Bot;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.deployment.NewDeployment;
import io.awstrader.storage.deployment.TickUpdate;
import io.awstrader.storage.exchange.ExchangeAccount;
import io.awstrader.storage.exchange.ExchangeCredentials;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account B knows the ids of account A's items and tries everything; nothing of A's moves. */
class TenantIsolationTest extends SharedDatabase {
    @Test
    void anotherAccountCannotReadChangeOrDeleteWithTheRightIds() {
        String a = newAccount();
        String b = newAccount();
        Bot bot = storage.bots().create(a, "A's bot");
        BotVersion version = storage.versions().createMajor(a, bot.id());
        StoredBacktest backtest = storage.backtests().save(a, bot.id(), version.number(), "{}", "{}", "{\"a\":1}");
        ExchangeAccount exchange = storage.exchanges().create(a, "A's exchange", "bitfinex",
                new ExchangeCredentials("AAAA-key-of-account-A", "secret-of-A", null));
        Deployment deployment = storage.deployments().create(a, new NewDeployment("A's deployment", bot.id(),
                version.number(), exchange.id(), RunInterval.H1, List.of(Pair.parse("BTC/USD")), true));
        BotVersion locked = storage.versions().get(a, bot.id(), version.number()).orElseThrow(); // by the deployment

        // reads
        assertFalse(storage.bots().get(b, bot.id()).isPresent());
        assertTrue(storage.bots().list(b).isEmpty());
        assertFalse(storage.versions().get(b, bot.id(), version.number()).isPresent());
        assertTrue(storage.versions().list(b, bot.id()).isEmpty());
        assertFalse(storage.backtests().get(b, bot.id(), backtest.id()).isPresent());
        assertThrows(NotFoundException.class, () -> storage.backtests().fullResult(b, bot.id(), backtest.id()));
        assertFalse(storage.exchanges().get(b, exchange.id()).isPresent());
        assertThrows(NotFoundException.class, () -> storage.exchanges().credentials(b, exchange.id()));
        assertFalse(storage.deployments().get(b, deployment.id()).isPresent());

        // writes
        assertThrows(NotFoundException.class, () -> storage.bots().rename(b, bot.id(), "mine", bot.lockVersion()));
        assertThrows(NotFoundException.class, () -> storage.versions().update(b, bot.id(), version.number(), "x", "x",
                "[]", version.lockVersion()));
        assertThrows(NotFoundException.class, () -> storage.versions().lock(b, bot.id(), version.number()));
        assertThrows(NotFoundException.class, () -> storage.versions().createMinor(b, bot.id(), 1));
        assertThrows(NotFoundException.class, () -> storage.versions().createMajor(b, bot.id()));
        assertThrows(NotFoundException.class, () -> storage.backtests().save(b, bot.id(), version.number(), "{}", "{}", "{}"));
        assertThrows(NotFoundException.class, () -> storage.exchanges().rename(b, exchange.id(), "mine", 1));
        assertThrows(NotFoundException.class, () -> storage.exchanges().replaceCredentials(b, exchange.id(),
                new ExchangeCredentials("BBBB-key-of-account-B", "secret-of-B", null), 1));
        assertThrows(NotFoundException.class, () -> storage.deployments().setActive(b, deployment.id(), false, 1));
        assertThrows(NotFoundException.class, () -> storage.deployments().saveTick(b, deployment.id(), 1,
                new TickUpdate("{}", "{}", 1, Instant.EPOCH, Deployment.TickCounts.NONE, 0, null, "{}")));

        // deletes
        assertThrows(NotFoundException.class, () -> storage.bots().delete(b, bot.id()));
        assertThrows(NotFoundException.class, () -> storage.backtests().delete(b, bot.id(), backtest.id()));
        assertThrows(NotFoundException.class, () -> storage.exchanges().delete(b, exchange.id()));
        assertThrows(NotFoundException.class, () -> storage.deployments().delete(b, deployment.id()));

        // A's items are untouched, and nothing was created in B
        assertEquals(bot, storage.bots().get(a, bot.id()).orElseThrow());
        assertEquals(locked, storage.versions().get(a, bot.id(), version.number()).orElseThrow());
        assertEquals("{\"a\":1}", storage.backtests().fullResult(a, bot.id(), backtest.id()));
        assertEquals("secret-of-A", storage.exchanges().credentials(a, exchange.id()).orElseThrow().apiSecret());
        assertEquals(deployment, storage.deployments().get(a, deployment.id()).orElseThrow());
        assertEquals(List.of("ACCOUNT"), database.client().query(q -> q.tableName(database.tableName())
                .keyConditionExpression("accountId = :b")
                .expressionAttributeValues(java.util.Map.of(":b", io.awstrader.storage.item.Values.s(b))))
                .items().stream().map(item -> item.get("resourceId").s()).toList());
    }
}
