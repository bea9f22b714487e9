package io.awstrader.server.api;

import io.awstrader.server.api.Views.VersionSummaryView;
import io.awstrader.server.api.Views.VersionView;
import io.awstrader.server.code.BotCode;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.JsonBodies;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.bot.VersionRepository;
import io.awstrader.storage.bot.VersionSummary;
import io.javalin.http.Context;
import java.util.List;

/**
 * Versions of a bot: new major ({@code 2.0}) or minor ({@code 1.1}) versions copying the newest code, reading, and
 * saving source (compiled on save, diagnostics stored) while the version is unlocked. A backtest or deployment
 * locks it.
 */
public final class VersionsApi {
    private final Storage storage;
    private final BotCode code;
    private final JsonBodies bodies;

    public VersionsApi(Storage storage, BotCode code, JsonBodies bodies) {
        this.storage = storage;
        this.code = code;
        this.bodies = bodies;
    }

    /** {@code type}: {@code major} or {@code minor}; {@code major}: for a minor version, which major (default: the newest). */
    public record NewVersion(String type, @OptionalField Integer major) {
    }

    /** The version's new TypeScript source. */
    public record SourceUpdate(String source) {
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/bots/{botId}/versions", "The bot's versions, without code", this::list)
                        .returnsList(VersionSummaryView.class),
                ApiRoute.post("/api/bots/{botId}/versions", "Create a major or minor version from the newest code",
                        this::create).body(NewVersion.class).bodyLimit(10_000).returns(201, VersionView.class),
                ApiRoute.get("/api/bots/{botId}/versions/{version}", "A version with its source, JavaScript and diagnostics",
                        this::get).returns(200, VersionView.class),
                ApiRoute.patch("/api/bots/{botId}/versions/{version}", "Save new source (compiled now; diagnostics returned)",
                        this::update).body(SourceUpdate.class).returns(200, VersionView.class)
                        .conflict("the version is locked (backtested or deployed)"));
    }

    void list(Context ctx, String accountId) {
        String botId = existingBot(ctx, accountId);
        ctx.json(storage.versions().list(accountId, botId).stream().map(VersionsApi::summary).toList());
    }

    void create(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        NewVersion body = bodies.read(ctx, NewVersion.class);
        String type = Requests.required(body.type(), "type");
        BotVersion created;
        switch (type) {
            case "major" -> {
                if (body.major() != null) {
                    throw ApiException.invalid("major", "major is for minor versions only");
                }
                created = storage.versions().createMajor(accountId, botId);
            }
            case "minor" -> {
                List<VersionSummary> existing = storage.versions().list(accountId, botId);
                if (existing.isEmpty()) {
                    throw ApiException.notFound("bot " + botId);
                }
                int major = body.major() != null ? body.major() : existing.get(existing.size() - 1).number().major();
                if (existing.stream().noneMatch(v -> v.number().major() == major)) {
                    throw ApiException.invalid("major", "the bot has no version " + major + ".x");
                }
                created = storage.versions().createMinor(accountId, botId, major);
            }
            default -> throw ApiException.invalid("type", "type must be 'major' or 'minor'");
        }
        ctx.status(201).json(view(created));
    }

    void get(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        VersionNumber number = Requests.version(ctx, "version");
        ctx.json(view(find(accountId, botId, number)));
    }

    void update(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        VersionNumber number = Requests.version(ctx, "version");
        SourceUpdate body = bodies.read(ctx, SourceUpdate.class);
        String source = Requests.required(body.source(), "source");
        BotVersion current = find(accountId, botId, number);
        if (current.locked()) {
            throw lockedError(botId, number);
        }
        BotCode.Compiled compiled = code.compile(source);
        checkSize(compiled);
        BotVersion saved = storage.versions().update(accountId, botId, number, compiled.source(),
                compiled.javascript(), compiled.diagnosticsJson(), current.lockVersion());
        ctx.json(view(saved));
    }

    static ApiException lockedError(String botId, VersionNumber number) {
        return ApiException.conflict("version_locked", "version " + number + " is locked because a backtest or a "
                + "deployment uses it; create a new version to change the code");
    }

    /** Refuses code that would not fit in a version item, naming the field. */
    static void checkSize(BotCode.Compiled compiled) {
        long bytes = VersionRepository.codeBytes(compiled.source(), compiled.javascript(), compiled.diagnosticsJson());
        if (bytes > VersionRepository.MAX_CODE_BYTES) {
            throw ApiException.invalid("source", "the source is too large: " + bytes / 1024
                    + " KB with its compiled JavaScript; the limit is " + VersionRepository.MAX_CODE_BYTES / 1024 + " KB");
        }
    }

    private String existingBot(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        if (storage.bots().get(accountId, botId).isEmpty()) {
            throw ApiException.notFound("bot " + botId);
        }
        return botId;
    }

    private BotVersion find(String accountId, String botId, VersionNumber number) {
        return storage.versions().get(accountId, botId, number)
                .orElseThrow(() -> ApiException.notFound("version " + number + " of bot " + botId));
    }

    VersionView view(BotVersion v) {
        return new VersionView(v.botId(), v.number().toString(), v.source(), v.compiledJs(),
                code.diagnostics(v.diagnosticsJson()), v.locked(), v.createdAt(), v.updatedAt());
    }

    static VersionSummaryView summary(VersionSummary v) {
        return new VersionSummaryView(v.number().toString(), v.locked(), v.createdAt(), v.updatedAt());
    }
}
