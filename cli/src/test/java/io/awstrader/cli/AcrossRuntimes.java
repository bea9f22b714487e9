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
}
