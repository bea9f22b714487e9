package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.server.demo.SampleBot;
import io.awstrader.server.demo.SampleBots;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/samples}: the bundled sample bots with a one-line description; a bot can start from one. */
class SamplesTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void needsASession() {
        Response r = server.client().get("/api/samples");
        assertEquals(401, r.status(), r.toString());
    }

    @Test
    void listsEveryBundledSampleWithItsDescriptionAndSource() {
        Client c = server.newUser();
        Response r = c.get("/api/samples");
        assertEquals(200, r.status(), r.toString());
        List<SampleBot> bundled = SampleBots.bundled();
        assertFalse(bundled.isEmpty(), "the sample bots are on the class path");
        JsonNode list = r.json();
        assertEquals(bundled.size(), list.size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode sample = list.get(i);
            ids.add(sample.get("id").asText());
            assertEquals(bundled.get(i).name(), sample.get("id").asText());
            assertEquals(bundled.get(i).name(), sample.get("name").asText());
            assertEquals(bundled.get(i).source(), sample.get("source").asText());
            String description = sample.get("description").asText();
            assertFalse(description.isBlank(), sample.get("id").asText());
            assertFalse(description.startsWith("//") || description.startsWith(sample.get("id").asText() + ":"), description);
            assertFalse(description.contains("\n"), description);
        }
        assertTrue(ids.contains("sma-cross"), ids.toString());
        JsonNode sma = list.get(ids.indexOf("sma-cross"));
        assertEquals("SMA(14) / SMA(50) crossover — the benchmark bot (the original platform's smaBot).",
                sma.get("description").asText());
        // a description that goes on over a second comment line is joined into one line
        JsonNode stopTake = list.get(ids.indexOf("stop-take"));
        assertTrue(stopTake.get("description").asText().endsWith("(like the original platform's candleBot)."),
                stopTake.get("description").asText());
    }

    @Test
    void aBotCreatedFromASampleCompilesCleanly() {
        Client c = server.newUser();
        JsonNode sample = c.get("/api/samples").json().get(0);
        ObjectNode body = new ObjectMapper().createObjectNode().put("name", "From " + sample.get("name").asText())
                .put("source", sample.get("source").asText());
        Response created = c.post("/api/bots", body.toString());
        assertEquals(201, created.status(), created.toString());
        JsonNode version = created.json().get("version");
        assertEquals(sample.get("source").asText(), version.get("source").asText());
        assertEquals(0, version.get("diagnostics").size(), version.get("diagnostics").toString());
        assertFalse(version.get("javascript").asText().isEmpty());
    }
}
