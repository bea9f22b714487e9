package io.awstrader.sandbox;

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

/**
 * A bot's JavaScript running on the JVM: a {@link BotSandbox} with the engine's {@code bot-api.js} and the bot,
 * wired to a {@link BotHost}, seen by the engine as a {@link ScriptedBot}. The browser worker wires the same two
 * scripts to the same host, which is why both give the same results.
 */
public final class JvmBot implements AutoCloseable {
    /** The bridge script, from engine-shared: one file for every runtime. */
    static final String BOT_API = readBotApi();

    private final BotSandbox sandbox;
    private final ScriptedBot runtime;

    private JvmBot(BotSandbox sandbox, ScriptedBot runtime) {
        this.sandbox = sandbox;
        this.runtime = runtime;
    }

    /**
     * Loads {@code botJs} (compiled JavaScript; TypeScript line numbers are kept by {@link BotCompiler}) into a new
     * sandbox with these limits per call.
     *
     * @throws io.awstrader.engine.bot.BotException when the bot does not load: a top-level error, or no
     *                                              {@code onData}
     */
    public static JvmBot load(String botJs, SandboxLimits limits) {
        BotSandbox sandbox = BotSandbox.open(limits);
        try {
            BotHost host = new BotHost();
            sandbox.evaluate("bot-api.js", BOT_API);
            Value api = sandbox.run(global -> global.getMember("awstraderBotApi").invokeMember("prepare",
                    hostProxy(host)));
            String wrapped = sandbox.run(global -> api.invokeMember("wrap", botJs).asString());
            Value exports = sandbox.evaluate("bot.ts", wrapped);
            Value runner = sandbox.run(global -> api.invokeMember("runner", exports));
            // The runner is frozen: its functions can be looked up once.
            Value onData = sandbox.run(global -> runner.getMember("onData"));
            BotScript script = new BotScript() {
                @Override
                public String initializeState(String configJson, String stateJson) {
                    return sandbox.run(global -> runner.invokeMember("initializeState", configJson, stateJson)
                            .asString());
                }

                @Override
                public String onData(String stateJson) {
                    return sandbox.run(global -> onData.execute(stateJson).asString());
                }
            };
            return new JvmBot(sandbox, new ScriptedBot(script, host));
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /** The bot as the engine runs it ({@code Iteration}, {@code Backtest}). */
    public ScriptedBot runtime() {
        return runtime;
    }

    @Override
    public void close() {
        sandbox.close();
    }

    /**
     * The host object {@code bot-api.js} calls: one function per {@link BotHost} method, taking strings and numbers.
     * Arguments are converted here and nowhere else; a missing or mistyped argument becomes an error answer.
     */
    static ProxyObject hostProxy(BotHost host) {
        Map<String, Object> members = new HashMap<>();
        members.put("begin", fn(args -> host.begin()));
        members.put("next", (ProxyExecutable) args -> host.next());
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

    private static String readBotApi() {
        try (InputStream in = BotHost.class.getResourceAsStream("bot-api.js")) {
            if (in == null) {
                throw new IllegalStateException("bot-api.js is missing from engine-shared");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
