package io.awstrader.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.adapters.kraken.KrakenStub;
import io.awstrader.adapters.kucoin.KucoinStub;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.server.validation.ApiException;
import io.awstrader.storage.exchange.ExchangeCredentials;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** New keys are checked with a balance call over HTTP (stub exchanges); refusals land at the credential field. */
class ExchangeKeyCheckTest {
    private StubExchange krakenStub;
    private StubExchange kucoinStub;
    private ExchangeKeyCheck check;

    @BeforeEach
    void start() {
        krakenStub = new StubExchange();
        new KrakenStub(krakenStub);
        kucoinStub = new StubExchange();
        new KucoinStub(kucoinStub);
        check = new ExchangeKeyCheck(ExchangeRegistry.installed(Map.of(
                "AWSTRADER_KRAKEN_URL", krakenStub.url().toString(),
                "AWSTRADER_KUCOIN_URL", kucoinStub.url().toString(),
                "AWSTRADER_BITFINEX_URL", "http://127.0.0.1:9")));
    }

    @AfterEach
    void stop() {
        krakenStub.close();
        kucoinStub.close();
    }

    @Test
    void goodKeysGiveTheBalances() {
        Map<String, Balance> balances = check.check("kraken", new ExchangeCredentials(KrakenStub.KEY, KrakenStub.SECRET,
                null));
        assertEquals(60.90852, balances.get("USDT").total());
        assertEquals(1, krakenStub.requests("/0/private/BalanceEx").size());
    }

    @Test
    void refusedKeysAreReportedAtTheirField() {
        ApiException key = assertThrows(ApiException.class, () -> check.check("kraken",
                new ExchangeCredentials("someone-elses-key", KrakenStub.SECRET, null)));
        assertEquals("credentials.apiKey", key.field());
        assertEquals("Kraken refused these credentials: EAPI:Invalid key", key.getMessage());

        ApiException secret = assertThrows(ApiException.class, () -> check.check("kucoin",
                new ExchangeCredentials(KucoinStub.KEY, "not-the-secret", KucoinStub.PASSPHRASE)));
        assertEquals("credentials.apiSecret", secret.field());
        assertTrue(secret.getMessage().contains("Invalid KC-API-SIGN"), secret.getMessage());

        kucoinStub.once("GET", "/api/v1/accounts",
                r -> Response.status(401, "{\"code\":\"400004\",\"msg\":\"Invalid KC-API-PASSPHRASE\"}"));
        ApiException passphrase = assertThrows(ApiException.class, () -> check.check("kucoin",
                new ExchangeCredentials(KucoinStub.KEY, KucoinStub.SECRET, "wrong")));
        assertEquals("credentials.passphrase", passphrase.field());
        assertTrue(!passphrase.getMessage().contains(KucoinStub.SECRET), "no credential in the message");
    }

    @Test
    void anUnreachableExchangeStoresTheKeysUnchecked() {
        assertNull(check.check("bitfinex", new ExchangeCredentials("a-bitfinex-key-123", "a-secret-4567890", null)));
    }
}
