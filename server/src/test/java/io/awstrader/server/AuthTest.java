package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.server.api.RouteSpec;
import io.awstrader.server.auth.LoginLimits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-up, login, logout, the session cookie, sessions on every route, the Origin check and the login rate limits. */
class AuthTest {
    private static final String PASSWORD = "Correct-Horse-42-battery";
    private static TestServer server;

    @BeforeAll
    static void start() {
        // small limits, so the rate-limit tests reach them; each test connects from its own loopback address
        server = TestServer.start(s -> s.withLoginLimits(new LoginLimits(3, Duration.ofMinutes(15), 8,
                Duration.ofMinutes(10))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void signUpSetsAStrictHttpOnlySessionCookieAndMeAnswers() {
        Client c = server.clientFrom("127.0.0.2");
        Response r = c.post("/api/auth/signup", "{\"email\":\" Alice@Example.COM \",\"password\":\"" + PASSWORD + "\"}");
        Ledger.secret(PASSWORD);
        assertEquals(201, r.status(), r.toString());
        assertEquals("alice@example.com", r.json().get("email").asText());
        assertFalse(r.body().contains("password"), r.body());
        String cookie = r.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cookie.startsWith("awstrader_session="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertTrue(cookie.contains("Max-Age=604800"), cookie);
        Response me = c.get("/api/auth/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(r.json().get("id"), me.json().get("id"));
        assertEquals("no-store", me.headers().firstValue("cache-control").orElseThrow());
        assertEquals("nosniff", me.headers().firstValue("x-content-type-options").orElseThrow());

        Response again = server.clientFrom("127.0.0.2").post("/api/auth/signup",
                "{\"email\":\"alice@example.com\",\"password\":\"Another-good-pass-99\"}");
        assertEquals(409, again.status());
        assertEquals("email_taken", again.code());
    }

    @Test
    void signUpRefusesWeakPasswordsAndBadEmails() {
        Client c = server.clientFrom("127.0.0.3");
        Map<String, String> refused = Map.of(
                "{\"email\":\"b@example.com\",\"password\":\"short-pw\"}", "weak_password",
                "{\"email\":\"b@example.com\",\"password\":\"Password1234\"}", "weak_password",
                "{\"email\":\"b@example.com\",\"password\":\"aaaaaaaaaaaaaaaa\"}", "weak_password",
                "{\"email\":\"b@example.com\",\"password\":\"b@example.com\"}", "weak_password",
                "{\"email\":\"not-an-email\",\"password\":\"" + PASSWORD + "x\"}", "invalid_value",
                "{\"email\":\"b@example.com\"}", "missing_field",
                "{\"email\":\"b@example.com\",\"password\":123456789012345}", "wrong_type",
                "{\"email\":\"b@example.com\",\"password\":\"" + PASSWORD + "\",\"admin\":true}", "unknown_field");
        refused.forEach((body, code) -> {
            Response r = c.post("/api/auth/signup", body);
            assertEquals(400, r.status(), r.toString());
            assertEquals(code, r.code(), r.toString());
            assertNotNull(r.field(), r.toString());
        });
        assertEquals(401, c.get("/api/auth/me").status(), "no account was made, no session given");
    }

    @Test
    void loginLogoutAndTheOldSessionIsDead() {
        Client owner = server.clientFrom("127.0.0.4");
        owner.signUp("carol@example.com", PASSWORD);
        String firstToken = owner.token();
        Client other = server.clientFrom("127.0.0.4");
        Response wrong = other.login("carol@example.com", "Wrong-password-123");
        assertEquals(401, wrong.status());
        assertEquals("bad_credentials", wrong.code());
        Response unknown = other.login("nobody@example.com", PASSWORD);
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().get("error").get("message"), unknown.json().get("error").get("message"),
                "an unknown email answers like a wrong password");
        Response ok = other.login("CAROL@example.com", PASSWORD);
        assertEquals(200, ok.status(), ok.toString());
        assertNotEquals(firstToken, other.token(), "each login gets a new session");

        Response out = other.post("/api/auth/logout", null);
        assertEquals(204, out.status(), out.toString());
        String cleared = out.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cleared.startsWith("awstrader_session=;") && cleared.contains("Expires=Thu, 01 Jan 1970"), cleared);
        String ended = ok.headers().firstValue("set-cookie").orElseThrow();
        Client replay = server.clientFrom("127.0.0.4");
        replay.token(ended.substring("awstrader_session=".length(), ended.indexOf(';')));
        Response dead = replay.get("/api/bots");
        assertEquals(401, dead.status());
        assertEquals("not_signed_in", dead.code());
        assertEquals(200, owner.get("/api/bots").status(), "the other session lives on");
    }

    @Test
    void everyRouteButSignUpLoginAndHealthNeedsASession() {
        List<RouteSpec> routes = server.server().routes();
        Set<String> open = Set.of("POST /api/auth/signup", "POST /api/auth/login", "GET /api/health");
        Client anonymous = server.clientFrom("127.0.0.5");
        Client forged = server.clientFrom("127.0.0.5");
        forged.token("AAAAAAAAAAAAAAAAAAAAAA.forged-token-value");
        for (RouteSpec route : routes) {
            String path = route.path().replaceAll("\\{version}", "1.0").replaceAll("\\{[^}]+}", "AAAAAAAAAAAAAAAAAAAAAA");
            assertEquals(open.contains(route.label()), !route.signedIn(), route.label());
            if (route.signedIn()) {
                for (Client c : List.of(anonymous, forged)) {
                    Response r = c.send(route.method().name(), path, route.body() == null ? null : "{}", Map.of());
                    assertEquals(401, r.status(), r.toString());
                    assertEquals("not_signed_in", r.code());
                }
            }
        }
        assertEquals(200, anonymous.get("/api/health").status());
    }

    @Test
    void writesNeedTheServersOwnOrigin() {
        Client c = server.clientFrom("127.0.0.6");
        c.signUp("dave@example.com", PASSWORD);
        String body = "{\"name\":\"csrf\"}";
        Response none = c.send("POST", "/api/bots", body, Map.of("Origin", ""));
        assertEquals(403, none.status());
        assertEquals("origin_required", none.code());
        Response evil = c.send("POST", "/api/bots", body, Map.of("Origin", "http://evil.example"));
        assertEquals(403, evil.status());
        assertEquals("cross_origin_refused", evil.code());
        Response otherPort = c.send("POST", "/api/bots", body, Map.of("Origin", "http://localhost:1"));
        assertEquals(403, otherPort.status());
        Response nullOrigin = c.send("DELETE", "/api/bots/AAAAAAAAAAAAAAAAAAAAAA", null, Map.of("Origin", "null"));
        assertEquals(403, nullOrigin.status());
        Response evilLogin = server.clientFrom("127.0.0.6").send("POST", "/api/auth/login",
                "{\"email\":\"dave@example.com\",\"password\":\"" + PASSWORD + "\"}", Map.of("Origin", "http://evil.example"));
        assertEquals(403, evilLogin.status(), "login from another site is refused too");
        assertEquals(0, c.get("/api/bots").json().size(), "nothing was created");

        Response referer = c.send("POST", "/api/bots", body, Map.of("Origin", "", "Referer", c.base() + "/some/page"));
        assertEquals(201, referer.status(), referer.toString());
        Response ip = c.send("POST", "/api/bots", body,
                Map.of("Origin", c.base().replace("localhost", "127.0.0.1")));
        assertEquals(201, ip.status(), ip.toString());
    }

    @Test
    void failedLoginsAreLimitedPerAccount() {
        Client owner = server.clientFrom("127.0.0.8");
        owner.signUp("erin@example.com", PASSWORD);
        for (int i = 0; i < 3; i++) {
            Client attacker = server.clientFrom("127.0.1." + (i + 1)); // spread over addresses: the account limit holds
            assertEquals(401, attacker.login("erin@example.com", "Guess-number-" + i).status());
        }
        Response limited = server.clientFrom("127.0.1.9").login("erin@example.com", PASSWORD);
        assertEquals(429, limited.status(), "even the right password waits once the account is over its limit");
        assertEquals("too_many_attempts", limited.code());
        long retryAfter = Long.parseLong(limited.headers().firstValue("retry-after").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals(200, owner.get("/api/bots").status(), "existing sessions are unaffected");
    }

    @Test
    void attemptsAreLimitedPerAddress() {
        Client c = server.clientFrom("127.0.2.1");
        int refusedAt = -1;
        for (int i = 0; i < 10 && refusedAt < 0; i++) {
            // a different unknown account each time: only the address limit can stop this
            Response r = c.login("spray" + i + "@example.com", "Spray-password-" + i);
            if (r.status() == 429) {
                refusedAt = i;
            } else {
                assertEquals(401, r.status());
            }
        }
        assertEquals(8, refusedAt, "the 9th attempt from one address is refused");
        Response signUp = c.post("/api/auth/signup", "{\"email\":\"new@example.com\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(429, signUp.status(), "sign-ups count against the address too");
        Response elsewhere = server.clientFrom("127.0.2.2").login("spray0@example.com", "Spray-password-0");
        assertEquals(401, elsewhere.status(), "another address is not limited");
    }
}
