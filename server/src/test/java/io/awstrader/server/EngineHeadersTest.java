package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backtest worker's files carry their own Content-Security-Policy (eval for the bot, no connections), and the
 * app's content-hashed bundles are cached for good while the files that keep their names are checked on every load.
 */
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

    @Test
    void hashedBundlesAreCachedForGoodAndThePageIsCheckedEveryTime() {
        Response page = server.clientFrom("127.0.0.4").get("/");
        assertEquals("no-cache", page.headers().firstValue("cache-control").orElseThrow());
        Matcher script = Pattern.compile("src=\"(/assets/index-[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        Response bundle = server.clientFrom("127.0.0.4").get(script.group(1));
        assertEquals(200, bundle.status(), bundle.toString());
        assertEquals("public, max-age=31536000, immutable", bundle.headers().firstValue("cache-control").orElseThrow());
        assertEquals(AwsTraderServer.APP_CONTENT_SECURITY_POLICY,
                bundle.headers().firstValue("content-security-policy").orElseThrow());
        Response worker = server.clientFrom("127.0.0.4").get("/engine/engine.js");
        assertEquals("no-cache", worker.headers().firstValue("cache-control").orElseThrow(), "not named by its content");
        assertEquals(404, server.clientFrom("127.0.0.4").get("/assets/no-such-file.js").status());
    }
}
