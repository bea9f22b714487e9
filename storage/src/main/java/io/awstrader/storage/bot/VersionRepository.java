package io.awstrader.storage.bot;

import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.Database;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Update;
import io.awstrader.storage.item.Values;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Bot versions under {@code <account>/VERSION#<bot>#<major>.<minor>}. A new version copies the code it starts
 * from; the first version of a bot is 1.0. Versions are never deleted on their own (only with their bot).
 */
public final class VersionRepository {
    /** Source, compiled JavaScript and diagnostics together stay under this, so a version is one item. */
    public static final int MAX_CODE_BYTES = 350 * 1024;
    private static final String SOURCE = "source";
    private static final String COMPILED = "compiledJs";
    private static final String DIAGNOSTICS = "diagnostics";
    private static final String LOCKED = "locked";
    private static final List<String> SUMMARY = List.of(LOCKED, BotRepository.CREATED_AT, BotRepository.UPDATED_AT,
            SingleTable.LOCK_VERSION);

    private final SingleTable table;
    private final Clock clock;

    public VersionRepository(Database database, Clock clock) {
        this.table = database.table();
        this.clock = clock;
    }

    /** A new major version {@code (highest major + 1).0} (1.0 for a bot's first), copying the newest version's code. */
    public BotVersion createMajor(String accountId, String botId) {
        checkIds(accountId, botId);
        for (int attempt = 0; attempt < 5; attempt++) {
            List<VersionSummary> versions = list(accountId, botId);
            Optional<BotVersion> base = versions.isEmpty() ? Optional.empty()
                    : get(accountId, botId, versions.get(versions.size() - 1).number());
            int major = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number().major() + 1;
            Optional<BotVersion> created = tryCreate(accountId, botId, new VersionNumber(major, 0), base);
            if (created.isPresent()) {
                return created.get();
            }
        }
        throw new ConcurrentUpdateException("bot " + botId + " got new versions from other writers; try again");
    }

    /** A new minor version {@code major.(highest minor + 1)}, copying the code of that major's newest version. */
    public BotVersion createMinor(String accountId, String botId, int major) {
        checkIds(accountId, botId);
        for (int attempt = 0; attempt < 5; attempt++) {
            VersionNumber newest = list(accountId, botId).stream().map(VersionSummary::number)
                    .filter(n -> n.major() == major).max(Comparator.naturalOrder())
                    .orElseThrow(() -> new NotFoundException("bot " + botId + " has no major version " + major));
            Optional<BotVersion> base = get(accountId, botId, newest);
            Optional<BotVersion> created = tryCreate(accountId, botId, new VersionNumber(major, newest.minor() + 1), base);
            if (created.isPresent()) {
                return created.get();
            }
        }
        throw new ConcurrentUpdateException("bot " + botId + " got new versions from other writers; try again");
    }

    public Optional<BotVersion> get(String accountId, String botId, VersionNumber number) {
        checkIds(accountId, botId);
        return table.get(accountId, key(botId, number)).map(VersionRepository::version);
    }

    /** The bot's versions without their code, in version order. */
    public List<VersionSummary> list(String accountId, String botId) {
        checkIds(accountId, botId);
        List<VersionSummary> versions = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.query(accountId, Keys.versionPrefix(botId), SUMMARY)) {
            versions.add(new VersionSummary(number(item), Values.bool(item, LOCKED),
                    Values.time(item, BotRepository.CREATED_AT), Values.time(item, BotRepository.UPDATED_AT),
                    Values.number(item, SingleTable.LOCK_VERSION)));
        }
        versions.sort(Comparator.comparing(VersionSummary::number));
        return versions;
    }

    /**
     * Saves new code into an unlocked version. {@link VersionLockedException} if it is locked,
     * {@link ConcurrentUpdateException} if it changed since {@code expectedLockVersion}, {@link NotFoundException}
     * if there is no such version in this account.
     */
    public BotVersion update(String accountId, String botId, VersionNumber number, String source, String compiledJs,
            String diagnosticsJson, long expectedLockVersion) {
        checkIds(accountId, botId);
        checkSize(source, compiledJs, diagnosticsJson);
        return version(table.update(Update.of(accountId, key(botId, number), "version " + number + " of bot " + botId)
                .set(SOURCE, Values.s(source))
                .set(COMPILED, Values.s(compiledJs))
                .set(DIAGNOSTICS, Values.s(diagnosticsJson))
                .set(BotRepository.UPDATED_AT, Values.time(now()))
                .expectLockVersion(expectedLockVersion)
                .when("#locked = :unlocked", Map.of(":unlocked", Values.bool(false)),
                        current -> new VersionLockedException(botId, number))));
    }

    /** Locks the version for good (idempotent); a backtest or deployment refers to it from now on. */
    public BotVersion lock(String accountId, String botId, VersionNumber number) {
        checkIds(accountId, botId);
        BotVersion current = get(accountId, botId, number)
                .orElseThrow(() -> new NotFoundException("version " + number + " of bot " + botId + " not found"));
        if (current.locked()) {
            return current;
        }
        // no expected lock version: locking wins over any edit, and a later edit then fails as locked
        return version(table.update(Update.of(accountId, key(botId, number), "version " + number + " of bot " + botId)
                .set(LOCKED, Values.bool(true)).set(BotRepository.UPDATED_AT, Values.time(now()))));
    }

    private Optional<BotVersion> tryCreate(String accountId, String botId, VersionNumber number,
            Optional<BotVersion> base) {
        Instant now = now();
        String source = base.map(BotVersion::source).orElse("");
        String compiled = base.map(BotVersion::compiledJs).orElse("");
        String diagnostics = base.map(BotVersion::diagnosticsJson).orElse("[]");
        Map<String, AttributeValue> item = SingleTable.item(accountId, key(botId, number));
        item.put(SOURCE, Values.s(source));
        item.put(COMPILED, Values.s(compiled));
        item.put(DIAGNOSTICS, Values.s(diagnostics));
        item.put(LOCKED, Values.bool(false));
        item.put(BotRepository.CREATED_AT, Values.time(now));
        item.put(BotRepository.UPDATED_AT, Values.time(now));
        item.put(SingleTable.LOCK_VERSION, Values.n(1));
        try {
            table.putNewUnder(accountId, Keys.bot(botId), item);
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                throw new NotFoundException("bot " + botId + " not found");
            }
            return Optional.empty(); // another writer took this number (or conflicted): pick again
        }
        return Optional.of(new BotVersion(accountId, botId, number, source, compiled, diagnostics, false, now, now, 1));
    }

    private static BotVersion version(Map<String, AttributeValue> item) {
        String sk = Values.string(item, SingleTable.SK);
        String botId = sk.substring("VERSION#".length(), sk.lastIndexOf('#'));
        return new BotVersion(Values.string(item, SingleTable.PK), botId, number(item), Values.string(item, SOURCE),
                Values.string(item, COMPILED), Values.string(item, DIAGNOSTICS), Values.bool(item, LOCKED),
                Values.time(item, BotRepository.CREATED_AT), Values.time(item, BotRepository.UPDATED_AT),
                Values.number(item, SingleTable.LOCK_VERSION));
    }

    private static VersionNumber number(Map<String, AttributeValue> item) {
        return VersionNumber.parse(Keys.lastSegment(Values.string(item, SingleTable.SK)));
    }

    private static String key(String botId, VersionNumber number) {
        return Keys.version(botId, number.major(), number.minor());
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static void checkIds(String accountId, String botId) {
        Ids.check(accountId, "account id");
        Ids.check(botId, "bot id");
    }

    /** The UTF-8 size of a version's code as stored, which {@link #MAX_CODE_BYTES} bounds. */
    public static long codeBytes(String source, String compiledJs, String diagnosticsJson) {
        return (long) source.getBytes(StandardCharsets.UTF_8).length
                + compiledJs.getBytes(StandardCharsets.UTF_8).length
                + diagnosticsJson.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void checkSize(String source, String compiledJs, String diagnosticsJson) {
        if (source == null || compiledJs == null || diagnosticsJson == null) {
            throw new IllegalArgumentException("source, compiled JavaScript and diagnostics are all required");
        }
        long bytes = codeBytes(source, compiledJs, diagnosticsJson);
        if (bytes > MAX_CODE_BYTES) {
            throw new IllegalArgumentException("bot code is too large: " + bytes / 1024 + " KB with its compiled "
                    + "JavaScript; the limit is " + MAX_CODE_BYTES / 1024 + " KB");
        }
    }
}
