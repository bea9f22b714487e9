package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy-replay}: a paper deployment ticked over a period writes the JVM backtest's result file. */
class DeployReplayCommandTest {
    @TempDir
    Path dir;

    private String[] args(String command, String out, String... extra) {
        List<String> all = new ArrayList<>(List.of(command, "--bot", "../bots/simple-limit.ts", "--candles",
                BacktestCommandTest.HOURLY, "--balances", "USD=10000", "--fees", "0.002", "--slippage", "0.0005",
                "--from", "2021-09-01", "--to", "2021-09-05", "--out", dir.resolve(out).toString()));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    void theReplayOfAPaperDeploymentIsTheJvmBacktestByteForByte() throws Exception {
        CommandRun replay = CommandRun.of(args("deploy-replay", "replay.json"));
        assertEquals(0, replay.code(), replay.printed());
        CommandRun backtest = CommandRun.of(args("backtest", "backtest.json", "--runtime", "jvm"));
        assertEquals(0, backtest.code(), backtest.printed());
        String expected = Files.readString(dir.resolve("backtest.json"));
        assertTrue(expected.contains("\"status\":\"completed\""), "the period has fills");
        assertEquals(expected, Files.readString(dir.resolve("replay.json")));
        assertTrue(replay.out().contains("(deploy-replay)"), replay.printed());
    }

    @Test
    void aReplayHasNoRuntimeToChoose() {
        CommandRun run = CommandRun.of(args("deploy-replay", "replay.json", "--runtime", "node"));
        assertEquals(2, run.code(), run.printed());
        assertTrue(run.err().contains("deploy-replay has no --runtime"), run.printed());
        assertTrue(CommandRun.of("deploy-replay", "--help").out().contains("paper"));
    }
}
