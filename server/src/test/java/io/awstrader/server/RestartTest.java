package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.server.demo.DemoAccount;
import io.awstrader.storage.exchange.ExchangeCredentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Data written before a restart is all there after it; the first start makes the demo account, later ones do not. */
class RestartTest {

    @Test
    void everythingSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory("awstrader-restart-");
        UnaryOperator<ServerSettings> firstStart = s -> s.withSeedDemo(true).withLoadCandles(true);
        List<String> paths = new ArrayList<>();
        List<String> before = new ArrayList<>();
        String token;
        String accountId;
        String exchangeId;
        String demoPassword;
        try (TestServer first = TestServer.start(dir, false, firstStart)) {
            DemoAccount.Credentials demo = first.server().createdDemoAccount().orElseThrow();
            demoPassword = demo.password();
            Ledger.secret(demoPassword);
            Client demoUser = first.client();
            assertEquals(200, demoUser.login(demo.email(), demo.password()).status());
            assertEquals(1, demoUser.get("/api/exchanges").json().size(), "the demo account has a paper account");

            Client c = first.newUser();
            token = c.token();
            accountId = c.get("/api/auth/me").json().get("id").asText();
            String bot = c.post("/api/bots", "{\"name\":\"kept\",\"source\":\"function onData(input) { }\\n\"}").json()
                    .get("bot").get("id").asText();
            c.post("/api/bots/" + bot + "/versions", "{\"type\":\"major\"}");
            c.patch("/api/bots/" + bot + "/versions/2.0", "{\"source\":\"function onData(input) { /* 2 */ }\\n\"}");
            String backtest = c.post("/api/bots/" + bot + "/backtests",
                    "{\"version\":\"1.0\",\"result\":" + EngineResults.small() + "}").json().get("id").asText();
            exchangeId = c.post("/api/exchanges", ExchangesTest.real("kucoin", ExchangesTest.PASSPHRASE)).json()
                    .get("id").asText();
            paths.addAll(List.of("/api/auth/me", "/api/bots", "/api/bots/" + bot, "/api/bots/" + bot + "/versions",
                    "/api/bots/" + bot + "/versions/1.0", "/api/bots/" + bot + "/versions/2.0",
                    "/api/bots/" + bot + "/backtests", "/api/bots/" + bot + "/backtests/" + backtest,
                    "/api/bots/" + bot + "/backtests/" + backtest + "/result", "/api/exchanges",
                    "/api/exchanges/" + exchangeId,
                    "/api/candles?exchange=bitfinex&pair=BTC/USD&interval=4h&from=1526428800000&to=1638921600000"));
            for (String path : paths) {
                Response r = c.get(path);
                assertEquals(200, r.status(), r.toString());
                before.add(r.body());
            }
        }
        try (TestServer second = TestServer.start(dir, true, firstStart)) {
            assertTrue(second.server().createdDemoAccount().isEmpty(), "the demo account is made once");
            assertEquals(0, second.server().bundledCandlesLoaded().join(), "candles are not reloaded");
            Client same = second.client();
            same.token(token);
            List<String> after = new ArrayList<>();
            for (String path : paths) {
                Response r = same.get(path);
                assertEquals(200, r.status(), "the session outlives the restart: " + r);
                after.add(r.body());
            }
            assertEquals(before, after);
            assertEquals(new ExchangeCredentials(ExchangesTest.KEY, ExchangesTest.SECRET, ExchangesTest.PASSPHRASE),
                    second.server().storage().exchanges().credentials(accountId, exchangeId).orElseThrow(),
                    "the master key file survives too");
            assertEquals(200, second.client().login(DemoAccount.EMAIL, demoPassword).status());
        }
    }

    @Test
    void theWebClientsPageIsServed() {
        try (TestServer server = TestServer.start()) {
            Response page = server.client().get("/");
            assertEquals(200, page.status(), page.toString());
            assertTrue(page.body().contains("<title>AWS Trader</title>") && page.body().contains("id=\"root\""),
                    "the app's page");
            assertEquals(200, server.client().get("/engine/engine.js").status(), "the TeaVM engine for the worker");
            assertEquals(404, server.client().get("/no-such-file.js").status());
        }
    }

    @Test
    void theCommandLineRefusesBadOptions() {
        for (String[] args : new String[][] {{"--bogus"}, {"--port"}, {"--port", "http"}, {"--port", "70000"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ServerMain.run(args, Map.of(), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, status, String.join(" ", args));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("serve:"), err.toString(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ServerMain.run(new String[] {"--help"}, Map.of(), new PrintStream(out), System.err));
        assertTrue(out.toString().contains("--data-dir"));
    }
}
