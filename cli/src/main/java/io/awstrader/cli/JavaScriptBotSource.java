package io.awstrader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads {@code .js} bots as they are; {@code .ts} bots need the sandbox module's compiler, which is not wired yet. */
final class JavaScriptBotSource implements BotSource {

    @Override
    public String javaScript(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ts")) {
            throw new IllegalArgumentException("cannot run " + file + ": TypeScript support arrives with the sandbox "
                    + "module; for now give the bot as plain JavaScript (.js)");
        }
        if (!name.endsWith(".js") && !name.endsWith(".mjs")) {
            throw new IllegalArgumentException("cannot run " + file + ": a bot is a .js file (or .ts, once the sandbox "
                    + "module is wired in)");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("bot file not found: " + file);
        }
    }
}
