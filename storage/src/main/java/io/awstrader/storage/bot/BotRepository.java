package io.awstrader.storage.bot;

import io.awstrader.storage.Database;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.item.ChunkedItems;
import io.awstrader.storage.item.Ids;
import io.awstrader.storage.item.Keys;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Update;
import io.awstrader.storage.item.Values;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Bots under {@code <account>/BOT#<bot>}. Deleting a bot deletes its versions and backtests too. */
public final class BotRepository {
    static final String NAME = "name";
    private static final String DESCRIPTION = "description";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    private static final int MAX_NAME = 100;

    private final SingleTable table;
    private final Clock clock;

    public BotRepository(Database database, Clock clock) {
        this.table = database.table();
        this.clock = clock;
    }

    public Bot create(String accountId, String name) {
        return create(accountId, name, "");
    }

    /** A new bot with a one-line description (e.g. a sample bot's); at most 500 characters. */
    public Bot create(String accountId, String name, String description) {
        Ids.check(accountId, "account id");
        String about = description == null ? "" : description.strip();
        if (about.length() > 500) {
            throw new IllegalArgumentException("a bot's description is at most 500 characters");
        }
        String checked = checkName(name);
        Instant now = Instant.ofEpochMilli(clock.millis());
        String id = Ids.newId();
        Map<String, AttributeValue> item = SingleTable.item(accountId, Keys.bot(id));
        item.put(NAME, Values.s(checked));
        if (!about.isEmpty()) {
            item.put(DESCRIPTION, Values.s(about));
        }
        item.put(CREATED_AT, Values.time(now));
        item.put(UPDATED_AT, Values.time(now));
        item.put(SingleTable.LOCK_VERSION, Values.n(1));
        table.putNew(item);
        return new Bot(accountId, id, checked, about, now, now, 1);
    }

    /** The account's bots, oldest first. */
    public List<Bot> list(String accountId) {
        Ids.check(accountId, "account id");
        List<Bot> bots = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.query(accountId, Keys.BOT_PREFIX)) {
            bots.add(bot(item));
        }
        bots.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return bots;
    }

    public Optional<Bot> get(String accountId, String botId) {
        Ids.check(accountId, "account id");
        Ids.check(botId, "bot id");
        return table.get(accountId, Keys.bot(botId)).map(BotRepository::bot);
    }

    public Bot rename(String accountId, String botId, String name, long expectedLockVersion) {
        Ids.check(accountId, "account id");
        Ids.check(botId, "bot id");
        return bot(table.update(Update.of(accountId, Keys.bot(botId), "bot " + botId)
                .set(NAME, Values.s(checkName(name)))
                .set(UPDATED_AT, Values.time(Instant.ofEpochMilli(clock.millis())))
                .expectLockVersion(expectedLockVersion)));
    }

    /** Deletes the bot with its versions, backtests and their result parts; {@link NotFoundException} if absent. */
    public void delete(String accountId, String botId) {
        Ids.check(accountId, "account id");
        Ids.check(botId, "bot id");
        if (table.get(accountId, Keys.bot(botId)).isEmpty()) {
            throw new NotFoundException("bot " + botId + " not found");
        }
        // children first: if this stops half-way the bot still exists and a retry finishes the job
        List<Map<String, AttributeValue>> children = new ArrayList<>();
        children.addAll(new ChunkedItems(table).partKeysUnder(accountId, Keys.backtestPrefix(botId)));
        children.addAll(table.query(accountId, Keys.backtestPrefix(botId), List.of()));
        children.addAll(table.query(accountId, Keys.versionPrefix(botId), List.of()));
        table.deleteAll(children);
        table.delete(accountId, Keys.bot(botId), "bot " + botId);
    }

    private static Bot bot(Map<String, AttributeValue> item) {
        return new Bot(Values.string(item, SingleTable.PK), Keys.lastSegment(Values.string(item, SingleTable.SK)),
                Values.string(item, NAME), Objects.requireNonNullElse(Values.stringOrNull(item, DESCRIPTION), ""),
                Values.time(item, CREATED_AT), Values.time(item, UPDATED_AT),
                Values.number(item, SingleTable.LOCK_VERSION));
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("bot name is empty");
        }
        String trimmed = name.trim();
        if (trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("bot name is longer than " + MAX_NAME + " characters");
        }
        return trimmed;
    }
}
