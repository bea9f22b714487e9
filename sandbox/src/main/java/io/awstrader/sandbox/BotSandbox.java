package io.awstrader.sandbox;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.function.Function;
import io.awstrader.engine.bot.BotHaltedException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.Proxy;

/**
 * A GraalJS context for one untrusted bot: no Java, no I/O, no threads, processes, native code, other languages or
 * environment; output goes nowhere (bots log through the engine's console); every call is watched for its time and
 * allocation limits. Bot code reaches the host only through the polyglot {@link Proxy} objects the caller exposes.
 * Calls are serialized (one thread at a time); a bot's global state persists between calls.
 */
public final class BotSandbox implements AutoCloseable {

    private final Context context;
    private final Value global; // the bot's global scope, looked up once: calls happen once per candle
    private final SandboxLimits limits;
    private final CallWatchdog.Watch watch;
    private int depth; // guarded by this: > 0 while a call runs (a proxy may call back in, on the same thread)
    private String closedBecause; // guarded by this: null while open

    private BotSandbox(Context context, SandboxLimits limits) {
        this.context = context;
        this.global = context.getBindings("js");
        this.limits = limits;
        this.watch = CallWatchdog.watch(context, limits);
    }

    /** A new sandbox with the limits of one bot tick ({@link SandboxLimits#BOT_CALL}). */
    public static BotSandbox open() {
        return open(SandboxLimits.BOT_CALL);
    }

    /** A new sandbox on the shared engine, with these limits for every call. */
    public static BotSandbox open(SandboxLimits limits) {
        Context context = Context.newBuilder("js")
                .engine(JsEngines.shared())
                // No host access at all: host objects are opaque (no members, no getClass()); only Proxy objects
                // and primitives the caller passes in are usable from JavaScript.
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowInnerContextOptions(false)
                .allowValueSharing(false)
                .in(InputStream.nullInputStream())
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                // Same dates and number formats on every machine (the engine also replaces Date.now for bots).
                .timeZone(ZoneOffset.UTC)
                .option("js.locale", "en-US")
                .option("js.ecmascript-version", "latest")
                .option("js.load", "false")
                .option("js.print", "false")
                .option("js.console", "true") // writes to the sink above until the engine installs its console
                .allowExperimentalOptions(true) // for the options below; none of them widens access
                .option("js.java-package-globals", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.graal-builtin", "false")
                .option("js.shell", "false")
                .option("js.global-arguments", "false")
                .option("js.shared-array-buffer", "false")
                .option("js.string-length-limit", Integer.toString(limits.maxStringLength()))
                .option("js.max-typed-array-length", Integer.toString(limits.maxTypedArrayLength()))
                .build();
        // Host class lookup is refused anyway; without the object, `Java.type(...)` is a plain ReferenceError and
        // Java.addToClasspath/extend are not even there to probe.
        context.eval("js", "delete globalThis.Java;");
        return new BotSandbox(context, limits);
    }

    /** The limits every call runs under. */
    public SandboxLimits limits() {
        return limits;
    }

    /**
     * Makes {@code value} a global of the bot under {@code name}. Only polyglot proxies (ProxyObject,
     * ProxyExecutable, ProxyArray, ...), strings, numbers, booleans, null and values of this sandbox are accepted:
     * anything else would be an opaque host object, which is never what the caller meant.
     */
    public synchronized void expose(String name, Object value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a global needs a name");
        }
        if (!(value == null || value instanceof Proxy || value instanceof String || value instanceof Number
                || value instanceof Boolean || value instanceof Character || value instanceof Value)) {
            throw new IllegalArgumentException("expose only polyglot Proxy objects or primitives to bot code, not "
                    + value.getClass().getName() + " (global '" + name + "')");
        }
        run(global -> {
            global.putMember(name, value);
            return null;
        });
    }

    /**
     * Runs a script (the bot's compiled JavaScript) in the bot's global scope.
     *
     * @param sourceName the name stack traces show, e.g. {@code "bot.js"}
     * @return the script's completion value
     * @throws BotRunException when the script throws, does not parse, or breaks a limit
     */
    public Value evaluate(String sourceName, String javascript) {
        Source source = Source.newBuilder("js", javascript, sourceName).buildLiteral();
        return run(global -> context.eval(source));
    }

    /** Whether the bot defines a global function of this name. */
    public boolean hasFunction(String name) {
        return run(global -> {
            Value function = global.getMember(name);
            return function != null && function.canExecute();
        });
    }

    /**
     * Calls a global function of the bot.
     *
     * @throws BotRunException when there is no such function, when it throws, or when it breaks a limit
     */
    public Value call(String function, Object... args) {
        return run(global -> {
            Value target = global.getMember(function);
            if (target == null || !target.canExecute()) {
                throw new BotRunException(BotRunException.Kind.ERROR,
                        "the bot defines no function '" + function + "'", "");
            }
            return target.execute(args);
        });
    }

    /**
     * Runs {@code action} on the bot's global object under the watchdog. Anything that touches bot values must run
     * in here: reading a member can run a bot getter, which is bot code like any other.
     *
     * @throws BotRunException when bot code throws or breaks a limit
     */
    public synchronized <T> T run(Function<Value, T> action) {
        if (closedBecause != null) {
            throw new IllegalStateException("the bot's sandbox is closed: " + closedBecause);
        }
        if (depth > 0) {
            // A proxy called back in: the outer call's watchdog covers this one, and its exceptions must reach the
            // guest untouched (an interrupt must stay uncatchable by bot code).
            depth++;
            try {
                return action.apply(global);
            } finally {
                depth--;
            }
        }
        depth++;
        CallWatchdog.Call call = watch.arm();
        try {
            return action.apply(global);
        } catch (PolyglotException e) {
            throw failure(e, call);
        } catch (OutOfMemoryError e) {
            // Out of heap in host code the bot called (guest code reports it as a resource-exhausted exception).
            throw heapExhausted(String.valueOf(e.getMessage()));
        } catch (IllegalStateException e) {
            if (call.cancelled()) {
                throw cancelled(call);
            }
            throw e;
        } finally {
            watch.disarm(call);
            depth--;
        }
    }

    /** Whether calls can still be made (false after {@link #close()}, or after the bot exhausted the heap or would not stop). */
    public synchronized boolean isOpen() {
        return closedBecause == null;
    }

    /** Ends the context and frees everything the bot holds; a running call is cancelled. */
    @Override
    public void close() {
        synchronized (this) {
            if (closedBecause == null) {
                closedBecause = "it was closed";
            }
        }
        watch.release();
        context.close(true);
    }

    private RuntimeException failure(PolyglotException e, CallWatchdog.Call call) {
        BotRunException.Kind stoppedFor = call.stoppedFor();
        boolean stopped = e.isInterrupted() || e.isCancelled();
        if (call.cancelled()) {
            return cancelled(call);
        }
        // Limit errors carry no stack: where a limit hits depends on timing and on what the JIT compiled, and a run's
        // result must be the same every time, in every runtime.
        if (stoppedFor == BotRunException.Kind.TIME_LIMIT && stopped) {
            return new BotRunException(BotRunException.Kind.TIME_LIMIT, timeLimitMessage(limits), "");
        }
        if (stoppedFor == BotRunException.Kind.MEMORY_LIMIT && stopped) {
            return new BotRunException(BotRunException.Kind.MEMORY_LIMIT, memoryLimitMessage(limits), "");
        }
        if (e.isResourceExhausted()) {
            return heapExhausted(e.getMessage());
        }
        String stack = botStack(e);
        if (e.isHostException()) {
            // A proxy (an engine API the bot called) refused the call: its message is meant for the bot's author.
            Throwable host = e.asHostException();
            if (host instanceof BotHaltedException halted) {
                return halted;
            }
            String message = host.getMessage() != null ? host.getMessage() : host.getClass().getSimpleName();
            return new BotRunException(BotRunException.Kind.ERROR, message, stack);
        }
        if (stopped) {
            return new BotRunException(BotRunException.Kind.ERROR, "bot was stopped: " + e.getMessage(), stack);
        }
        return new BotRunException(BotRunException.Kind.ERROR, e.getMessage(), stack);
    }

    /** The interrupt did not take within its grace period and the watchdog cancelled the context. */
    private BotHaltedException cancelled(CallWatchdog.Call call) {
        markClosed("a call into the bot did not stop within " + CallWatchdog.GRACE.toMillis()
                + " ms of being interrupted");
        watch.release();
        return new BotHaltedException("bot exceeded its " + (call.stoppedFor() == BotRunException.Kind.MEMORY_LIMIT
                ? "memory" : "time") + " limit and did not stop when interrupted: its sandbox was shut down");
    }

    /** The words of a time-limit error, the same in every runtime. */
    static String timeLimitMessage(SandboxLimits limits) {
        return "bot exceeded its time limit (" + limits.timeLimit().toMillis() + " ms)";
    }

    /** The words of a memory-limit error, the same in every runtime. */
    static String memoryLimitMessage(SandboxLimits limits) {
        return "bot exceeded its memory limit (" + (limits.allocationLimitBytes() >> 20) + " MB)";
    }

    /**
     * The JVM's heap ran out while the bot ran: whatever the bot holds may be what filled it, so its context is closed
     * (which frees it) and the run cannot go on.
     */
    private BotHaltedException heapExhausted(String detail) {
        markClosed("the JVM ran out of heap");
        watch.release();
        context.close(true);
        return new BotHaltedException("bot exceeded its memory limit: the JVM ran out of heap (" + detail
                + "); its sandbox was shut down");
    }

    private synchronized void markClosed(String because) {
        if (closedBecause == null) {
            closedBecause = because;
        }
    }

    /** The guest frames of a failure, one "at function (source:line:column)" a line, innermost first. */
    static String botStack(PolyglotException e) {
        StringBuilder stack = new StringBuilder();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection where = frame.getSourceLocation();
            if (!frame.isGuestFrame() || where == null) {
                continue;
            }
            String function = frame.getRootName() == null || frame.getRootName().isEmpty()
                    ? "<script>" : frame.getRootName();
            stack.append("at ").append(function).append(" (").append(where.getSource().getName()).append(':')
                    .append(where.getStartLine()).append(':').append(where.getStartColumn()).append(")\n");
        }
        return stack.toString();
    }
}
