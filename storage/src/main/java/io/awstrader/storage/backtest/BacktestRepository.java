package io.awstrader.storage.backtest;

import io.awstrader.storage.Database;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.item.ChunkedItems;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.PayloadRef;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Values;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Backtests under {@code <account>/BACKTEST#<bot>#<backtest>}, their full results chunked under
 * {@code PART#BACKTEST#<bot>#<backtest>#...}. Saving needs the bot version to exist in the same account.
 */
public final class BacktestRepository {
    private static final String VERSION = "version";
    private static final String CONFIG = "config";
    private static final String STATS = "stats";
    private static final String CREATED_AT = "createdAt";
    private static final String RESULT_SHA256 = "resultSha256";
    /** Config and stats stay in the listed item, so they are bounded; the full result is what grows. */
    private static final int MAX_SUMMARY_BYTES = 64 * 1024;

    private final SingleTable table;
    private final ChunkedItems chunks;
    private final Clock clock;

    public BacktestRepository(Database database, Clock clock) {
        this.table = database.table();
        this.chunks = new ChunkedItems(table);
        this.clock = clock;
    }

    /** Saves a finished backtest; {@link NotFoundException} if the bot version does not exist in this account. */
    public StoredBacktest save(String accountId, String botId, VersionNumber version, String configJson,
            String statsJson, String fullResultJson) {
        Ids.check(accountId, "account id");
        Ids.check(botId, "bot id");
        if (configJson == null || statsJson == null || fullResultJson == null) {
            throw new IllegalArgumentException("config, stats and full result are all required");
        }
        int summaryBytes = configJson.getBytes(StandardCharsets.UTF_8).length + statsJson.getBytes(StandardCharsets.UTF_8).length;
        if (summaryBytes > MAX_SUMMARY_BYTES) {
            throw new IllegalArgumentException("backtest config and stats are " + summaryBytes / 1024
                    + " KB; the limit is " + MAX_SUMMARY_BYTES / 1024 + " KB (put large data in the full result)");
        }
        String id = Ids.newId();
        String resourceId = Keys.backtest(botId, id);
        Instant now = Instant.ofEpochMilli(clock.millis());
        byte[] result = fullResultJson.getBytes(StandardCharsets.UTF_8);
        String digest = sha256(result);
        PayloadRef ref = chunks.write(accountId, resourceId, result);
        Map<String, AttributeValue> item = SingleTable.item(accountId, resourceId);
        item.put(VERSION, Values.s(version.toString()));
        item.put(CONFIG, Values.s(configJson));
        item.put(STATS, Values.s(statsJson));
        item.put(CREATED_AT, Values.time(now));
        item.put(RESULT_SHA256, Values.s(digest));
        item.put(SingleTable.LOCK_VERSION, Values.n(1));
        item.putAll(ref.attributes());
        try {
            table.putNewUnder(accountId, Keys.version(botId, version.major(), version.minor()), item);
        } catch (RuntimeException e) {
            chunks.delete(accountId, resourceId, ref);
            if (e instanceof TransactionCanceledException) {
                throw new NotFoundException("version " + version + " of bot " + botId + " not found");
            }
            throw e;
        }
        return new StoredBacktest(accountId, botId, id, version, configJson, statsJson, result.length, digest, now);
    }

    /** The SHA-256 of a result's UTF-8 bytes, in lower-case hex (what {@link StoredBacktest#resultSha256} holds). */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A saved backtest of this version whose full result has exactly these bytes (a rerun recognised), if any. */
    public Optional<StoredBacktest> findSameResult(String accountId, String botId, VersionNumber version,
            String fullResultJson) {
        String digest = sha256(fullResultJson.getBytes(StandardCharsets.UTF_8));
        return list(accountId, botId, version).stream().filter(b -> digest.equals(b.resultSha256())).findFirst();
    }

    /** The bot's backtests, newest first. */
    public List<StoredBacktest> list(String accountId, String botId) {
        Ids.check(accountId, "account id");
        Ids.check(botId, "bot id");
        List<StoredBacktest> backtests = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.query(accountId, Keys.backtestPrefix(botId))) {
            backtests.add(backtest(item));
        }
        backtests.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return backtests;
    }

    /** The backtests of one version of the bot, newest first. */
    public List<StoredBacktest> list(String accountId, String botId, VersionNumber version) {
        return list(accountId, botId).stream().filter(b -> b.version().equals(version)).toList();
    }

    public Optional<StoredBacktest> get(String accountId, String botId, String backtestId) {
        checkIds(accountId, botId, backtestId);
        return table.get(accountId, Keys.backtest(botId, backtestId)).map(BacktestRepository::backtest);
    }

    /** The full result as saved; {@link NotFoundException} if there is no such backtest in this account. */
    public String fullResult(String accountId, String botId, String backtestId) {
        checkIds(accountId, botId, backtestId);
        String resourceId = Keys.backtest(botId, backtestId);
        Map<String, AttributeValue> item = table.get(accountId, resourceId)
                .orElseThrow(() -> new NotFoundException("backtest " + backtestId + " not found"));
        return new String(chunks.read(accountId, resourceId, PayloadRef.from(item)), StandardCharsets.UTF_8);
    }

    /** Deletes the backtest and every part of its result. */
    public void delete(String accountId, String botId, String backtestId) {
        checkIds(accountId, botId, backtestId);
        String resourceId = Keys.backtest(botId, backtestId);
        table.delete(accountId, resourceId, "backtest " + backtestId);
        chunks.deleteAll(accountId, resourceId);
    }

    private static StoredBacktest backtest(Map<String, AttributeValue> item) {
        String sk = Values.string(item, SingleTable.SK);
        String[] parts = sk.split("#");
        PayloadRef ref = PayloadRef.from(item);
        return new StoredBacktest(Values.string(item, SingleTable.PK), parts[1], parts[2],
                VersionNumber.parse(Values.string(item, VERSION)), Values.string(item, CONFIG),
                Values.string(item, STATS), ref == null ? 0 : ref.size(), Values.stringOrNull(item, RESULT_SHA256),
                Values.time(item, CREATED_AT));
    }

    private static void checkIds(String accountId, String botId, String backtestId) {
        Ids.check(accountId, "account id");
        Ids.check(botId, "bot id");
        Ids.check(backtestId, "backtest id");
    }
}
