package io.awstrader.storage.exchange;

import io.awstrader.storage.Database;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.StorageException;
import io.awstrader.storage.crypto.SecretBox;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Update;
import io.awstrader.storage.item.Values;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exchange accounts under {@code <account>/EXCHANGE#<id>}. Credentials are sealed with AES-256-GCM
 * ({@link SecretBox}) bound to {@code accountId + resourceId}, so a sealed value copied into another account's
 * item does not open. Listing and reading return the masked key only; {@link #credentials} is for the runtime.
 */
public final class ExchangeAccountRepository {
    private static final String NAME = "name";
    private static final String PROVIDER = "provider";
    private static final String MASKED_KEY = "maskedKey";
    private static final String SEALED = "credentials";
    private static final String CREATED_AT = "createdAt";
    private static final String PRICE_SOURCE = "priceSource";
    private static final String BALANCES = "initialBalances";
    private static final int FORMAT = 1;
    private static final int MAX_BALANCES = 50;
    /** The provider of paper-trading accounts, which have no credentials. */
    public static final String VIRTUAL = "virtual";

    private final SingleTable table;
    private final SecretBox box;
    private final Clock clock;

    public ExchangeAccountRepository(Database database, SecretBox box, Clock clock) {
        this.table = database.table();
        this.box = box;
        this.clock = clock;
    }

    /** Creates an exchange account; {@code credentials} is null for a virtual (paper-trading) one. */
    public ExchangeAccount create(String accountId, String name, String provider, ExchangeCredentials credentials) {
        Ids.check(accountId, "account id");
        if (VIRTUAL.equals(provider) != (credentials == null)) {
            throw new IllegalArgumentException(VIRTUAL.equals(provider)
                    ? "a virtual exchange account has no credentials" : "a real exchange account needs credentials");
        }
        String id = Ids.newId();
        String resourceId = Keys.exchange(id);
        Instant now = Instant.ofEpochMilli(clock.millis());
        Map<String, AttributeValue> item = SingleTable.item(accountId, resourceId);
        item.put(NAME, Values.s(checkName(name)));
        item.put(PROVIDER, Values.s(checkProvider(provider)));
        item.put(CREATED_AT, Values.time(now));
        item.put(SingleTable.LOCK_VERSION, Values.n(1));
        if (credentials != null) {
            item.put(MASKED_KEY, Values.s(credentials.maskedKey()));
            item.put(SEALED, Values.b(box.seal(encode(credentials), associatedData(accountId, resourceId))));
        }
        table.putNew(item);
        return exchange(item);
    }

    /**
     * Creates a virtual (paper-trading) exchange account that trades on {@code priceSource}'s prices, starting with
     * {@code balances} (asset to amount, each finite and not negative).
     */
    public ExchangeAccount createVirtual(String accountId, String name, String priceSource, Map<String, Double> balances) {
        Ids.check(accountId, "account id");
        if (VIRTUAL.equals(priceSource)) {
            throw new IllegalArgumentException("a virtual exchange account takes its prices from a real exchange");
        }
        checkProvider(priceSource);
        Map<String, AttributeValue> amounts = checkBalances(balances);
        String id = Ids.newId();
        Map<String, AttributeValue> item = SingleTable.item(accountId, Keys.exchange(id));
        item.put(NAME, Values.s(checkName(name)));
        item.put(PROVIDER, Values.s(VIRTUAL));
        item.put(PRICE_SOURCE, Values.s(priceSource));
        item.put(BALANCES, AttributeValue.fromM(amounts));
        item.put(CREATED_AT, Values.time(Instant.ofEpochMilli(clock.millis())));
        item.put(SingleTable.LOCK_VERSION, Values.n(1));
        table.putNew(item);
        return exchange(item);
    }

    public List<ExchangeAccount> list(String accountId) {
        Ids.check(accountId, "account id");
        List<ExchangeAccount> accounts = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.query(accountId, Keys.EXCHANGE_PREFIX,
                List.of(NAME, PROVIDER, MASKED_KEY, PRICE_SOURCE, BALANCES, CREATED_AT, SingleTable.LOCK_VERSION))) {
            accounts.add(exchange(item));
        }
        accounts.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return accounts;
    }

    public Optional<ExchangeAccount> get(String accountId, String exchangeId) {
        Ids.check(accountId, "account id");
        Ids.check(exchangeId, "exchange account id");
        return table.get(accountId, Keys.exchange(exchangeId)).map(ExchangeAccountRepository::exchange);
    }

    /**
     * The decrypted credentials, for the deployment runtime only; empty for a virtual account.
     * {@link NotFoundException} if there is no such exchange account in this account.
     */
    public Optional<ExchangeCredentials> credentials(String accountId, String exchangeId) {
        Ids.check(accountId, "account id");
        Ids.check(exchangeId, "exchange account id");
        String resourceId = Keys.exchange(exchangeId);
        Map<String, AttributeValue> item = table.get(accountId, resourceId)
                .orElseThrow(() -> new NotFoundException("exchange account " + exchangeId + " not found"));
        byte[] sealed = Values.bytesOrNull(item, SEALED);
        if (sealed == null) {
            return Optional.empty();
        }
        byte[] plain = box.open(sealed, associatedData(accountId, resourceId));
        try {
            return Optional.of(decode(plain));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public ExchangeAccount rename(String accountId, String exchangeId, String name, long expectedLockVersion) {
        Ids.check(accountId, "account id");
        Ids.check(exchangeId, "exchange account id");
        return exchange(table.update(Update.of(accountId, Keys.exchange(exchangeId), "exchange account " + exchangeId)
                .set(NAME, Values.s(checkName(name))).expectLockVersion(expectedLockVersion)));
    }

    /** Replaces the credentials of a real exchange account (e.g. a rotated API key). */
    public ExchangeAccount replaceCredentials(String accountId, String exchangeId, ExchangeCredentials credentials,
            long expectedLockVersion) {
        Ids.check(accountId, "account id");
        Ids.check(exchangeId, "exchange account id");
        if (credentials == null) {
            throw new IllegalArgumentException("new credentials are missing");
        }
        String resourceId = Keys.exchange(exchangeId);
        ExchangeAccount current = get(accountId, exchangeId)
                .orElseThrow(() -> new NotFoundException("exchange account " + exchangeId + " not found"));
        if (current.isVirtual()) {
            throw new IllegalArgumentException("a virtual exchange account has no credentials");
        }
        return exchange(table.update(Update.of(accountId, resourceId, "exchange account " + exchangeId)
                .set(MASKED_KEY, Values.s(credentials.maskedKey()))
                .set(SEALED, Values.b(box.seal(encode(credentials), associatedData(accountId, resourceId))))
                .expectLockVersion(expectedLockVersion)));
    }

    public void delete(String accountId, String exchangeId) {
        Ids.check(accountId, "account id");
        Ids.check(exchangeId, "exchange account id");
        table.delete(accountId, Keys.exchange(exchangeId), "exchange account " + exchangeId);
    }

    private static ExchangeAccount exchange(Map<String, AttributeValue> item) {
        Map<String, Double> balances = new LinkedHashMap<>();
        AttributeValue stored = item.get(BALANCES);
        if (stored != null && stored.hasM()) {
            new TreeMap<>(stored.m()).forEach((asset, amount) -> balances.put(asset, Double.parseDouble(amount.n())));
        }
        return new ExchangeAccount(Values.string(item, SingleTable.PK),
                Keys.lastSegment(Values.string(item, SingleTable.SK)), Values.string(item, NAME),
                Values.string(item, PROVIDER), Values.stringOrNull(item, MASKED_KEY),
                Values.stringOrNull(item, PRICE_SOURCE), balances, Values.time(item, CREATED_AT),
                Values.number(item, SingleTable.LOCK_VERSION));
    }

    private static Map<String, AttributeValue> checkBalances(Map<String, Double> balances) {
        if (balances == null || balances.isEmpty()) {
            throw new IllegalArgumentException("a virtual exchange account needs initial balances, e.g. {\"USD\": 1000}");
        }
        if (balances.size() > MAX_BALANCES) {
            throw new IllegalArgumentException("at most " + MAX_BALANCES + " initial balances");
        }
        Map<String, AttributeValue> amounts = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : balances.entrySet()) {
            String asset = e.getKey();
            if (asset == null || !asset.matches("[A-Z0-9._-]{1,16}")) {
                throw new IllegalArgumentException("asset names are 1 to 16 upper-case letters or digits, got '" + asset + "'");
            }
            Double amount = e.getValue();
            if (amount == null || !Double.isFinite(amount) || amount < 0) {
                throw new IllegalArgumentException("initial balance of " + asset + " must be a finite amount >= 0");
            }
            amounts.put(asset, AttributeValue.fromN(BigDecimal.valueOf(amount).toPlainString()));
        }
        return amounts;
    }

    static byte[] associatedData(String accountId, String resourceId) {
        // a separator that ids cannot contain keeps ("ab","c") and ("a","bc") apart
        return (accountId + "\n" + resourceId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encode(ExchangeCredentials credentials) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(credentials.apiKey());
            out.writeUTF(credentials.apiSecret());
            out.writeBoolean(credentials.passphrase() != null);
            if (credentials.passphrase() != null) {
                out.writeUTF(credentials.passphrase());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("exchange credentials are too long");
        }
        return bytes.toByteArray();
    }

    private static ExchangeCredentials decode(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            if (in.readByte() != FORMAT) {
                throw new StorageException("stored exchange credentials have an unknown format");
            }
            String key = in.readUTF();
            String secret = in.readUTF();
            String passphrase = in.readBoolean() ? in.readUTF() : null;
            return new ExchangeCredentials(key, secret, passphrase);
        } catch (IOException e) {
            throw new StorageException("stored exchange credentials are damaged");
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw new IllegalArgumentException("exchange account name must be 1 to 100 characters");
        }
        return name.trim();
    }

    private static String checkProvider(String provider) {
        if (provider == null || !provider.matches("[a-z0-9-]{2,32}")) {
            throw new IllegalArgumentException("exchange provider must be a lower-case name such as bitfinex");
        }
        return provider;
    }
}
