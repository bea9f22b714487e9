package io.awstrader.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * Compiles bot TypeScript to JavaScript with {@code bot-compiler.js} (sucrase bundled by esbuild): the same file the
 * browser and Node run, so a bot compiles to the same bytes everywhere. Types are stripped in place, so line numbers
 * in stack traces are the TypeScript's; {@code import}/{@code export} are reported as errors (a bot is one script).
 * Thread-safe: compilations take turns on one context.
 */
public final class BotCompiler implements AutoCloseable {

    /** Classpath resource of the bundle, built from {@code sandbox/src/main/js/bot-compiler.js}. */
    public static final String BUNDLE_RESOURCE = "io/awstrader/sandbox/bot-compiler.js";

    // The compiler is trusted code but still gets no I/O; its first compile runs cold in the interpreter.
    private static final SandboxLimits COMPILER_LIMITS = SandboxLimits.BOT_CALL
            .withTimeLimit(Duration.ofSeconds(30))
            .withAllocationLimit(Long.MAX_VALUE)
            .withMaxStringLength(1 << 28);

    private final BotSandbox sandbox;
    private final Value compile;

    /** Loads the bundle into its own context on the shared engine (about 0.5 s the first time in a process). */
    public BotCompiler() {
        sandbox = BotSandbox.open(COMPILER_LIMITS);
        sandbox.evaluate("bot-compiler.js", bundle());
        compile = sandbox.run(global -> global.getMember("awstraderCompile"));
    }

    /** The bundle's source text, as the browser and Node load it. */
    public static String bundle() {
        try (InputStream in = BotCompiler.class.getClassLoader().getResourceAsStream(BUNDLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE_RESOURCE + " is not on the classpath: build the sandbox module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles one bot. Syntax errors come back as {@link Diagnostic}s, never as exceptions. */
    public CompiledBot compile(String typescript) {
        if (typescript == null) {
            throw new IllegalArgumentException("bot source is null");
        }
        return sandbox.run(global -> {
            Value result = compile.execute(typescript);
            List<Diagnostic> errors = new ArrayList<>();
            Value list = result.getMember("errors");
            for (long i = 0; i < list.getArraySize(); i++) {
                Value error = list.getArrayElement(i);
                errors.add(new Diagnostic(error.getMember("line").asInt(), error.getMember("column").asInt(),
                        error.getMember("message").asString()));
            }
            return new CompiledBot(result.getMember("code").asString(), errors);
        });
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
