package io.awstrader.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.apiGet;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a new trader met on the walk-through of issue 16, each fixed and kept fixed: the page never grows past its
 * content after a run, a plot without a chart name shares the candle pane, a sample bot's full-history run saves
 * and reopens, and Cancel on the log-out prompt keeps the session.
 */
class WalkThroughTest extends AgainstRunningApp {
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void afterARunTheHeaderAndEditorStayInViewWithNothingBlankBelow() throws IOException {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "SMA cross", Files.readString(ROOT.resolve("bots/sma-cross.ts")));
        for (int[] size : List.of(new int[] {1440, 900}, new int[] {1024, 700})) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(app.url("/bots/" + botId + "?version=1.0"));
            field(page, "From (UTC)").fill("2021-01-01");
            field(page, "To (UTC, inclusive)").fill("2021-03-31");
            // kept, then run again: the second run meets a version with kept runs (the history table below the results)
            button(page, "Run backtest").click();
            assertThat(page.locator("[data-marker-count][data-drawn='true']").first()).isVisible();
            if (button(page, "Keep this run").count() > 0) {
                button(page, "Keep this run").click();
                assertThat(page.getByText("Kept in the history")).isVisible();
            }
            page.keyboard().press("Control+Enter");
            assertThat(page.getByText(java.util.regex.Pattern.compile("^Same code, settings and candles"))).isVisible();
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Saved backtests"))).isAttached();
            RunningApp.screenshot(page, "walkthrough-after-run-" + size[0] + "x" + size[1]);
            page.mouse().move(size[0] / 2.0, size[1] - 20);
            page.mouse().wheel(0, 20_000); // the wheel over the results scrolls them, never the page
            page.waitForTimeout(300);
            assertPageFitsItsContent(page, size[0] + "x" + size[1]);
        }
        page.context().close();
    }

    @SuppressWarnings("unchecked")
    private static void assertPageFitsItsContent(Page page, String size) {
        Map<String, Object> m = (Map<String, Object>) page.evaluate("""
                () => {
                  const box = (s) => { const r = document.querySelector(s).getBoundingClientRect();
                    return { top: r.top, bottom: r.bottom }; };
                  let contentBottom = 0;
                  for (const e of document.body.querySelectorAll('*')) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0) contentBottom = Math.max(contentBottom, r.bottom + window.scrollY);
                  }
                  return { scrollY: window.scrollY, height: window.innerHeight,
                    scrollHeight: document.scrollingElement.scrollHeight, contentBottom,
                    header: box('header.topbar'), editor: box('.editor-area') };
                }""");
        double height = ((Number) m.get("height")).doubleValue();
        assertEquals(0, ((Number) m.get("scrollY")).doubleValue(), 0.5, size + ": the page itself never scrolls " + m);
        assertTrue(((Number) m.get("scrollHeight")).doubleValue() <= height + 1, size + ": the page is no taller than the window " + m);
        assertTrue(((Number) m.get("scrollHeight")).doubleValue() - ((Number) m.get("contentBottom")).doubleValue() <= 200,
                size + ": no element-free area over 200 px below the content " + m);
        for (String part : List.of("header", "editor")) {
            Map<String, Number> r = (Map<String, Number>) m.get(part);
            assertTrue(r.get("top").doubleValue() >= 0 && r.get("bottom").doubleValue() <= height,
                    size + ": the " + part + " is in view " + m);
        }
    }

    @Test
    void aPlotWithoutAChartNameSharesTheCandlePane() {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "Plots", """
                function onData(input: BotInput) {
                  const pair = input.config.pairs[0];
                  const candles = input.candleData[pair];
                  const last = candles[candles.length - 1];
                  input.plotter.plotSeries('typical price', pair, (last[2] + last[3] + last[4]) / 3);
                  input.plotter.plotSeries('range', pair, last[2] - last[3], 'volatility');
                }
                """);
        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        field(page, "From (UTC)").fill("2021-01-01");
        field(page, "To (UTC, inclusive)").fill("2021-01-20");
        button(page, "Run backtest").click();
        Locator chart = page.locator("[data-pair='BTC/USD'][data-drawn='true']");
        assertThat(chart).isVisible();
        // the unnamed plot is drawn over the candles; only the named chart gets a pane of its own
        assertThat(chart).hasAttribute("data-price-plots", "typical price");
        assertThat(chart).hasAttribute("data-panes", "2");
        Locator legend = page.locator(".bt-chart-legends .bt-chart-legend").first();
        assertThat(legend).containsText("typical price");
        RunningApp.screenshot(page, "walkthrough-plot-on-price-pane");
        page.context().close();
    }

    @Test
    void indicatorDashboardOverTheWholeHourlyHistorySavesAndReopens() throws IOException {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "Dashboard", Files.readString(ROOT.resolve("bots/indicator-dashboard.ts")));
        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        assertThat(field(page, "From (UTC)")).hasValue("");
        assertThat(field(page, "To (UTC, inclusive)")).hasValue("");
        assertThat(field(page, "Interval")).hasValue("1h");
        button(page, "Run backtest").click();
        button(page, "Keep this run").waitFor(new Locator.WaitForOptions().setTimeout(180_000));
        button(page, "Keep this run").click();
        Locator saved = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("open").setExact(true));
        saved.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(page.getByText("The backtest was not kept")).hasCount(0);
        JsonNode list = apiGet(page, "/api/bots/" + botId + "/backtests");
        assertEquals(1, list.size(), list.toString());
        long bytes = list.get(0).get("resultBytes").asLong();
        System.out.printf(Locale.ROOT, "FIGURE indicator-dashboard, whole 1h history: result %,d bytes saved%n", bytes);
        String finalValue = page.locator("table.bt-stats td[data-stat='finalValue']").first().getAttribute("data-value");

        saved.click();
        // 55 MB of JSON to fetch and parse: longer than a page's usual wait on a busy machine
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backtest of BTC/USD at 1h")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        assertThat(page.locator("table.bt-stats td[data-stat='finalValue']").first()).hasAttribute("data-value", finalValue);
        Locator chart = page.locator("[data-pair='BTC/USD'][data-drawn='true']");
        assertThat(chart).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        // the candles with the bot's unnamed plots and points, and a pane for each of its six named charts
        assertThat(chart).hasAttribute("data-panes", "7");
        List<String> onPrice = List.of(chart.getAttribute("data-price-plots").split("\\|"));
        assertTrue(onPrice.containsAll(List.of("sma 50", "wma 20", "keltner upper", "keltner lower", "sar", "buy signal",
                "sell signal")) && onPrice.size() == 7, onPrice.toString());
        chart.scrollIntoViewIfNeeded();
        page.evaluate("() => window.scrollBy(0, -60)");
        page.mouse().move(900, 500);
        page.waitForTimeout(300);
        RunningApp.docsScreenshot(page, "indicator-dashboard-results");
        page.context().close();
    }

    @Test
    void cancelOnTheLogOutPromptKeepsTheSession() {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "Unsaved", "function onData(input: BotInput) {\n}\n");
        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        Locator code = page.locator(".monaco-editor .view-lines");
        assertThat(code).containsText("onData");
        code.click();
        page.keyboard().press("Control+End");
        page.keyboard().type("// not saved yet\n");
        String[] asked = new String[1];
        page.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.dismiss();
        });
        button(page, "Log out").click();
        page.waitForTimeout(500);
        assertTrue(asked[0] != null && asked[0].contains("Leave without saving?"), "the prompt was shown: " + asked[0]);
        // Cancel: still signed in, on the same screen, with the edit in the editor
        assertThat(button(page, "Log out")).isVisible();
        assertThat(code).containsText("not saved yet");
        assertEquals(200, page.request().get(app.origin() + "/api/auth/me").status());
        assertTrue(page.url().contains("/bots/" + botId), page.url());
        page.context().close();
    }

    @Test
    void theSmallOnesRestApiPageFaviconDescriptionsAndWording() {
        Page page = app.signedInPage();
        assertEquals(200, page.request().get(app.origin() + "/favicon.ico").status());
        app.post(page, "/api/bots", JSON.createObjectNode().put("name", "Described").put("source", "function onData(input: BotInput) {\n}\n")
                .put("description", "Buys nothing, sells nothing: a calm bot."));
        page.navigate(app.url("/bots"));
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Described"))))
                .containsText("Buys nothing, sells nothing: a calm bot.");
        // the REST API page: linked from the app, Swagger UI rendering the server's document under the app's policy
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("REST API")).click();
        assertThat(page.locator("body[data-ready='true']")).isAttached();
        assertThat(page.locator("#swagger-ui")).containsText("/api/bots/{botId}/backtests");
        assertTrue(page.url().endsWith("/api-docs/index.html"), page.url());
        RunningApp.screenshot(page, "api-docs");
        page.context().close();
    }


}
