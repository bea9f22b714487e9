package io.awstrader.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.market.CachedCandleSource;
import io.awstrader.lambda.schedule.LocalScheduler;
import io.awstrader.lambda.tick.DeploymentTick;
import io.awstrader.sandbox.BotCompiler;
import io.awstrader.sandbox.SandboxLimits;
import io.awstrader.server.api.ApiRoute;
import io.awstrader.server.api.AuthApi;
import io.awstrader.server.api.BacktestsApi;
import io.awstrader.server.api.BotsApi;
import io.awstrader.server.api.CandlesApi;
import io.awstrader.server.api.DeploymentsApi;
import io.awstrader.server.api.ExchangeKeyCheck;
import io.awstrader.server.api.ExchangesApi;
import io.awstrader.server.api.HealthApi;
import io.awstrader.server.api.RouteSpec;
import io.awstrader.server.api.SamplesApi;
import io.awstrader.server.api.VersionsApi;
import io.awstrader.server.auth.Authenticator;
import io.awstrader.server.auth.LoginThrottle;
import io.awstrader.server.auth.OriginCheck;
import io.awstrader.server.auth.PasswordHasher;
import io.awstrader.server.auth.PasswordPolicy;
import io.awstrader.server.candles.BundledCandles;
import io.awstrader.server.candles.CandleService;
import io.awstrader.server.code.BotCode;
import io.awstrader.server.demo.DemoAccount;
import io.awstrader.server.demo.SampleBots;
import io.awstrader.server.openapi.OpenApiApi;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.JsonBodies;
import io.awstrader.server.validation.JsonMappers;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.Storage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app: storage (DynamoDB Local in the data folder by default), the REST API with sessions and the
 * security checks, the candle service, and the web client's static files. {@link #close()} stops it cleanly.
 */
public final class AwsTraderServer implements AutoCloseable {
    /** The caching of files whose names carry a hash of their content: a year, never revalidated. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** What /engine/* (the backtest worker and its modules) is served with: eval for the bot, no connections. */
    public static final String ENGINE_CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'none'; worker-src 'none'";
    /**
     * What the app's pages are served with: scripts, workers and connections from this server only, no eval (the
     * bot's code runs only in the backtest worker), inline styles (the editor and charts set them), no framing.
     */
    public static final String APP_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Logger LOG = LoggerFactory.getLogger(AwsTraderServer.class);
    /** The version in the jar's manifest, or {@code dev} when run from classes. */
    public static final String VERSION = Objects.requireNonNullElse(
            AwsTraderServer.class.getPackage().getImplementationVersion(), "dev");

    private final Javalin app;
    private final Storage storage;
    private final CompletableFuture<BotCompiler> compiler;
    private final boolean ownsCompiler;
    private final Optional<DemoAccount.Credentials> demo;
    private final CompletableFuture<Integer> candlesLoaded;
    private final DeploymentRuntime deployments;
    private final LocalScheduler scheduler;

    private AwsTraderServer(Javalin app, Storage storage, CompletableFuture<BotCompiler> compiler,
            boolean ownsCompiler, Optional<DemoAccount.Credentials> demo, CompletableFuture<Integer> candlesLoaded,
            DeploymentRuntime deployments, LocalScheduler scheduler) {
        this.deployments = deployments;
        this.scheduler = scheduler;
        this.app = app;
        this.storage = storage;
        this.compiler = compiler;
        this.ownsCompiler = ownsCompiler;
        this.demo = demo;
        this.candlesLoaded = candlesLoaded;
    }

    /** Opens storage in the settings' data folder and starts serving. */
    public static AwsTraderServer start(ServerSettings settings) {
        return start(settings, null);
    }

    /**
     * Starts with the given compiler (shared, e.g. by tests; not closed by {@link #close()}), or a new one loaded in
     * the background when null.
     */
    public static AwsTraderServer start(ServerSettings settings, BotCompiler sharedCompiler) {
        CompletableFuture<BotCompiler> compiler = sharedCompiler != null ? CompletableFuture.completedFuture(sharedCompiler)
                : CompletableFuture.supplyAsync(BotCompiler::new);
        Storage storage = null;
        try {
            storage = Storage.open(settings.dataDir(), settings.env());
            return start(settings, storage, compiler, sharedCompiler == null);
        } catch (RuntimeException e) {
            if (storage != null) {
                storage.close();
            }
            if (sharedCompiler == null) {
                compiler.thenAccept(BotCompiler::close);
            }
            throw e;
        }
    }

    private static AwsTraderServer start(ServerSettings settings, Storage storage, CompletableFuture<BotCompiler> compiler,
            boolean ownsCompiler) {
        Clock clock = Clock.systemUTC();
        ObjectMapper mapper = JsonMappers.strict();
        JsonBodies bodies = new JsonBodies(mapper);
        BotCode code = new BotCode(compiler, mapper);
        PasswordHasher hasher = new PasswordHasher();
        Authenticator auth = new Authenticator(storage.sessions());
        AtomicInteger boundPort = new AtomicInteger(settings.port());
        OriginCheck origins = new OriginCheck(boundPort::get, settings.extraOrigins());

        // the bundled candles load while the server starts; candle requests wait for them
        CompletableFuture<Integer> candlesLoaded = !settings.loadCandles() ? CompletableFuture.completedFuture(0)
                : CompletableFuture.supplyAsync(() -> BundledCandles.ensureLoaded(storage.candles()));
        candlesLoaded.exceptionally(e -> {
            LOG.error("loading the bundled candles failed", e);
            return 0;
        });
        VersionsApi versions = new VersionsApi(storage, code, bodies);
        BotsApi bots = new BotsApi(storage, code, bodies, versions);
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new HealthApi(VERSION).routes());
        routes.addAll(new AuthApi(storage.accounts(), storage.sessions(), hasher, new PasswordPolicy(),
                new LoginThrottle(settings.loginLimits(), clock), bodies, settings.sessionLifetime()).routes());
        routes.addAll(bots.routes());
        routes.addAll(versions.routes());
        routes.addAll(new BacktestsApi(storage, mapper).routes());
        // the adapters' base URLs: the process environment, overridden by the settings' (tests point them at stubs)
        Map<String, String> exchangeEnv = new HashMap<>(System.getenv());
        exchangeEnv.putAll(settings.env());
        ExchangeRegistry exchanges = ExchangeRegistry.installed(exchangeEnv);
        routes.addAll(new ExchangesApi(storage, bodies, new ExchangeKeyCheck(exchanges)).routes());
        // ticks read the candle cache, and fetch the closed candles it lacks from the exchange (as GET /api/candles)
        List<ExchangeAdapter> publicExchanges = DeploymentRuntime.publicAdapters(exchanges);
        DeploymentRuntime deployments = new DeploymentRuntime(storage, new CachedCandleSource(storage.candles(),
                publicExchanges), maxBotErrors(settings.env()), clock, SandboxLimits.BOT_CALL,
                DeploymentRuntime.brokerages(storage, exchanges));
        routes.addAll(new DeploymentsApi(storage, deployments, bodies, mapper).routes());
        routes.addAll(new SamplesApi(SampleBots::bundled).routes());
        routes.addAll(new CandlesApi(new CandleService(storage.candles(), publicExchanges, clock,
                candlesLoaded)).routes());
        Javalin[] self = new Javalin[1];
        routes.addAll(new OpenApiApi(() -> routeSpecs(self[0]), VERSION).routes());

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.http.maxRequestSize = BacktestsApi.MAX_BODY + JsonBodies.DEFAULT_LIMIT;
            cfg.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonErrorHandler()));
            cfg.staticFiles.add(files -> {
                // The app's bundles: Vite names each by a hash of its content, so a name never changes content and a
                // returning browser uses its copy without asking again (the editor's 4 MB of Monaco above all).
                files.hostedPath = "/assets";
                files.directory = "/public/assets";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", IMMUTABLE);
            });
            cfg.staticFiles.add(files -> {
                // index.html, the engine's worker files and the API docs keep their names: checked on every load
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.requestLogger.http((ctx, ms) -> {
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
                }
            });
            cfg.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Referrer-Policy", "same-origin");
                // Cross-origin isolation: the page shares a heartbeat (SharedArrayBuffer) with the backtest worker to
                // keep every call into bot code to its time limit (engine/backtest-supervisor.js). Everything the app
                // loads is served from here, so requiring CORP costs nothing.
                ctx.header("Cross-Origin-Opener-Policy", "same-origin");
                ctx.header("Cross-Origin-Embedder-Policy", "require-corp");
                if (ctx.path().startsWith("/api/")) {
                    ctx.header("Cache-Control", "no-store");
                }
                if (ctx.path().startsWith("/engine/")) {
                    // The backtest worker's own policy (a worker takes the CSP its script is served with): it may
                    // eval the bot, load the engine's modules from here, and connect nowhere.
                    ctx.header("Content-Security-Policy", ENGINE_CONTENT_SECURITY_POLICY);
                } else if (!ctx.path().startsWith("/api/")) {
                    ctx.header("Content-Security-Policy", APP_CONTENT_SECURITY_POLICY);
                }
                origins.check(ctx);
            });
            // the REST API's page (Swagger UI, self-hosted in the web client under the app's policy)
            cfg.routes.get("/api/docs", ctx -> ctx.redirect("/api-docs/index.html"));
            ErrorAnswers.install(cfg);
            for (ApiRoute route : routes) {
                RouteSpec spec = route.spec();
                cfg.routes.addEndpoint(new Endpoint(spec.method(), spec.path(), wrap(route, spec, auth), Set.of(spec)));
            }
        });
        self[0] = app;
        Optional<DemoAccount.Credentials> demo = Optional.empty();
        try {
            app.start(settings.host(), settings.port());
            boundPort.set(app.port());
            if (settings.seedDemo()) {
                demo = DemoAccount.ensure(storage, hasher, bots, SampleBots.bundled());
            }
        } catch (RuntimeException e) {
            app.stop();
            candlesLoaded.handle((stored, failure) -> null).join();
            deployments.close();
            throw e;
        }
        LocalScheduler scheduler = new LocalScheduler(deployments, 2);
        scheduler.start();
        LOG.info("serving on http://{}:{} ({})", settings.host(), app.port(), storage.database().description());
        return new AwsTraderServer(app, storage, compiler, ownsCompiler, demo, candlesLoaded, deployments, scheduler);
    }

    /** Bot errors in a row that pause a deployment: {@value DeploymentRuntime#MAX_ERRORS_ENV}, else 5. */
    private static int maxBotErrors(Map<String, String> env) {
        String text = env.getOrDefault(DeploymentRuntime.MAX_ERRORS_ENV, "").trim();
        if (text.isEmpty()) {
            return DeploymentTick.DEFAULT_MAX_ERRORS;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(DeploymentRuntime.MAX_ERRORS_ENV + " must be a whole number >= 1, got '"
                + text + "'");
    }

    /** Session, query and body checks around a route's handler, in that order (no session: nothing else is said). */
    private static Handler wrap(ApiRoute route, RouteSpec spec, Authenticator auth) {
        Set<String> query = Set.copyOf(spec.queryNames());
        boolean takesBody = spec.body() != null;
        return ctx -> {
            String accountId = spec.signedIn() ? auth.require(ctx) : null;
            ctx.attribute(JsonBodies.LIMIT_ATTRIBUTE, spec.bodyLimit());
            Requests.onlyQueryParameters(ctx, query);
            if (!takesBody && hasBody(ctx)) {
                throw ApiException.badRequest("unexpected_body", "this route takes no request body", null);
            }
            route.handler().handle(ctx, accountId);
        };
    }

    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    /** The specs of the routes the running router serves. */
    static List<RouteSpec> routeSpecs(Javalin app) {
        List<RouteSpec> specs = new ArrayList<>();
        for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            RouteSpec spec = parsed.endpoint.metadata(RouteSpec.class);
            if (spec != null) {
                specs.add(spec);
            }
        }
        return specs;
    }

    /** The specs of every route served. */
    public List<RouteSpec> routes() {
        return routeSpecs(app);
    }

    /** Every endpoint Javalin serves, as {@code METHOD path}, whether or not it carries a spec. */
    public List<String> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint.method + " " + p.endpoint.path).toList();
    }

    public int port() {
        return app.port();
    }

    public Storage storage() {
        return storage;
    }

    /** Completes with the number of bundled candles stored (0 when the cache had them). */
    public CompletableFuture<Integer> bundledCandlesLoaded() {
        return candlesLoaded;
    }

    /** The demo account's credentials when this start created it (show them once); empty otherwise. */
    public Optional<DemoAccount.Credentials> createdDemoAccount() {
        return demo;
    }

    /** Stops serving (in-flight requests finish), then closes storage, which flushes DynamoDB Local's file. */
    @Override
    public void close() {
        try {
            scheduler.close(); // running ticks finish before the database closes
            deployments.close();
            app.stop();
        } finally {
            candlesLoaded.handle((stored, failure) -> null).join(); // never close the database under the loader's writes
            storage.close();
            if (ownsCompiler) {
                compiler.thenAccept(BotCompiler::close);
            }
        }
        LOG.info("stopped");
    }
}
