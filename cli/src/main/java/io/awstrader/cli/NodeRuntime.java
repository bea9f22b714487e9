package io.awstrader.cli;

import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code --runtime node}: the TeaVM-compiled engine in a Node process ({@code node node-backtest.mjs REQUEST RESULT}),
 * one process per backtest, in UTC, without stdin. Node runs the bot unsandboxed: for trusted bots (tests, the
 * command line), the browser worker being the isolated runtime.
 */
final class NodeRuntime implements BacktestRuntime {
    /** Lines of node's stderr kept for an error report. */
    private static final int STDERR_LINES = 40;

    private final Path node;
    private final EngineFolder engine;
    private final Duration timeout;
    private double lastMillis = Double.NaN;
    private int lastReplays;

    private NodeRuntime(Path node, EngineFolder engine, Duration timeout) {
        this.node = node;
        this.engine = engine;
        this.timeout = timeout;
    }

    /** Finds {@code node} on the PATH and the engine; a clear error when either is missing. */
    static NodeRuntime start(Duration timeout) throws IOException {
        Path node = findOnPath("node");
        if (node == null) {
            throw new IllegalStateException("node is not installed (no 'node' on the PATH); install Node.js 20 or newer, "
                    + "e.g. apt-get install -y nodejs, or use --runtime chromium");
        }
        return new NodeRuntime(node, EngineFolder.locate(), timeout);
    }

    @Override
    public String name() {
        return "node";
    }

    @Override
    public String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress)
            throws IOException, InterruptedException {
        lastMillis = Double.NaN;
        lastReplays = 0;
        Path work = Files.createTempDirectory("awstrader-node-");
        try {
            Path request = work.resolve("REQUEST.json");
            Path result = work.resolve("RESULT.json");
            Files.writeString(request, BacktestRequest.json(botJs, settings, candles), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(List.of(node.toString(),
                    engine.file("node-backtest.mjs").toString(), request.toString(), result.toString()))
                    .directory(work.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("TZ", "UTC");
            Process process = builder.start();
            Deque<String> stderr = new ArrayDeque<>();
            String failure = null;
            AtomicBoolean timedOut = new AtomicBoolean();
            // Progress is reported on this thread (the caller's) while a watchdog stops node on timeout.
            Thread watchdog = Thread.ofVirtual().start(() -> {
                try {
                    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        timedOut.set(true);
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    // the run ended first
                }
            });
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("progress ")) {
                        String[] parts = line.split(" ");
                        progress.onProgress(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                    } else if (line.startsWith("timing ")) {
                        lastMillis = Double.parseDouble(line.substring(7));
                    } else if (line.startsWith("replays ")) {
                        lastReplays = Integer.parseInt(line.substring(8));
                    } else if (line.startsWith("error ") && failure == null) {
                        failure = line.substring(6);
                    } else {
                        stderr.addLast(line);
                        if (stderr.size() > STDERR_LINES) {
                            stderr.removeFirst();
                        }
                    }
                }
                process.waitFor();
            } finally {
                watchdog.interrupt();
                process.destroyForcibly();
            }
            if (timedOut.get()) {
                throw new IllegalStateException("node did not finish the backtest within " + timeout.toSeconds()
                        + " s and was stopped (raise --timeout for long runs)");
            }
            if (failure != null) {
                throw new IllegalArgumentException(failure);
            }
            int exit = process.exitValue();
            if (exit != 0 || !Files.isRegularFile(result)) {
                throw new IllegalStateException("node failed (exit code " + exit + ")"
                        + (stderr.isEmpty() ? "" : ":\n" + String.join("\n", stderr)));
            }
            return Files.readString(result, StandardCharsets.UTF_8);
        } finally {
            EngineFolder.delete(work);
        }
    }

    @Override
    public int lastReplays() {
        return lastReplays;
    }

    @Override
    public double lastBacktestMillis() {
        return lastMillis;
    }

    @Override
    public void close() {
        engine.close();
    }

    /** The executable {@code name} in a folder of the PATH, or null. */
    static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
