package io.awstrader.server.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.json.Json;
import io.awstrader.server.api.Views.BacktestView;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.JsonBodies;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.Storage;
import io.awstrader.storage.backtest.StoredBacktest;
import io.awstrader.storage.bot.VersionNumber;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saved backtests of a bot. Saving takes {@code {"version": "1.0", "result": {...}}} where {@code result} is the
 * engine's result JSON ({@link BacktestJson#write}): its top-level keys and their kinds are checked, its config is
 * read back by the engine, and it is stored byte for byte. Saving (keeping a run) locks the version; saving the same
 * result bytes again for the same version answers the backtest already kept (200) instead of storing a copy.
 */
public final class BacktestsApi {
    /** The largest body a save takes as sent (the app sends it gzipped). */
    public static final long MAX_BODY = 20L * 1024 * 1024;
    /** The largest result a save takes once unpacked (a full-history run of every sample bot fits). */
    public static final long MAX_RESULT = 200L * 1024 * 1024;
    /** The keys of the engine's result and the JSON kind of each. */
    static final Map<String, JsonToken> RESULT_KEYS = resultKeys();

    private final Storage storage;
    private final ObjectMapper mapper;

    public BacktestsApi(Storage storage, ObjectMapper mapper) {
        this.storage = storage;
        this.mapper = mapper;
    }

    /** What a save posts: the backtested version and the engine's full result JSON. */
    public record NewBacktest(String version, Object result) {
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/bots/{botId}/backtests", "The bot's backtests, newest first, without full results",
                        this::list).query("version", false, "string", "only this version, e.g. 1.0")
                        .returnsList(BacktestView.class),
                ApiRoute.post("/api/bots/{botId}/backtests", "Save a finished backtest (up to 20 MB as sent, gzipped with"
                        + " Content-Encoding: gzip; 200 MB unpacked) and lock its version; the same result again answers 200 with"
                        + " the backtest already kept",
                        this::save).body(NewBacktest.class).bodyLimit(MAX_BODY).returns(201, BacktestView.class),
                ApiRoute.get("/api/bots/{botId}/backtests/{backtestId}", "A backtest's config and stats", this::get)
                        .returns(200, BacktestView.class),
                ApiRoute.get("/api/bots/{botId}/backtests/{backtestId}/result", "A backtest's full result as saved",
                        this::result).returns(200, Object.class),
                ApiRoute.delete("/api/bots/{botId}/backtests/{backtestId}", "Delete a backtest", this::delete));
    }

    void list(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        String version = ctx.queryParam("version");
        VersionNumber number = version == null ? null : Requests.version(version, "version");
        if (storage.bots().get(accountId, botId).isEmpty()) {
            throw ApiException.notFound("bot " + botId);
        }
        List<StoredBacktest> backtests = number == null ? storage.backtests().list(accountId, botId)
                : storage.backtests().list(accountId, botId, number);
        ctx.json(backtests.stream().map(this::view).toList());
    }

    void save(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        byte[] body = JsonBodies.bytes(ctx, JsonBodies.limit(ctx), MAX_RESULT,
                ": backtest a shorter period, or have the bot plot and log less");
        Upload upload = parse(body);
        try {
            BacktestJson.readConfig(Json.parse(upload.config).asObject());
        } catch (RuntimeException e) {
            throw ApiException.invalid("result.config", "result.config is not a backtest config: " + e.getMessage());
        }
        String result = new String(body, upload.resultStart, upload.resultEnd - upload.resultStart, StandardCharsets.UTF_8);
        // backtests are deterministic: the same version, settings and candles give the same bytes, kept once
        Optional<StoredBacktest> same = storage.backtests().findSameResult(accountId, botId, upload.version, result);
        if (same.isPresent()) {
            ctx.status(200).json(view(same.get()));
            return;
        }
        StoredBacktest saved = storage.backtests().save(accountId, botId, upload.version, upload.config, upload.stats,
                result);
        storage.versions().lock(accountId, botId, upload.version);
        ctx.status(201).json(view(saved));
    }

    void get(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        String backtestId = Requests.id(ctx, "backtestId");
        StoredBacktest backtest = storage.backtests().get(accountId, botId, backtestId)
                .orElseThrow(() -> ApiException.notFound("backtest " + backtestId));
        ctx.json(view(backtest));
    }

    void result(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        String backtestId = Requests.id(ctx, "backtestId");
        ctx.contentType("application/json").result(storage.backtests().fullResult(accountId, botId, backtestId));
    }

    void delete(Context ctx, String accountId) {
        storage.backtests().delete(accountId, Requests.id(ctx, "botId"), Requests.id(ctx, "backtestId"));
        ctx.status(204);
    }

    private BacktestView view(StoredBacktest b) {
        return new BacktestView(b.id(), b.botId(), b.version().toString(), tree(b.configJson()), tree(b.statsJson()),
                b.resultBytes(), b.resultSha256(), b.createdAt());
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a stored backtest holds unreadable JSON", e);
        }
    }

    /** The checked parts of a save: where the result's bytes are, and its config and stats as text. */
    private record Upload(VersionNumber version, int resultStart, int resultEnd, String config, String stats) {
    }

    /** Walks the body once with a streaming parser (a 20 MB result never becomes a tree). */
    private Upload parse(byte[] body) {
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, null, "the body must be a JSON object");
            VersionNumber version = null;
            int start = -1;
            int end = -1;
            String[] configAndStats = null;
            Set<String> seen = new HashSet<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String field = Requests.fieldName(parser.currentName());
                JsonToken value = parser.nextToken();
                if (!seen.add(field)) {
                    throw ApiException.badRequest("duplicate_field", "field '" + field + "' appears twice", field);
                }
                switch (field) {
                    case "version" -> {
                        expect(value, JsonToken.VALUE_STRING, "version", "field 'version' must be a string");
                        version = Requests.version(parser.getText(), "version");
                    }
                    case "result" -> {
                        expect(value, JsonToken.START_OBJECT, "result", "field 'result' must be an object");
                        start = (int) parser.currentTokenLocation().getByteOffset();
                        configAndStats = readResult(parser);
                        end = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    }
                    default -> throw ApiException.badRequest("unknown_field", "unknown field '" + Requests.fieldName(field)
                            + "'; known fields: result, version", Requests.fieldName(field));
                }
            }
            if (parser.nextToken() != null) {
                throw ApiException.badRequest("malformed_json", "the body has content after its JSON object", null);
            }
            if (version == null) {
                throw ApiException.missing("version");
            }
            if (configAndStats == null) {
                throw ApiException.missing("result");
            }
            return new Upload(version, start, end, configAndStats[0], configAndStats[1]);
        } catch (IOException e) {
            throw JsonBodies.translate(e);
        }
    }

    /** Checks the result object's keys and kinds; returns its config and stats as text. The parser ends on its '}'. */
    private String[] readResult(JsonParser parser) throws IOException {
        String config = null;
        String stats = null;
        Set<String> seen = new HashSet<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            String field = "result." + Requests.fieldName(key);
            if (!RESULT_KEYS.containsKey(key)) {
                throw ApiException.badRequest("unknown_field", "unknown field '" + field + "'; a result has "
                        + String.join(", ", RESULT_KEYS.keySet()), field);
            }
            if (!seen.add(key)) {
                throw ApiException.badRequest("duplicate_field", "field '" + field + "' appears twice", field);
            }
            JsonToken kind = RESULT_KEYS.get(key);
            boolean ok = kind == null ? value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL
                    : kind == JsonToken.VALUE_NUMBER_INT ? value == JsonToken.VALUE_NUMBER_INT : value == kind;
            if (!ok) {
                throw ApiException.badRequest("wrong_type", "field '" + field + "' must be " + describe(kind), field);
            }
            if (key.equals("config") || key.equals("stats")) {
                // a sub-tree of a larger document: what follows it is not "trailing"
                JsonNode tree = mapper.readerFor(JsonNode.class)
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
                String text = mapper.writeValueAsString(tree);
                if (key.equals("config")) {
                    config = text;
                } else {
                    stats = text;
                }
            } else {
                parser.skipChildren();
            }
        }
        for (String key : RESULT_KEYS.keySet()) {
            if (!seen.contains(key)) {
                throw ApiException.missing("result." + key);
            }
        }
        if ((long) config.length() + stats.length() > 60_000) {
            throw ApiException.invalid("result.stats", "result.config and result.stats must stay under 60 KB together");
        }
        return new String[] {config, stats};
    }

    private static void expect(JsonToken actual, JsonToken expected, String field, String message) {
        if (actual != expected) {
            throw ApiException.badRequest("wrong_type", message, field);
        }
    }

    private static String describe(JsonToken kind) {
        if (kind == null) {
            return "an object or null";
        }
        return switch (kind) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_NUMBER_INT -> "an integer";
            default -> "of another type";
        };
    }


    private static Map<String, JsonToken> resultKeys() {
        Map<String, JsonToken> keys = new LinkedHashMap<>();
        keys.put("config", JsonToken.START_OBJECT);
        keys.put("orders", JsonToken.START_ARRAY);
        keys.put("balances", JsonToken.START_OBJECT);
        keys.put("equity", JsonToken.START_ARRAY);
        keys.put("stats", JsonToken.START_OBJECT);
        keys.put("plots", JsonToken.START_ARRAY);
        keys.put("logs", JsonToken.START_ARRAY);
        keys.put("droppedLogs", JsonToken.VALUE_NUMBER_INT);
        keys.put("state", null); // the bot's state: an object (or null before any run)
        keys.put("errors", JsonToken.START_ARRAY);
        return java.util.Collections.unmodifiableMap(keys);
    }
}
