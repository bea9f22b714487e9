package io.awstrader.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.SharedDatabase;
import io.awstrader.storage.crypto.DecryptionException;
import io.awstrader.storage.crypto.MasterKey;
import io.awstrader.storage.crypto.SecretBox;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Values;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExchangeAccountRepositoryTest extends SharedDatabase {
    private static final String KEY = "AKIAabcdefghijklmnopwxyz";
    private static final String SECRET = "s3cr3t-Shh-0123456789abcdef";
    private final ExchangeAccountRepository exchanges = storage.exchanges();

    @Test
    void createListGetShowMaskedKeysOnly() {
        String account = newAccount();
        ExchangeAccount real = exchanges.create(account, "Main", "bitfinex", new ExchangeCredentials(KEY, SECRET, null));
        clock.advance(java.time.Duration.ofSeconds(1));
        ExchangeAccount paper = exchanges.create(account, "Paper", "virtual", null);
        assertEquals("AKIA…wxyz", real.maskedKey());
        assertFalse(real.isVirtual());
        assertTrue(paper.isVirtual());
        assertEquals(List.of(real, paper), exchanges.list(account));
        assertEquals(real, exchanges.get(account, real.id()).orElseThrow());
        for (ExchangeAccount listed : exchanges.list(account)) {
            assertFalse(listed.toString().contains(SECRET));
            assertFalse(listed.toString().contains(KEY));
        }
        assertEquals(new ExchangeCredentials(KEY, SECRET, null), exchanges.credentials(account, real.id()).orElseThrow());
        assertTrue(exchanges.credentials(account, paper.id()).isEmpty());
    }

    @Test
    void virtualAccountsKeepTheirPriceSourceAndBalances() {
        String account = newAccount();
        ExchangeAccount paper = exchanges.createVirtual(account, "Paper", "bitfinex", Map.of("USD", 1000.5, "BTC", 0.25));
        assertTrue(paper.isVirtual());
        assertEquals("bitfinex", paper.priceSource());
        assertEquals(Map.of("USD", 1000.5, "BTC", 0.25), paper.initialBalances());
        assertEquals(paper, exchanges.get(account, paper.id()).orElseThrow());
        assertEquals(List.of(paper), exchanges.list(account));
        assertTrue(exchanges.credentials(account, paper.id()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> exchanges.createVirtual(account, "x", "virtual", Map.of("USD", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> exchanges.createVirtual(account, "x", "bitfinex", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> exchanges.createVirtual(account, "x", "bitfinex", Map.of("USD", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> exchanges.createVirtual(account, "x", "bitfinex", Map.of("usd", 1.0)));
    }

    @Test
    void rawItemHoldsCiphertextNotTheSecret() {
        String account = newAccount();
        ExchangeAccount real = exchanges.create(account, "Main", "kucoin", new ExchangeCredentials(KEY, SECRET, "pass-phrase-9"));
        Map<String, AttributeValue> raw = database.table().get(account, Keys.exchange(real.id())).orElseThrow();
        byte[] sealed = Values.bytes(raw, "credentials");
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        for (String plain : List.of(SECRET, KEY, "pass-phrase-9")) {
            assertFalse(asText.contains(plain), "ciphertext contains plaintext");
            assertFalse(raw.toString().contains(plain), "raw item contains plaintext");
        }
        assertEquals("pass-phrase-9", exchanges.credentials(account, real.id()).orElseThrow().passphrase());
    }

    @Test
    void sealedCredentialsDoNotOpenUnderAnotherAccountOrWhenAltered() {
        String a = newAccount();
        String b = newAccount();
        ExchangeAccount real = exchanges.create(a, "Main", "bitfinex", new ExchangeCredentials(KEY, SECRET, null));
        Map<String, AttributeValue> raw = database.table().get(a, Keys.exchange(real.id())).orElseThrow();
        // the same item copied into account B (associated data says A): must not decrypt
        Map<String, AttributeValue> copy = SingleTable.item(b, Keys.exchange(real.id()));
        raw.forEach((k, v) -> {
            if (!k.equals(SingleTable.PK) && !k.equals(SingleTable.SK)) {
                copy.put(k, v);
            }
        });
        database.table().put(copy);
        DecryptionException e = assertThrows(DecryptionException.class, () -> exchanges.credentials(b, real.id()));
        assertFalse(e.getMessage().contains(SECRET));
        // one flipped bit of ciphertext
        byte[] sealed = Values.bytes(raw, "credentials");
        sealed[sealed.length - 5] ^= 1;
        Map<String, AttributeValue> altered = new java.util.HashMap<>(raw);
        altered.put("credentials", Values.b(sealed));
        database.table().put(altered);
        assertThrows(DecryptionException.class, () -> exchanges.credentials(a, real.id()));
    }

    @Test
    void anotherMasterKeyCannotDecrypt() {
        String account = newAccount();
        ExchangeAccount real = exchanges.create(account, "Main", "bitfinex", new ExchangeCredentials(KEY, SECRET, null));
        ExchangeAccountRepository otherKey = new ExchangeAccountRepository(database, new SecretBox(MasterKey.random()),
                Clock.systemUTC());
        assertThrows(DecryptionException.class, () -> otherKey.credentials(account, real.id()));
    }

    @Test
    void renameReplaceAndDeleteWithOptimisticLocking() {
        String account = newAccount();
        ExchangeAccount read = exchanges.create(account, "Main", "bitfinex", new ExchangeCredentials(KEY, SECRET, null));
        ExchangeAccount renamed = exchanges.rename(account, read.id(), "Renamed", read.lockVersion());
        assertEquals("Renamed", renamed.name());
        assertThrows(ConcurrentUpdateException.class, () -> exchanges.replaceCredentials(account, read.id(),
                new ExchangeCredentials("ZZZZ-new-key-0000-1111", "new-secret", null), read.lockVersion()));
        ExchangeAccount rotated = exchanges.replaceCredentials(account, read.id(),
                new ExchangeCredentials("ZZZZ-new-key-0000-1111", "new-secret", null), renamed.lockVersion());
        assertEquals("ZZZZ…1111", rotated.maskedKey());
        assertEquals("new-secret", exchanges.credentials(account, read.id()).orElseThrow().apiSecret());
        exchanges.delete(account, read.id());
        assertThrows(NotFoundException.class, () -> exchanges.credentials(account, read.id()));
        assertThrows(NotFoundException.class, () -> exchanges.delete(account, read.id()));
    }

    @Test
    void refusesBadInputAndMasksShortKeysCompletely() {
        String account = newAccount();
        assertThrows(IllegalArgumentException.class, () -> exchanges.create(account, "x", "bitfinex", null));
        assertThrows(IllegalArgumentException.class,
                () -> exchanges.create(account, "x", "virtual", new ExchangeCredentials(KEY, SECRET, null)));
        assertThrows(IllegalArgumentException.class, () -> exchanges.create(account, "x", "Bit Finex", null));
        assertThrows(IllegalArgumentException.class, () -> new ExchangeCredentials(KEY, "", null));
        assertEquals("…", KeyMask.mask("short-key"));
        ExchangeCredentials credentials = new ExchangeCredentials(KEY, SECRET, "pp");
        assertFalse(credentials.toString().contains(SECRET));
        assertFalse(credentials.toString().contains("pp,"));
        assertFalse(credentials.toString().contains(KEY));
        assertArrayEquals("a\nEXCHANGE#b".getBytes(StandardCharsets.UTF_8),
                ExchangeAccountRepository.associatedData("a", "EXCHANGE#b"));
    }
}
