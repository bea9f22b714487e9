package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last: scans everything the suite's servers logged (every log event with its stack trace, all of stdout and
 * stderr) and answered (bodies and headers, but the Set-Cookie that hands out a session) for every password,
 * session id and exchange secret the suite used. It first runs its own secret-heavy session, so it means something
 * when run alone too.
 */
@Order(Integer.MAX_VALUE)
class SecretLeakTest {
    private static final String PASSWORD = "Leak-check-password-7781";
    private static final String WRONG = "Wrong-guess-password-0042";
    private static final String SECRET = "LEAKSECRET-9f8e7d6c5b4a3210";
    private static final String KEY = "LEAKKEY-0123456789abcdefgh";
    private static final String PASSPHRASE = "leak-passphrase-31337";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        for (String secret : List.of(PASSWORD, WRONG, SECRET, KEY, PASSPHRASE)) {
            Ledger.secret(secret);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noSecretIsEverLoggedOrAnswered() {
        Client c = server.client();
        c.signUp("leak@example.com", PASSWORD);
        String firstToken = c.token();
        assertEquals(401, server.client().login("leak@example.com", WRONG).status());
        assertEquals(400, server.client().post("/api/auth/signup", "{\"email\":\"x@example.com\",\"password\":\""
                + WRONG + "\",\"extra\":\"" + SECRET + "\"}").status());
        assertEquals(400, server.client().post("/api/auth/signup", "{\"email\":\"" + SECRET + "\",\"password\":\"" + PASSWORD
                + "\"}").status());
        assertEquals(400, server.client().post("/api/auth/login", "{\"email\":\"leak@example.com\",\"password\":\""
                + PASSWORD).status(), "broken JSON around a password");
        assertEquals(200, c.login("leak@example.com", PASSWORD).status());

        String credentials = "\"credentials\":{\"apiKey\":\"" + KEY + "\",\"apiSecret\":\"" + SECRET + "\"";
        assertEquals(201, c.post("/api/exchanges", "{\"name\":\"k\",\"provider\":\"kucoin\"," + credentials
                + ",\"passphrase\":\"" + PASSPHRASE + "\"}}").status());
        assertEquals(201, c.post("/api/exchanges", "{\"name\":\"b\",\"provider\":\"bitfinex\"," + credentials + "}}").status());
        assertEquals(400, c.post("/api/exchanges", "{\"name\":\"b\",\"provider\":\"bitfinex\"," + credentials
                + ",\"passphrase\":\"" + PASSPHRASE + "\"}}").status());
        assertEquals(400, c.post("/api/exchanges", "{\"name\":\"b\",\"provider\":\"bitfinex\"," + credentials
                + ",\"" + SECRET + "\":1}}").status(), "a secret as an unknown field name is not echoed whole");
        assertEquals(400, c.post("/api/exchanges", "{\"name\":\"b\",\"provider\":\"" + SECRET + "\"," + credentials
                + "}}").status());
        assertEquals(400, c.post("/api/exchanges", "{\"name\":\"b\",\"provider\":\"bitfinex\"," + credentials).status());
        c.get("/api/exchanges");
        assertEquals(204, c.post("/api/auth/logout", null).status());
        Client replay = server.client();
        replay.token(firstToken);
        assertEquals(200, replay.get("/api/auth/me").status(), "the sign-up session is still live");
        replay.token(firstToken + "x");
        assertEquals(401, replay.get("/api/auth/me").status());

        List<String> leaks = new ArrayList<>();
        List<String> secrets = new ArrayList<>(Ledger.secrets());
        for (String token : List.copyOf(secrets)) {
            int dot = token.indexOf('.');
            if (dot > 0 && token.length() > dot + 16) {
                secrets.add(token.substring(dot + 1)); // the random part of a session token alone
            }
        }
        secrets.removeIf(s -> s.length() < 8);
        Map<String, List<String>> places = Map.of("answers", Ledger.answers(), "logs", Ledger.logs(),
                "console", List.of(Ledger.console()));
        places.forEach((where, texts) -> {
            for (String text : texts) {
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        leaks.add(where + " holds '" + secret + "': " + text.substring(0, Math.min(300, text.length())));
                    }
                }
            }
        });
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertTrue(secrets.size() >= 8, "secrets checked: " + secrets.size());
        assertTrue(Ledger.answers().size() >= 15, "answers scanned: " + Ledger.answers().size());
        assertTrue(Ledger.logs().size() >= 15, "log events scanned: " + Ledger.logs().size());
        System.out.println("secret scan: " + secrets.size() + " secrets over " + Ledger.answers().size() + " answers, "
                + Ledger.logs().size() + " log events and " + Ledger.console().length() + " characters of console output");
    }
}
