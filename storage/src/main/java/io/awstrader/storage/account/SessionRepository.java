package io.awstrader.storage.account;

import io.awstrader.storage.Database;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.TableDefinition;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Values;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Sessions under {@code <account>/SESSION#<sha256(token)>}. A token is {@code <accountId>.<32 random bytes>}: the
 * account part finds the partition (so lookups stay inside one account), the random part makes it unguessable,
 * and only its hash is stored, so a leaked table does not leak live sessions. Expired sessions are never
 * returned, and DynamoDB's TTL ({@code ttl}, epoch seconds) removes them eventually.
 */
public final class SessionRepository {
    private static final String CREATED_AT = "createdAt";
    private static final String EXPIRES_AT = "expiresAt";

    private final SingleTable table;
    private final Clock clock;

    public SessionRepository(Database database, Clock clock) {
        this.table = database.table();
        this.clock = clock;
    }

    /** A new session for an existing account; {@link NotFoundException} if there is no such account. */
    public NewSession create(String accountId, Duration lifetime) {
        Ids.check(accountId, "account id");
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive");
        }
        String token = accountId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(Ids.randomBytes(32));
        Instant now = Instant.ofEpochMilli(clock.millis());
        Instant expires = now.plus(lifetime);
        Map<String, AttributeValue> item = SingleTable.item(accountId, Keys.session(hash(token)));
        item.put(CREATED_AT, Values.time(now));
        item.put(EXPIRES_AT, Values.time(expires));
        item.put(TableDefinition.TTL_ATTRIBUTE, Values.n(expires.getEpochSecond() + 1));
        try {
            table.putNewUnder(accountId, Keys.ACCOUNT, item);
        } catch (TransactionCanceledException e) {
            throw new NotFoundException("account not found");
        }
        return new NewSession(token, new Session(accountId, now, expires));
    }

    /** The live session for a token; empty when the token is malformed, unknown or expired. */
    public Optional<Session> find(String token) {
        String accountId = accountOf(token);
        if (accountId == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        return table.get(accountId, Keys.session(hash(token)))
                .map(item -> new Session(accountId, Values.time(item, CREATED_AT), Values.time(item, EXPIRES_AT)))
                .filter(session -> session.expiresAt().toEpochMilli() > now);
    }

    /** Ends the session (sign-out); unknown tokens are ignored. */
    public void delete(String token) {
        String accountId = accountOf(token);
        if (accountId != null) {
            table.deleteAll(List.of(SingleTable.key(accountId, Keys.session(hash(token)))));
        }
    }

    /** Ends every session of the account (e.g. after a password change); returns how many there were. */
    public int deleteAll(String accountId) {
        Ids.check(accountId, "account id");
        List<Map<String, AttributeValue>> keys = table.query(accountId, Keys.SESSION_PREFIX, List.of());
        table.deleteAll(keys);
        return keys.size();
    }

    private static String accountOf(String token) {
        if (token == null || token.length() > 200) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return null;
        }
        String accountId = token.substring(0, dot);
        try {
            return Ids.check(accountId, "account id");
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
