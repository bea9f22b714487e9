package io.awstrader.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.schedule.LocalScheduler;
import io.awstrader.lambda.tick.DeploymentReport;
import io.awstrader.lambda.tick.RunSettings;
import io.awstrader.lambda.tick.TickOutcome;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.JsonBodies;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.Storage;
import io.awstrader.storage.bot.BotVersion;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.deployment.Deployment;
import io.awstrader.storage.deployment.NewDeployment;
import io.awstrader.storage.exchange.ExchangeAccount;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deployments: a locked bot version running every interval on an exchange account, virtual (the engine's virtual
 * exchange) or real (orders through the exchange's adapter, written ahead and placed with client order ids). Create,
 * list, get (with its result so far in a backtest's form), stop, resume, move to another version of the bot, run one
 * tick now, delete.
 */
public final class DeploymentsApi {
    private static final int MAX_NAME = 100;
    private static final int MAX_PAIRS = 10;

    private final Storage storage;
    private final DeploymentRuntime runtime;
    private final JsonBodies bodies;
    private final ObjectMapper mapper;

    public DeploymentsApi(Storage storage, DeploymentRuntime runtime, JsonBodies bodies, ObjectMapper mapper) {
        this.storage = storage;
        this.runtime = runtime;
        this.bodies = bodies;
        this.mapper = mapper;
    }

    /** A new deployment; {@code settings} holds {@code fees}, {@code slippage}, {@code warmup}, {@code seed}, {@code config}. */
    public record NewDeploymentBody(String name, String botId, String version, String exchangeId, List<String> pairs,
            String interval, @OptionalField Map<String, Object> settings, @OptionalField Boolean active) {
    }

    /** Moves a deployment to another version of its bot; {@code freshState} starts the bot's state over. */
    public record MoveBody(String version, @OptionalField Boolean freshState) {
    }

    /** A deployment as lists show it. */
    public record DeploymentView(String id, String name, String botId, String version, String exchangeId,
            String interval, List<String> pairs, boolean active, String pausedReason, Object settings, long ticks,
            long skippedCandles, long duplicateTicks, int consecutiveErrors, long exchangeErrors,
            String lastExchangeError, Instant lastCandleClose, Instant lastRunAt, Instant nextTickAt,
            Instant createdAt) {
    }

    /** A deployment with its result so far (a backtest's result form; null before its first tick). */
    public record DeploymentDetailView(DeploymentView deployment, Object result) {
    }

    /** What a tick run on request did. */
    public record TickView(String result, long tickKey, long skipped, int ordersPlaced, boolean botError,
            boolean paused, String message) {
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/deployments", "Your deployments", this::list).returnsList(DeploymentView.class),
                ApiRoute.post("/api/deployments", "Deploy a bot version on an exchange account (virtual or real)",
                        this::create)
                        .body(NewDeploymentBody.class).bodyLimit(70_000).returns(201, DeploymentView.class),
                ApiRoute.get("/api/deployments/{deploymentId}", "A deployment with its orders, stats, logs, plots, "
                        + "state and errors so far", this::get).returns(200, DeploymentDetailView.class),
                ApiRoute.post("/api/deployments/{deploymentId}/stop", "Stop running the deployment", this::stop)
                        .returns(200, DeploymentView.class).conflict("the deployment changed meanwhile"),
                ApiRoute.post("/api/deployments/{deploymentId}/resume", "Run the deployment again (clears a pause)",
                        this::resume).returns(200, DeploymentView.class).conflict("the deployment changed meanwhile"),
                ApiRoute.post("/api/deployments/{deploymentId}/version", "Move the deployment to another version of "
                        + "its bot", this::move).body(MoveBody.class).returns(200, DeploymentView.class)
                        .conflict("the deployment changed meanwhile"),
                ApiRoute.post("/api/deployments/{deploymentId}/tick", "Run one tick now (even when stopped)",
                        this::tick).returns(200, TickView.class),
                ApiRoute.delete("/api/deployments/{deploymentId}", "Delete a deployment (on a real account, first "
                        + "cancel its open orders at the exchange unless cancelOrders=false)", this::delete)
                        .query("cancelOrders", false, "boolean", "true (default): cancel the deployment's open orders "
                                + "at the exchange first; false: leave them"));
    }

    void list(Context ctx, String accountId) {
        ctx.json(storage.deployments().list(accountId).stream().map(this::view).toList());
    }

    void create(Context ctx, String accountId) {
        NewDeploymentBody body = bodies.read(ctx, NewDeploymentBody.class);
        String name = Requests.text(body.name(), "name", MAX_NAME);
        String botId = Requests.required(body.botId(), "botId");
        if (storage.bots().get(accountId, checkId(botId, "botId")).isEmpty()) {
            throw ApiException.notFound("bot " + botId);
        }
        VersionNumber version = deployable(accountId, botId, body.version());
        String exchangeId = checkId(Requests.required(body.exchangeId(), "exchangeId"), "exchangeId");
        ExchangeAccount exchange = storage.exchanges().get(accountId, exchangeId)
                .orElseThrow(() -> ApiException.notFound("exchange account " + exchangeId));
        RunInterval interval;
        try {
            interval = RunInterval.parse(Requests.required(body.interval(), "interval"));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("interval", "interval must be one of " + RunInterval.codes());
        }
        List<Pair> pairs = pairs(body.pairs());
        String settings = settings(body.settings());
        NewDeployment spec = new NewDeployment(name, botId, version, exchangeId, interval, pairs,
                body.active() == null || body.active(), settings);
        try {
            // the engine's own reader checks every setting with the exchange account's balances, as a backtest's
            RunSettings.of(pairs, interval, settings, exchange);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("settings", e.getMessage());
        }
        ctx.status(201).json(view(storage.deployments().create(accountId, spec)));
    }

    /** The version to run: it must exist and compile (a version without JavaScript would fail every tick). */
    private VersionNumber deployable(String accountId, String botId, String requested) {
        VersionNumber version = Requests.version(Requests.required(requested, "version"), "version");
        BotVersion found = storage.versions().get(accountId, botId, version)
                .orElseThrow(() -> ApiException.notFound("version " + version + " of bot " + botId));
        if (found.compiledJs() == null || found.compiledJs().isBlank()) {
            throw ApiException.invalid("version", "version " + version + " does not compile: fix its problems in the "
                    + "editor and save it, then deploy it");
        }
        return version;
    }

    void get(Context ctx, String accountId) {
        Deployment d = require(ctx, accountId);
        JsonObject result = DeploymentReport.result(storage, d);
        ctx.json(new DeploymentDetailView(view(d), result == null ? null : tree(Json.write(result))));
    }

    void stop(Context ctx, String accountId) {
        Deployment d = require(ctx, accountId);
        ctx.json(view(storage.deployments().setActive(accountId, d.id(), false, d.lockVersion())));
    }

    void resume(Context ctx, String accountId) {
        Deployment d = require(ctx, accountId);
        ctx.json(view(storage.deployments().setActive(accountId, d.id(), true, d.lockVersion())));
    }

    void move(Context ctx, String accountId) {
        Deployment d = require(ctx, accountId);
        MoveBody body = bodies.read(ctx, MoveBody.class);
        VersionNumber version = deployable(accountId, d.botId(), body.version());
        String carry = null;
        if (Boolean.TRUE.equals(body.freshState()) && d.carryJson() != null) {
            carry = Json.write(io.awstrader.engine.bot.RunCarry.fromJson(Json.parse(d.carryJson()).asObject())
                    .withFreshState().toJson());
        }
        ctx.json(view(storage.deployments().moveToVersion(accountId, d.id(), version, carry, d.lockVersion())));
    }

    void tick(Context ctx, String accountId) {
        Deployment d = require(ctx, accountId);
        TickOutcome outcome = runtime.tick().run(accountId, d.id(), runtime.clock().millis(), true);
        ctx.json(new TickView(outcome.result().name().toLowerCase(java.util.Locale.ROOT), outcome.tickKey(),
                outcome.skipped(), outcome.ordersPlaced(), outcome.botError(), outcome.paused(), outcome.message()));
    }

    void delete(Context ctx, String accountId) {
        Deployment d = require(ctx, accountId);
        String cancel = ctx.queryParam("cancelOrders");
        if (cancel != null && !cancel.equals("true") && !cancel.equals("false")) {
            throw ApiException.badRequest("wrong_type", "cancelOrders must be true or false", "cancelOrders");
        }
        if (!"false".equals(cancel)) {
            try {
                runtime.tick().cancelOpenOrders(accountId, d.id());
            } catch (ExchangeException e) {
                // nothing is deleted: the orders would keep trading with no deployment to show them
                throw new ApiException(502, "exchange_" + e.kind().code(), "the deployment's open orders could not "
                        + "be cancelled, so it was not deleted: " + e.getMessage()
                        + " (try again, or delete with cancelOrders=false to leave them)", null);
            }
        }
        storage.deployments().delete(accountId, d.id());
        ctx.status(204);
    }

    private Deployment require(Context ctx, String accountId) {
        String id = Requests.id(ctx, "deploymentId");
        try {
            return storage.deployments().require(accountId, id);
        } catch (NotFoundException e) {
            throw ApiException.notFound("deployment " + id);
        }
    }

    private static String checkId(String id, String field) {
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw ApiException.invalid(field, field + " is not an id");
        }
        return id;
    }

    private static List<Pair> pairs(List<String> names) {
        if (names == null) {
            throw ApiException.missing("pairs");
        }
        if (names.isEmpty() || names.size() > MAX_PAIRS) {
            throw ApiException.invalid("pairs", "pairs needs 1 to " + MAX_PAIRS + " pairs, e.g. [\"BTC/USD\"]");
        }
        List<Pair> pairs = new ArrayList<>();
        for (String name : names) {
            try {
                Pair pair = Pair.parse(Requests.required(name, "pairs"));
                if (!pairs.isEmpty() && !pairs.get(0).quote().equals(pair.quote())) {
                    throw ApiException.invalid("pairs", "all pairs must be quoted in one asset");
                }
                if (pairs.contains(pair)) {
                    throw ApiException.invalid("pairs", "pairs names " + pair + " twice");
                }
                pairs.add(pair);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("pairs", e.getMessage());
            }
        }
        return pairs;
    }

    private String settings(Map<String, Object> settings) {
        if (settings == null) {
            return "{}";
        }
        for (String key : settings.keySet()) {
            if (!RunSettings.KEYS.contains(key)) {
                throw ApiException.invalid("settings." + Requests.fieldName(key), "unknown setting; known: "
                        + RunSettings.KEYS);
            }
        }
        try {
            return mapper.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("settings", "settings must be a JSON object");
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the engine wrote JSON that does not parse", e);
        }
    }

    private DeploymentView view(Deployment d) {
        Object settings = tree(d.settingsJson());
        Instant lastClose = d.lastTickKey() == 0 ? null : Instant.ofEpochMilli(d.lastTickKey());
        Instant next = d.active() ? Instant.ofEpochMilli(runtime.clock().millis()
                + LocalScheduler.delayUntilNext(d.runInterval(), runtime.clock().millis())) : null;
        return new DeploymentView(d.id(), d.name(), d.botId(), d.version().toString(), d.exchangeAccountId(),
                d.runInterval().code(), d.pairs().stream().map(Pair::toString).toList(), d.active(), d.pausedReason(),
                settings, d.counts().ticks(), d.counts().skipped(), d.counts().duplicates(), d.consecutiveErrors(),
                d.exchangeErrors(), d.lastExchangeError(), lastClose, d.lastRunAt(), next, d.createdAt());
    }
}
