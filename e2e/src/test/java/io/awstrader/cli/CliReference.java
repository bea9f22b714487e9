package io.awstrader.cli;

import io.awstrader.adapters.ExchangeRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line's {@code backtest}, called in this JVM exactly as {@code ./awstrader backtest ... --runtime jvm}
 * runs it: the e2e tests' reference for what the browser must produce. (In the cli's package for its entry point.)
 */
public final class CliReference {
    private CliReference() {
    }

    /**
     * Runs {@code candles} with these options against the exchanges' base URLs in {@code env} (e.g.
     * {@code AWSTRADER_KRAKEN_URL}); fails with its error output when it does not exit 0.
     */
    public static void candles(Map<String, String> env, String... options) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = new CandlesCommand(ExchangeRegistry.installed(env)).run(options,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("./awstrader candles " + String.join(" ", options) + " exited " + code
                    + ":\n" + stderr.toString(StandardCharsets.UTF_8));
        }
    }

    /** Runs {@code backtest} with these options plus {@code --runtime jvm --out TEMP}; returns the result JSON text. */
    public static String backtest(String... options) throws IOException {
        Path out = Files.createTempFile("awstrader-e2e-reference-", ".json");
        try {
            List<String> args = new ArrayList<>(List.of("backtest"));
            args.addAll(List.of(options));
            args.addAll(List.of("--runtime", "jvm", "--out", out.toString()));
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int code = Main.run(args.toArray(String[]::new), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                    new PrintStream(stderr, true, StandardCharsets.UTF_8));
            if (code != 0) {
                throw new IllegalStateException("./awstrader " + String.join(" ", args) + " exited " + code + ":\n"
                        + stderr.toString(StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
