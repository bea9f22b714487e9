package io.awstrader.sandbox;

import io.awstrader.engine.bot.BotException;
import io.awstrader.engine.bot.BotHaltedException;
import io.awstrader.engine.bot.BotHost;
import io.awstrader.engine.bot.BotScript;
import io.awstrader.engine.bot.ScriptedBot;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bot's JavaScript running on the JVM: a {@link BotSandbox} with the engine's {@code bot-api.js} and the bot,
 * wired to a {@link BotHost}, seen by the engine as a {@link ScriptedBot}. The browser worker wires the same two
 * scripts to the same host, which is why both give the same results.
 */
public final class JvmBot implements AutoCloseable {
    /** The bridge script, from engine-shared: one file for every runtime. */
    static final String BOT_API = read(BotHost.class, "bot-api.js");
    /** The JVM's host object around the proxy: a run's start brought with the call (see packed-bridge.js). */
    static final String PACKED_BRIDGE = read(JvmBot.class, "packed-bridge.js");

    private final String botJs;
    private final SandboxLimits limits;
    private final BotHost host;
    private final ScriptedBot runtime;
    private Loaded loaded; // replaced when the bot is reloaded after a limit error

    /**
     * One load of the bot: its sandbox, the frozen runner {@code bot-api.js} made for it, the runner's
     * {@code onData} and packed-bridge.js's {@code onData(runnerOnData, stateJson, start)}.
     */
    private record Loaded(BotSandbox sandbox, Value runner, Value onData, Value onDataWithStart) {
    }

    private JvmBot(String botJs, SandboxLimits limits, BotHost host, Loaded loaded) {
        this.botJs = botJs;
        this.limits = limits;
        this.host = host;
        this.loaded = loaded;
        BotScript script = new BotScript() {
            @Override
            public String initializeState(String configJson, String stateJson) {
                return call(bot -> bot.sandbox.run(global -> bot.runner.invokeMember("initializeState", configJson,
                        stateJson).asString()));
            }

            @Override
            public String onData(String stateJson) {
                // The run's start, computed here rather than asked for by the script: one boundary crossing per run.
                String start = host.beginPacked();
                return call(bot -> bot.sandbox.run(global -> bot.onDataWithStart.execute(bot.onData, stateJson, start)
                        .asString()));
            }
        };
        this.runtime = new ScriptedBot(script, host);
    }

    /**
     * Loads {@code botJs} (compiled JavaScript; TypeScript line numbers are kept by {@link BotCompiler}) into a new
     * sandbox with these limits per call.
     *
     * @throws io.awstrader.engine.bot.BotException when the bot does not load: a top-level error, or no
     *                                              {@code onData}
     */
    public static JvmBot load(String botJs, SandboxLimits limits) {
        BotHost host = new BotHost();
        return new JvmBot(botJs, limits, host, open(botJs, limits, host));
    }

    private static Loaded open(String botJs, SandboxLimits limits, BotHost host) {
        BotSandbox sandbox = BotSandbox.open(limits);
        try {
            Value packed = sandbox.evaluate("packed-bridge.js", PACKED_BRIDGE);
            Value wiring = sandbox.run(global -> packed.execute(hostProxy(host)));
            Value bridge = sandbox.run(global -> wiring.getMember("host"));
            Value onDataWithStart = sandbox.run(global -> wiring.getMember("onData"));
            sandbox.evaluate("bot-api.js", BOT_API);
            Value api = sandbox.run(global -> global.getMember("awstraderBotApi").invokeMember("prepare", bridge));
            String wrapped = sandbox.run(global -> api.invokeMember("wrap", botJs).asString());
            Value exports = sandbox.evaluate("bot.ts", wrapped);
            Value runner = sandbox.run(global -> api.invokeMember("runner", exports));
            // The runner is frozen: its functions can be looked up once.
            return new Loaded(sandbox, runner, sandbox.run(global -> runner.getMember("onData")), onDataWithStart);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /**
     * A call into the bot. After a call that broke its time or memory limit, the bot is loaded anew from its code:
     * what the interrupted call left half done, and what a memory bomb holds, go with the old context. The JavaScript
     * runtimes, which cannot interrupt a call, reload at the same call (call-guard.js), so in every runtime a bot's
     * top-level variables start over after a limit error and only its {@code state} carries on.
     */
    private String call(Function<Loaded, String> invoke) {
        try {
            return invoke.apply(loaded);
        } catch (BotRunException e) {
            if (e.limitBroken()) {
                reload();
            }
            throw e;
        }
    }

    private void reload() {
        loaded.sandbox.close();
        host.forgetScript();
        try {
            loaded = open(botJs, limits, host);
        } catch (BotException e) {
            throw new BotHaltedException("the bot could not be reloaded after a call broke its limit: "
                    + e.getMessage());
        }
    }

    /** The bot as the engine runs it ({@code Iteration}, {@code Backtest}). */
    public ScriptedBot runtime() {
        return runtime;
    }

    @Override
    public void close() {
        loaded.sandbox.close();
    }

    /**
     * The {@link BotHost} methods packed-bridge.js wraps into the host object {@code bot-api.js} calls, one function
     * each, taking strings and numbers ({@code begin} and {@code next} are packed-bridge.js's own, over
     * {@code beginPacked}). Arguments are converted here and nowhere else; a missing or mistyped argument becomes an
     * error answer.
     */
    static ProxyObject hostProxy(BotHost host) {
        Map<String, Object> members = new HashMap<>();
        members.put("beginPacked", fn(args -> host.beginPacked()));
        members.put("config", fn(args -> host.config()));
        members.put("catalog", fn(args -> host.catalog()));
        members.put("series", fn(args -> host.series(text(args, 0), text(args, 1), text(args, 2))));
        members.put("indicatorOver", fn(args -> host.indicatorOver(text(args, 0), text(args, 1))));
        members.put("patternOver", fn(args -> host.patternOver(text(args, 0), text(args, 1))));
        members.put("smaArray", fn(args -> host.smaArray(text(args, 0), number(args, 1))));
        members.put("random", fn(args -> host.random()));
        members.put("portfolio", fn(args -> host.portfolio()));
        members.put("portfolioValue", fn(args -> host.portfolioValue()));
        members.put("order", fn(args -> host.order(text(args, 0))));
        members.put("openOrders", fn(args -> host.openOrders()));
        members.put("placeOrder", fn(args -> host.placeOrder(text(args, 0), text(args, 1), text(args, 2),
                number(args, 3), number(args, 4), number(args, 5))));
        members.put("cancelOrder", fn(args -> host.cancelOrder(text(args, 0))));
        members.put("grid", fn(args -> host.grid(number(args, 0), number(args, 1), number(args, 2))));
        members.put("plot", fn(args -> host.plot(text(args, 0), text(args, 1), text(args, 2), number(args, 3),
                text(args, 4))));
        members.put("log", fn(args -> host.log(text(args, 0), text(args, 1))));
        return ProxyObject.fromMap(members);
    }

    private interface HostFunction {
        String apply(Value[] args);
    }

    private static ProxyExecutable fn(HostFunction body) {
        return args -> {
            try {
                return body.apply(args);
            } catch (IllegalArgumentException e) {
                return "!" + e.getMessage();
            }
        };
    }

    private static String text(Value[] args, int i) {
        if (i >= args.length || !args[i].isString()) {
            throw new IllegalArgumentException("bridge argument " + i + " must be a string");
        }
        return args[i].asString();
    }

    private static double number(Value[] args, int i) {
        if (i >= args.length || !args[i].isNumber()) {
            throw new IllegalArgumentException("bridge argument " + i + " must be a number");
        }
        return args[i].asDouble();
    }

    private static String read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
