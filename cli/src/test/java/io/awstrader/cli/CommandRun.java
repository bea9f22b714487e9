package io.awstrader.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One command-line call in a test: its exit code, stdout and stderr. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(Map<String, Command> commands, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(commands, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CommandRun of(String... args) {
        return of(Main.commands(), args);
    }

    /** Everything printed, for assertion messages. */
    String printed() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
