package io.awstrader.cli;

import io.awstrader.sandbox.BotCompiler;
import io.awstrader.sandbox.CompiledBot;
import io.awstrader.sandbox.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads bots: {@code .ts} files are compiled by the platform's one TypeScript compiler ({@link BotCompiler}, the
 * same bundle the server uses), {@code .js} files pass through as they are.
 */
final class JavaScriptBotSource implements BotSource {
    /** One compiler per process: loading its bundle costs about a second, a compile a few milliseconds. */
    private static BotCompiler compiler;

    private static synchronized BotCompiler compiler() {
        if (compiler == null) {
            compiler = new BotCompiler();
        }
        return compiler;
    }

    @Override
    public String javaScript(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean typeScript = name.endsWith(".ts");
        if (!typeScript && !name.endsWith(".js") && !name.endsWith(".mjs")) {
            throw new IllegalArgumentException("cannot run " + file + ": a bot is a .ts or .js file");
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("bot file not found: " + file);
        }
        if (!typeScript) {
            return source;
        }
        {
            CompiledBot compiled = compiler().compile(source);
            if (!compiled.ok()) {
                StringBuilder message = new StringBuilder("the bot does not compile:");
                for (Diagnostic d : compiled.errors()) {
                    message.append('\n').append(file.getFileName()).append(':').append(d.line()).append(':')
                            .append(d.column()).append(": ").append(d.message());
                }
                throw new IllegalArgumentException(message.toString());
            }
            return compiled.javascript();
        }
    }
}
