package io.awstrader.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import io.awstrader.cli.DebianChromium;
import io.awstrader.sandbox.BotCompiler;
import io.awstrader.server.AwsTraderServer;
import io.awstrader.server.ServerSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real app for one test class: the server on a free port with DynamoDB Local in a fresh data folder and the
 * bundled candles loaded, and Debian's Chromium (never a downloaded browser) driven by Playwright. Pages fail the test
 * on any uncaught script error, which {@link #close()} reports.
 */
final class RunningApp implements AutoCloseable {
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static BotCompiler compiler;

    private final Path dataDir;
    private final AwsTraderServer server;
    private final Playwright playwright;
    private final Browser browser;
    private final List<String> pageErrors = new ArrayList<>();

    private RunningApp(Path dataDir, AwsTraderServer server, Playwright playwright, Browser browser) {
        this.dataDir = dataDir;
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
    }

    static RunningApp start() {
        return start(Map.of());
    }

    /** The app with these environment variables on top of the process's (e.g. an exchange's base URL). */
    static RunningApp start(Map<String, String> env) {
        DebianChromium.requireInstalled();
        try {
            Path dataDir = Files.createTempDirectory("awstrader-e2e-");
            ServerSettings settings = ServerSettings.defaults(dataDir, env).withPort(0)
                    .withSeedDemo(false).withLoadCandles(true);
            AwsTraderServer server = AwsTraderServer.start(settings, sharedCompiler());
            server.bundledCandlesLoaded().join();
            Playwright playwright = DebianChromium.playwright();
            Browser browser = DebianChromium.launch(playwright);
            return new RunningApp(dataDir, server, playwright, browser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized BotCompiler sharedCompiler() {
        if (compiler == null) {
            compiler = new BotCompiler();
        }
        return compiler;
    }

    AwsTraderServer server() {
        return server;
    }

    /** The server's origin, which the browser sends as {@code Origin} (state-changing requests need it). */
    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The app's address for a hash route such as {@code /bots}. */
    String url(String route) {
        return origin() + "/#" + route;
    }

    /** A JSON POST through the page's own session (its cookies) with the app's Origin; the answer as it came. */
    APIResponse send(Page page, String path, Object body) {
        try {
            return page.request().post(origin() + path, RequestOptions.create().setHeader("Origin", origin())
                    .setHeader("Content-Type", "application/json").setData(JSON.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** {@link #send}, which must succeed; its JSON answer. */
    JsonNode post(Page page, String path, Object body) {
        APIResponse response = send(page, path, body);
        assertTrue(response.ok(), () -> path + " answered " + response.status() + ": " + response.text());
        try {
            return JSON.readTree(response.text());
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** A page in a fresh browser context, signed in as a fresh account (signed up through the API). */
    Page signedInPage() {
        Page page = newPage();
        String[] credentials = newCredentials();
        post(page, "/api/auth/signup", Map.of("email", credentials[0], "password", credentials[1]));
        return page;
    }

    /** Creates a bot with {@code source} as its version 1.0 through the page's session; its id. */
    String createBot(Page page, String name, String source) {
        return post(page, "/api/bots", Map.of("name", name, "source", source)).get("bot").get("id").asText();
    }

    /** A page in a fresh browser context (its own cookies and storage), in UTC, at a laptop's size. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setTimezoneId("UTC").setViewportSize(1440, 900).setLocale("en-US"));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(error));
        // a screen's render error is caught by the app's error boundary, which reports it on the console
        page.onConsoleMessage(message -> {
            // ...and so does the browser when the page's Content-Security-Policy refuses something
            if (message.type().equals("error") && (message.text().startsWith("screen failed")
                    || message.text().contains("Content Security Policy"))) {
                pageErrors.add(message.text());
            }
        });
        return page;
    }

    /** A fresh account's email and a password the server accepts. */
    static String[] newCredentials() {
        int n = ACCOUNTS.incrementAndGet();
        return new String[] {"trader" + n + "-" + ProcessHandle.current().pid() + "@example.com", "correct horse battery " + n};
    }

    /** Writes a full-page screenshot to target/screenshots/NAME.png (looked at when the UI changes). */
    static Path screenshot(Page page, String name) {
        Path dir = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Writes a screenshot of the window (not the full page) to target/screenshots/NAME.png and, when the build is run
     * with {@code -De2e.docs=true}, also to the project's docs/NAME.png (the pictures the README shows).
     */
    static Path docsScreenshot(Page page, String name) {
        Path dir = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        if (Boolean.getBoolean("e2e.docs")) {
            try {
                Path root = Path.of(System.getProperty("e2e.projectRoot", ".."));
                Files.copy(file, root.resolve("docs").resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** The uncaught script errors seen on any page so far. */
    List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    @Override
    public void close() {
        try {
            browser.close();
            playwright.close();
        } finally {
            server.close();
            deleteTree(dataDir);
        }
        if (!pageErrors.isEmpty()) {
            throw new AssertionError("uncaught script errors in the app: " + pageErrors);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
