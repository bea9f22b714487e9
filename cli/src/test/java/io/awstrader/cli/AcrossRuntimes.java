package io.awstrader.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * A test class that runs bots in every runtime: one Chromium for the class, Node in its own process beside it, the
 * JVM in the test's own JVM (with the launcher's flags). Chromium must be installed (CI installs it).
 */
abstract class AcrossRuntimes {
    static ChromiumRuntime chromium;
    static Map<String, Command> commands;
    static Path dir;

    /** One backtest in each runtime: the runs and the result files they wrote. */
    record Runs(CommandRun node, CommandRun chromium, CommandRun jvm, Path nodeFile, Path chromiumFile, Path jvmFile) {
    }

    @BeforeAll
    static void startChromium() throws Exception {
        chromium = ChromiumRuntime.start(Duration.ofMinutes(3));
        commands = SharedChromium.commands(chromium);
        dir = Files.createTempDirectory("awstrader-runtimes-");
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
        if (dir != null) {
            EngineFolder.delete(dir);
        }
    }

    /** Runs {@code backtest(runtime, resultFile)} in node and chromium at once (two cores), then on the JVM. */
    static Runs inEveryRuntime(String name, BiFunction<String, Path, CommandRun> backtest) {
        Path node = dir.resolve(name + "-node.json");
        Path browser = dir.resolve(name + "-chromium.json");
        Path jvm = dir.resolve(name + "-jvm.json");
        CompletableFuture<CommandRun> nodeRun = CompletableFuture.supplyAsync(() -> backtest.apply("node", node));
        CommandRun inChromium = backtest.apply("chromium", browser);
        CommandRun inNode = nodeRun.join();
        CommandRun inJvm = backtest.apply("jvm", jvm);
        return new Runs(inNode, inChromium, inJvm, node, browser, jvm);
    }

    /**
     * Asserts that two results are the same bytes; when not, the message shows both around the first difference
     * (a whole result would bury it).
     */
    static void assertSameBytes(byte[] expected, byte[] actual, String what) {
        int at = java.util.Arrays.mismatch(expected, actual);
        if (at < 0) {
            return;
        }
        int from = Math.max(0, at - 200);
        String left = new String(expected, from, Math.min(expected.length, at + 300) - from,
                java.nio.charset.StandardCharsets.UTF_8);
        String right = new String(actual, from, Math.min(actual.length, at + 300) - from,
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.fail(what + ": " + expected.length + " and " + actual.length
                + " bytes, first difference at byte " + at + ":\n  expected …" + left + "…\n  actual   …" + right + "…");
    }
}
