package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.storage.exchange.ExchangeCredentials;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exchange accounts: real ones show only a masked key, credentials are stored encrypted; virtual ones keep balances. */
class ExchangesTest {
    static final String KEY = "KEYabcd0123456789wxyz";
    /** Base64 like a real Kraken secret: Kraken's adapter refuses one it cannot decode before asking the exchange. */
    static final String SECRET = "SECRETs3cr3t0123456789zy";
    static final String PASSPHRASE = "pass-PHRASE-42";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Ledger.secret(SECRET);
        Ledger.secret(PASSPHRASE);
        Ledger.secret(KEY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String real(String provider, String passphrase) {
        return "{\"name\":\"Main " + provider + "\",\"provider\":\"" + provider + "\",\"credentials\":{\"apiKey\":\"" + KEY
                + "\",\"apiSecret\":\"" + SECRET + "\"" + (passphrase == null ? "" : ",\"passphrase\":\"" + passphrase + "\"")
                + "}}";
    }

    @Test
    void realAccountsShowAMaskedKeyAndKeepTheSecretEncrypted() {
        Client c = server.newUser();
        String accountId = c.get("/api/auth/me").json().get("id").asText();
        Response bitfinex = c.post("/api/exchanges", real("bitfinex", null));
        assertEquals(201, bitfinex.status(), bitfinex.toString());
        JsonNode view = bitfinex.json();
        assertEquals("KEYa…wxyz", view.get("maskedKey").asText());
        assertEquals("bitfinex", view.get("provider").asText());
        assertTrue(view.get("priceSource").isNull());
        Response kucoin = c.post("/api/exchanges", real("kucoin", PASSPHRASE));
        assertEquals(201, kucoin.status(), kucoin.toString());
        assertEquals(201, c.post("/api/exchanges", real("kraken", null)).status());

        JsonNode list = c.get("/api/exchanges").json();
        assertEquals(3, list.size());
        String id = view.get("id").asText();
        assertEquals(view, c.get("/api/exchanges/" + id).json());
        for (Response r : new Response[] {bitfinex, kucoin, c.get("/api/exchanges"), c.get("/api/exchanges/" + id)}) {
            assertFalse(r.body().contains(SECRET), r.toString());
            assertFalse(r.body().contains(KEY), r.toString());
            assertFalse(r.body().contains(PASSPHRASE), r.toString());
        }
        // the runtime can still open them: they were stored, encrypted (the storage tests check the ciphertext)
        assertEquals(new ExchangeCredentials(KEY, SECRET, PASSPHRASE), server.server().storage().exchanges()
                .credentials(accountId, kucoin.json().get("id").asText()).orElseThrow());

        // balances go through the adapter; in tests the exchanges are a refused local port (see the pom)
        Response balances = c.get("/api/exchanges/" + id + "/balances");
        assertEquals(502, balances.status(), balances.toString());
        assertEquals("exchange_network", balances.json().get("error").get("code").asText(), balances.toString());
        assertFalse(balances.body().contains(KEY) || balances.body().contains(SECRET), balances.toString());

        assertEquals(204, c.delete("/api/exchanges/" + id).status());
        assertEquals(404, c.get("/api/exchanges/" + id).status());
        assertEquals(2, c.get("/api/exchanges").json().size());
    }

    @Test
    void virtualAccountsTradeOnARealExchangesPrices() {
        Client c = server.newUser();
        Response r = c.post("/api/exchanges", "{\"name\":\"Paper\",\"provider\":\"virtual\",\"priceSource\":\"kraken\","
                + "\"initialBalances\":{\"USD\":1000.5,\"BTC\":0.25}}");
        assertEquals(201, r.status(), r.toString());
        assertEquals("virtual", r.json().get("provider").asText());
        assertEquals("kraken", r.json().get("priceSource").asText());
        assertEquals(1000.5, r.json().get("initialBalances").get("USD").asDouble());
        assertTrue(r.json().get("maskedKey").isNull());
        assertEquals(r.json(), c.get("/api/exchanges/" + r.json().get("id").asText()).json());
        assertEquals(409, c.get("/api/exchanges/" + r.json().get("id").asText() + "/balances").status());
    }

    @Test
    void refusesIncompleteOrMixedUpAccounts() {
        Client c = server.newUser();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("{\"name\":\"x\",\"provider\":\"binance\",\"credentials\":{\"apiKey\":\"" + KEY + "\",\"apiSecret\":\""
                + SECRET + "\"}}", new String[] {"invalid_value", "provider"});
        cases.put("{\"name\":\"x\",\"provider\":\"bitfinex\"}", new String[] {"missing_field", "credentials"});
        cases.put("{\"name\":\"x\",\"provider\":\"bitfinex\",\"credentials\":{\"apiKey\":\"" + KEY + "\"}}",
                new String[] {"missing_field", "credentials.apiSecret"});
        cases.put(real("kucoin", null), new String[] {"missing_field", "credentials.passphrase"});
        cases.put(real("bitfinex", PASSPHRASE), new String[] {"invalid_value", "credentials.passphrase"});
        cases.put("{\"name\":\"x\",\"provider\":\"bitfinex\",\"credentials\":{\"apiKey\":\"short\",\"apiSecret\":\""
                + SECRET + "\"}}", new String[] {"invalid_value", "credentials.apiKey"});
        cases.put("{\"name\":\"x\",\"provider\":\"bitfinex\",\"credentials\":{\"apiKey\":\"" + KEY + "\",\"apiSecret\":\""
                + SECRET + "\",\"apiSecrett\":\"" + SECRET + "\"}}", new String[] {"unknown_field", "credentials.apiSecrett"});
        cases.put("{\"name\":\"x\",\"provider\":\"bitfinex\",\"credentials\":{\"apiKey\":\"" + KEY + "\",\"apiSecret\":12345678}}",
                new String[] {"wrong_type", "credentials.apiSecret"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\"}",
                new String[] {"missing_field", "initialBalances"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"initialBalances\":{\"USD\":1}}",
                new String[] {"missing_field", "priceSource"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"priceSource\":\"virtual\",\"initialBalances\":{\"USD\":1}}",
                new String[] {"invalid_value", "priceSource"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\",\"initialBalances\":{\"USD\":-1}}",
                new String[] {"invalid_value", "initialBalances.USD"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\",\"initialBalances\":{\"usd\":1}}",
                new String[] {"invalid_value", "initialBalances.usd"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\",\"initialBalances\":{\"USD\":\"1\"}}",
                new String[] {"wrong_type", "initialBalances.USD"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\",\"initialBalances\":{}}",
                new String[] {"invalid_value", "initialBalances"});
        cases.put("{\"name\":\"x\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\",\"initialBalances\":{\"USD\":1},"
                + "\"credentials\":{\"apiKey\":\"" + KEY + "\",\"apiSecret\":\"" + SECRET + "\"}}",
                new String[] {"invalid_value", "credentials"});
        cases.put("{\"name\":\"\",\"provider\":\"virtual\",\"priceSource\":\"bitfinex\",\"initialBalances\":{\"USD\":1}}",
                new String[] {"invalid_value", "name"});
        cases.forEach((body, expected) -> {
            Response r = c.post("/api/exchanges", body);
            assertEquals(400, r.status(), r.toString());
            assertEquals(expected[0], r.code(), r.toString());
            assertEquals(expected[1], r.field(), r.toString());
            assertFalse(r.body().contains(SECRET) || r.body().contains(KEY) || r.body().contains(PASSPHRASE), r.toString());
        });
        assertEquals(0, c.get("/api/exchanges").json().size());
    }
}
