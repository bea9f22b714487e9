package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The backtest worker's files carry their own Content-Security-Policy: eval for the bot, no connections. */
class EngineHeadersTest {
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
    void theWorkerAndThePagesAreServedWithTheirPolicies() {
        Response worker = server.clientFrom("127.0.0.3").get("/engine/worker.js");
        assertEquals(200, worker.status(), worker.toString());
        assertEquals(AwsTraderServer.ENGINE_CONTENT_SECURITY_POLICY,
                worker.headers().firstValue("content-security-policy").orElseThrow());
        assertTrue(worker.body().contains("runBacktest"), "the worker script itself");
        Response page = server.clientFrom("127.0.0.3").get("/");
        String pagePolicy = page.headers().firstValue("content-security-policy").orElseThrow();
        assertEquals(AwsTraderServer.APP_CONTENT_SECURITY_POLICY, pagePolicy);
        assertTrue(!pagePolicy.contains("unsafe-eval"), "only the worker may eval: the page never runs bot code");
        Response api = server.clientFrom("127.0.0.3").get("/api/health");
        assertTrue(api.headers().firstValue("content-security-policy").isEmpty(), "JSON answers need no policy");
    }
}
