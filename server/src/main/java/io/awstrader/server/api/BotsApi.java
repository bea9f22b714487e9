package io.awstrader.server.api;

import io.awstrader.server.api.Views.BotDetailView;
import io.awstrader.server.api.Views.BotView;
import io.awstrader.server.api.Views.NewBotView;
import io.awstrader.server.code.BotCode;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.JsonBodies;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.Bot;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.deployment.Deployment;
import io.javalin.http.Context;
import java.util.List;

/** Bots: create (with version 1.0), list, get, rename, delete (refused while a deployment runs it). */
public final class BotsApi {
    /** The code of a bot created without any. */
    public static final String TEMPLATE = """
            // Runs once per closed candle. input holds candleData, config, state, trader, utils, indicators,
            // candlestickPatterns, plotter and console: type `input.` to see what each offers.
            function onData(input: BotInput) {
            }
            """;
    static final int MAX_NAME = 100;

    private final Storage storage;
    private final BotCode code;
    private final JsonBodies bodies;
    private final VersionsApi versions;

    public BotsApi(Storage storage, BotCode code, JsonBodies bodies, VersionsApi versions) {
        this.storage = storage;
        this.code = code;
        this.bodies = bodies;
        this.versions = versions;
    }

    /** A new bot: its name and, optionally, its TypeScript (else a template). */
    public record NewBot(String name, @OptionalField String source, @OptionalField String description) {
    }

    /** A bot's new name. */
    public record BotRename(String name) {
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/bots", "Your bots", this::list).returnsList(BotView.class),
                ApiRoute.post("/api/bots", "Create a bot with version 1.0 (its source is compiled on save)", this::create)
                        .body(NewBot.class).returns(201, NewBotView.class),
                ApiRoute.get("/api/bots/{botId}", "A bot and its versions", this::get).returns(200, BotDetailView.class),
                ApiRoute.patch("/api/bots/{botId}", "Rename a bot", this::rename).body(BotRename.class).bodyLimit(10_000)
                        .returns(200, BotView.class),
                ApiRoute.delete("/api/bots/{botId}", "Delete a bot with its versions, backtests and stopped deployments",
                        this::delete).conflict("a deployment of the bot is active"));
    }

    void list(Context ctx, String accountId) {
        ctx.json(storage.bots().list(accountId).stream().map(BotsApi::view).toList());
    }

    void create(Context ctx, String accountId) {
        NewBot body = bodies.read(ctx, NewBot.class);
        String name = Requests.text(body.name(), "name", MAX_NAME);
        String source = body.source() == null ? TEMPLATE : body.source();
        String description = body.description() == null ? "" : Requests.text(body.description(), "description", 500);
        NewBotView created = create(accountId, name, description, source);
        ctx.status(201).json(created);
    }

    /** Creates the bot and its version 1.0 holding {@code source} compiled; also used to seed the demo account. */
    public NewBotView create(String accountId, String name, String description, String source) {
        BotCode.Compiled compiled = code.compile(source);
        VersionsApi.checkSize(compiled);
        Bot bot = storage.bots().create(accountId, name, description);
        try {
            BotVersion first = storage.versions().createMajor(accountId, bot.id());
            BotVersion saved = storage.versions().update(accountId, bot.id(), first.number(), compiled.source(),
                    compiled.javascript(), compiled.diagnosticsJson(), first.lockVersion());
            return new NewBotView(view(bot), versions.view(saved));
        } catch (RuntimeException e) {
            storage.bots().delete(accountId, bot.id()); // no half-made bot left behind
            throw e;
        }
    }

    void get(Context ctx, String accountId) {
        Bot bot = find(accountId, Requests.id(ctx, "botId"));
        ctx.json(new BotDetailView(bot.id(), bot.name(), bot.description(), bot.createdAt(), bot.updatedAt(),
                storage.versions().list(accountId, bot.id()).stream().map(VersionsApi::summary).toList()));
    }

    void rename(Context ctx, String accountId) {
        String botId = Requests.id(ctx, "botId");
        BotRename body = bodies.read(ctx, BotRename.class);
        String name = Requests.text(body.name(), "name", MAX_NAME);
        Bot bot = find(accountId, botId);
        ctx.json(view(storage.bots().rename(accountId, botId, name, bot.lockVersion())));
    }

    void delete(Context ctx, String accountId) {
        Bot bot = find(accountId, Requests.id(ctx, "botId"));
        List<Deployment> deployments = storage.deployments().list(accountId).stream()
                .filter(d -> d.botId().equals(bot.id())).toList();
        long active = deployments.stream().filter(Deployment::active).count();
        if (active > 0) {
            throw ApiException.conflict("bot_deployed", "bot '" + bot.name() + "' has " + active + " active deployment"
                    + (active == 1 ? "" : "s") + "; stop " + (active == 1 ? "it" : "them") + " before deleting the bot");
        }
        for (Deployment stopped : deployments) {
            storage.deployments().delete(accountId, stopped.id());
        }
        storage.bots().delete(accountId, bot.id());
        ctx.status(204);
    }

    private Bot find(String accountId, String botId) {
        return storage.bots().get(accountId, botId).orElseThrow(() -> ApiException.notFound("bot " + botId));
    }

    static BotView view(Bot bot) {
        return new BotView(bot.id(), bot.name(), bot.description(), bot.createdAt(), bot.updatedAt());
    }
}
