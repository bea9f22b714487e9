package io.awstrader.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Turns a bot file into the JavaScript every runtime runs (TypeScript is compiled; JavaScript passes through). */
interface BotSource {

    /**
     * The bot in {@code file} as plain JavaScript with the file's line numbers.
     *
     * @throws IllegalArgumentException when the file is of a kind this source cannot read, or does not compile
     */
    String javaScript(Path file) throws IOException;
}
