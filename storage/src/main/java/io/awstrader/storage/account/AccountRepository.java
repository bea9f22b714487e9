package io.awstrader.storage.account;

import io.awstrader.storage.Database;
import io.awstrader.storage.StorageException;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Update;
import io.awstrader.storage.item.Values;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Accounts ({@code <account>/ACCOUNT}) and the email lookup ({@code EMAIL#<email>/EMAIL}) that makes emails
 * unique: both are put in one transaction, each only if absent, so of two sign-ups with one email exactly one wins.
 */
public final class AccountRepository {
    private static final String EMAIL = "email";
    private static final String PASSWORD_HASH = "passwordHash";
    private static final String CREATED_AT = "createdAt";
    private static final String ACCOUNT_ID = "account";

    private final SingleTable table;
    private final Clock clock;

    public AccountRepository(Database database, Clock clock) {
        this.table = database.table();
        this.clock = clock;
    }

    /** Creates an account; {@link EmailTakenException} if the email (case-insensitively) is in use. */
    public Account create(String email, String passwordHash) {
        String normalized = Emails.normalize(email);
        if (passwordHash == null || passwordHash.isEmpty()) {
            throw new IllegalArgumentException("password hash is missing");
        }
        String id = Ids.newId();
        Instant now = Instant.ofEpochMilli(clock.millis());
        Map<String, AttributeValue> account = SingleTable.item(id, Keys.ACCOUNT);
        account.put(EMAIL, Values.s(normalized));
        account.put(PASSWORD_HASH, Values.s(passwordHash));
        account.put(CREATED_AT, Values.time(now));
        account.put(SingleTable.LOCK_VERSION, Values.n(1));
        Map<String, AttributeValue> lookup = SingleTable.item(Keys.emailPartition(normalized), Keys.EMAIL);
        lookup.put(ACCOUNT_ID, Values.s(id));
        List<TransactWriteItem> writes = List.of(putIfAbsent(account), putIfAbsent(lookup));
        for (int attempt = 0; ; attempt++) {
            try {
                table.transact(writes);
                return new Account(id, normalized, passwordHash, now, 1);
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (reasons.size() > 1 && "ConditionalCheckFailed".equals(reasons.get(1).code())) {
                    throw new EmailTakenException();
                }
                // a conflicting transaction on the same email: retry, and the condition decides
                if (attempt >= 5) {
                    throw new StorageException("sign-up kept conflicting with another one; try again", e);
                }
                pause(20L * (attempt + 1));
            }
        }
    }

    public Optional<Account> findById(String accountId) {
        Ids.check(accountId, "account id");
        return table.get(accountId, Keys.ACCOUNT).map(AccountRepository::account);
    }

    public Optional<Account> findByEmail(String email) {
        String normalized;
        try {
            normalized = Emails.normalize(email);
        } catch (IllegalArgumentException notAnEmail) {
            return Optional.empty();
        }
        return table.get(Keys.emailPartition(normalized), Keys.EMAIL)
                .flatMap(lookup -> findById(Values.string(lookup, ACCOUNT_ID)));
    }

    /** Replaces the password hash; {@code ConcurrentUpdateException} if the account changed since it was read. */
    public Account changePasswordHash(String accountId, String passwordHash, long expectedLockVersion) {
        Ids.check(accountId, "account id");
        if (passwordHash == null || passwordHash.isEmpty()) {
            throw new IllegalArgumentException("password hash is missing");
        }
        return account(table.update(Update.of(accountId, Keys.ACCOUNT, "account")
                .set(PASSWORD_HASH, Values.s(passwordHash)).expectLockVersion(expectedLockVersion)));
    }

    private static Account account(Map<String, AttributeValue> item) {
        return new Account(Values.string(item, SingleTable.PK), Values.string(item, EMAIL),
                Values.string(item, PASSWORD_HASH), Values.time(item, CREATED_AT),
                Values.number(item, SingleTable.LOCK_VERSION));
    }

    private TransactWriteItem putIfAbsent(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", SingleTable.PK)).build()).build();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted during sign-up", e);
        }
    }
}
