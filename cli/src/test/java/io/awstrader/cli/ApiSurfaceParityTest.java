package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bot API on the JVM (GraalJS) is the one in Node: the member-walking bot of web-client's ApiSurfaceTest, which
 * checks Node's API against {@code bot-api.d.ts}, records exactly the same members and kinds on the JVM. Together
 * the two tests check the typings against both runtimes.
 */
class ApiSurfaceParityTest {
    private static final String SURFACE_BOT = "../web-client/src/test/resources/api-surface-bot.js";

    @Test
    void theJvmExposesTheSameApiAsNode(@TempDir Path dir) throws Exception {
        Path node = dir.resolve("node.json");
        Path jvm = dir.resolve("jvm.json");

        CommandRun inNode = run("node", node);
        CommandRun inJvm = run("jvm", jvm);

        assertEquals(0, inNode.code(), inNode.printed());
        assertEquals(0, inJvm.code(), inJvm.printed());
        JsonObject state = Json.parse(Files.readString(node)).asObject().get("state").asObject();
        assertTrue(state.get("surface").asObject().get("objects").asObject().keys().contains("input.trader"),
                "the walking bot recorded the API");
        assertArrayEquals(Files.readAllBytes(node), Files.readAllBytes(jvm));
    }

    private static CommandRun run(String runtime, Path out) {
        return CommandRun.of(Main.commands(), "backtest", "--bot", SURFACE_BOT, "--candles", BacktestCommandTest.HOURLY,
                "--from", "2021-12-01", "--balances", "USD=10000,BTC=1", "--runtime", runtime, "--out",
                out.toString());
    }
}
