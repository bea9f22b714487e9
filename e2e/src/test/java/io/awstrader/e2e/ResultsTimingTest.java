package io.awstrader.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The figures a trader waits for, in headless Chromium: from opening {@code sma-cross} (Ctrl+Enter as soon as the
 * editor shows) to its charts drawn, from Ctrl+Enter on the open page to the charts drawn again, and from opening it
 * with a click on Run backtest at once (not waiting for the editor) to its charts drawn, over the whole bundled 1h
 * history. Printed as FIGURE lines; the test fails only if the charts never draw.
 */
class ResultsTimingTest extends AgainstRunningApp {
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", "..")).toAbsolutePath().normalize();

    /**
     * The page's last run, part by part, from its User Timing marks (BotPage, CodeEditor, run.ts, BacktestPanel and
     * the price chart set them): the editor's import and creation, the candles' prefetch (the markets answer, then
     * the candles), then the run.
     */
    private static String phases(Page page) {
        return (String) page.evaluate("() => { const at = (n) => { const m = performance.getEntriesByName(n);"
                + " return m.length ? m[m.length - 1].startTime : NaN; };"
                + " const s = at('backtest:start'), c = at('backtest:candles'), r = at('backtest:result'),"
                + " d = at('backtest:price-chart'), m = at('candles:markets'), k = at('candles:fetched'),"
                + " i = at('editor:import'), e = at('editor:created');"
                + " const f = (ms) => (ms / 1000).toFixed(2) + ' s';"
                + " return 'editor imported ' + f(i) + ', created ' + f(e) + ', markets answered ' + f(m)"
                + " + ', candles fetched ' + f(k) + ', run started ' + f(s)"
                + " + ', candles in ' + f(c) + ', result out of the worker ' + f(r)"
                + " + ', price chart drawn ' + f(d) + ' (' + Math.round(d - r) + ' ms after the result)'; }");
    }

    @Test
    void measuresOpenToChartsAndCtrlEnterToCharts() throws IOException {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "SMA timing", Files.readString(ROOT.resolve("bots/sma-cross.ts")));
        String url = app.url("/bots/" + botId + "?version=1.0");
        // a returning user's browser has the app, Monaco and engine.js cached
        page.navigate(url);
        Locator code = page.locator(".monaco-editor .view-lines");
        assertThat(code).containsText("onData");
        page.navigate("about:blank");

        Locator drawn = page.locator("[data-marker-count][data-drawn='true']");
        long start = System.nanoTime();
        page.navigate(url);
        code.click(new Locator.ClickOptions().setPosition(5, 5)); // its corner: the centre of a wide line scrolls the view sideways
        double editor = (System.nanoTime() - start) / 1e9;
        page.keyboard().press("Control+Enter");
        drawn.first().waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        double open = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "FIGURE sma-cross, bot opened: editor ready %.2f s, then from navigation start %s%n",
                editor, phases(page));

        // the second run over the same code: Ctrl+Enter to charts drawn again
        page.evaluate("() => document.querySelectorAll('[data-drawn]').forEach((e) => delete e.dataset.drawn)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run backtest")).waitFor();
        code.click(new Locator.ClickOptions().setPosition(5, 5)); // its corner: the centre of a wide line scrolls the view sideways
        start = System.nanoTime();
        page.keyboard().press("Control+Enter");
        page.locator("[data-marker-count]:not([data-drawn])").first()
                .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        drawn.first().waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        double rerun = (System.nanoTime() - start) / 1e9;
        String timings = page.getByText(java.util.regex.Pattern.compile("Backtest finished in")).getAttribute("data-timings");
        System.out.printf(Locale.ROOT, "FIGURE sma-cross, whole 1h history: bot opened -> charts drawn %.2f s;"
                + " Ctrl+Enter -> charts drawn %.2f s (%s; %s)%n", open, rerun, timings, phases(page));

        // at full range the ~800 fills merge into fewer markers, each a count
        Locator chart = page.locator("[data-marker-count][data-drawn='true']").first();
        int fills = Integer.parseInt(chart.getAttribute("data-marker-count"));
        int markers = Integer.parseInt(chart.getAttribute("data-visible-markers"));
        org.junit.jupiter.api.Assertions.assertTrue(fills > 500 && markers < fills / 2, fills + " fills, " + markers + " markers");

        // a trader who clicks Run backtest as soon as it shows, without waiting for the editor: what the editor's
        // loading costs the first run (the run needs only the version's compiled code and its candles)
        page.navigate("about:blank");
        start = System.nanoTime();
        page.navigate(url);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run backtest")).click();
        drawn.first().waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        double button = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "FIGURE sma-cross, bot opened and Run backtest clicked at once: charts drawn %.2f s"
                + " (%s)%n", button, phases(page));

        // the README's picture: the editor (from its first line) above, the price chart of the results in view below
        code.click(new Locator.ClickOptions().setPosition(5, 5)); // its corner: the centre of a wide line scrolls the view sideways
        page.keyboard().press("Control+Home");
        page.locator(".backtest-area").evaluate("(box) => { const chart = box.querySelector('.bt-chart-box');"
                + " box.scrollTop += chart.getBoundingClientRect().top - box.getBoundingClientRect().top - 40; }");
        page.mouse().move(1000, 700); // a crosshair with its legend values
        page.waitForTimeout(300);
        RunningApp.docsScreenshot(page, "sma-cross-results");
        page.context().close();
    }
}
