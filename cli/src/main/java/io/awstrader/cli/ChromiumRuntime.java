package io.awstrader.cli;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code --runtime chromium}: the TeaVM-compiled engine in a module Web Worker of Debian's Chromium, driven by
 * Playwright, exactly as the web app runs backtests. One browser serves many backtests (one fresh context, page and
 * worker each); the engine is served by a local {@link EngineServer}. Playwright never downloads a browser here.
 */
final class ChromiumRuntime implements BacktestRuntime {

    private final Playwright playwright;
    private final Browser browser;
    private final EngineFolder engine;
    private final EngineServer server;
    private final Duration timeout;
    private final double startMillis;
    private double lastMillis = Double.NaN;
    private int lastReplays;
    private BrowserContext context;
    private Page page;
    private BacktestProgress progress = BacktestProgress.NONE;

    private ChromiumRuntime(Playwright playwright, Browser browser, EngineFolder engine, EngineServer server,
                            Duration timeout, double startMillis) {
        this.playwright = playwright;
        this.browser = browser;
        this.engine = engine;
        this.server = server;
        this.timeout = timeout;
        this.startMillis = startMillis;
    }

    /** Starts Playwright, Chromium (headless, fresh profile) and the local server; clear errors when one is missing. */
    static ChromiumRuntime start(Duration timeout) throws IOException {
        DebianChromium.requireInstalled();
        long begin = System.nanoTime();
        EngineFolder engine = EngineFolder.locate();
        EngineServer server = null;
        Playwright playwright = null;
        try {
            server = new EngineServer(engine.path());
            playwright = DebianChromium.playwright();
            Browser browser = DebianChromium.launch(playwright);
            return new ChromiumRuntime(playwright, browser, engine, server, timeout,
                    (System.nanoTime() - begin) / 1e6);
        } catch (IOException | RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            if (server != null) {
                server.close();
            }
            engine.close();
            if (e instanceof PlaywrightException) {
                throw new IllegalStateException("cannot start Chromium through Playwright: " + firstLine(e.getMessage()), e);
            }
            throw e;
        }
    }

    @Override
    public String name() {
        return "chromium";
    }

    /** Milliseconds {@link #start} took: Playwright's driver, the browser and the server. */
    double startMillis() {
        return startMillis;
    }

    @Override
    public String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress) {
        return run(botJs, settings, candles, progress, timeout);
    }

    /** {@link #run(String, JsonObject, Map, BacktestProgress)} with its own time limit (the browser is shared). */
    String run(String botJs, JsonObject settings, Map<Pair, CandleSeries> candles, BacktestProgress progress,
               Duration limit) {
        lastMillis = Double.NaN;
        lastReplays = 0;
        String request = server.offer(BacktestRequest.json(botJs, settings, candles));
        this.progress = progress;
        try {
            Object outcome = page().evaluate("([path, ms]) => window.awstraderRun(path, ms)",
                    List.of(request, (double) limit.toMillis()));
            if (!(outcome instanceof Map<?, ?> message)) {
                throw new IllegalStateException("the Chromium page answered " + outcome + " instead of a result");
            }
            if ("result".equals(message.get("type"))) {
                lastMillis = ((Number) message.get("ms")).doubleValue();
                lastReplays = message.get("replays") instanceof Number replays ? replays.intValue() : 0;
                return (String) message.get("json");
            }
            String reason = String.valueOf(message.get("message"));
            if (reason.startsWith("timeout:")) {
                throw new IllegalStateException("Chromium did not finish the backtest within " + limit.toSeconds()
                        + " s and stopped it (raise --timeout for long runs)");
            }
            if (reason.startsWith("the backtest worker failed") || reason.startsWith("cannot load")) {
                throw new IllegalStateException("chromium: " + reason);
            }
            throw new IllegalArgumentException(reason);
        } catch (PlaywrightException e) {
            closePage(); // the next run starts from a fresh page
            throw new IllegalStateException("Chromium failed during the backtest: " + firstLine(e.getMessage()), e);
        } finally {
            this.progress = BacktestProgress.NONE;
            server.withdraw(request);
        }
    }

    /**
     * The relay page, opened on first use and kept: each backtest gets its own worker (fresh engine and bot realm),
     * so reusing the page only saves the context and page start-up (~0.5 s a run).
     */
    private Page page() {
        if (page == null) {
            context = browser.newContext(new Browser.NewContextOptions().setTimezoneId("UTC"));
            context.exposeFunction("awstraderProgress", args -> {
                progress.onProgress(((Number) args[0]).intValue(), ((Number) args[1]).intValue());
                return null;
            });
            page = context.newPage();
            page.navigate(server.origin() + "/");
            page.waitForFunction("() => window.awstraderReady === true");
        }
        return page;
    }

    private void closePage() {
        BrowserContext open = context;
        context = null;
        page = null;
        if (open != null) {
            try {
                open.close();
            } catch (PlaywrightException e) {
                // already gone with the page
            }
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
        try {
            closePage();
            browser.close();
        } finally {
            playwright.close();
            server.close();
            engine.close();
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
