package io.awstrader.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.awstrader.cli.CliReference;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backtests in the browser: the panel runs the bot in a Web Worker on the TeaVM engine and shows exactly what the
 * command line's JVM runtime computes for the same bot, candles and settings; runs are saved, listed, reopened and
 * compared; a run can be cancelled; a throwing bot shows its errors.
 */
class BacktestScreenTest extends AgainstRunningApp {
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", "..")).toAbsolutePath().normalize();
    private static final Path CANDLES = ROOT.resolve("data/candles/Bitfinex_BTCUSD_1h.csv");
    // ---- the main flow ----------------------------------------------------------------------------------------------

    @Test
    void runsLikeTheCliSavesReopensAndCompares() throws IOException {
        Page page = signedInPage();
        // the worker runs under its own policy (eval for the bot, no connections) and still works
        APIResponse worker = page.request().get(app.origin() + "/engine/worker.js");
        assertTrue(worker.headers().getOrDefault("content-security-policy", "").contains("'unsafe-eval'"),
                worker.headers().toString());
        String source = Files.readString(ROOT.resolve("bots/sma-cross.ts"));
        String botId = createBot(page, "SMA cross", source);

        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        Locator settings = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Backtest settings"));
        assertThat(settings).isVisible();
        assertThat(page.getByText(Pattern.compile("Candles available \\d{4}-\\d\\d-\\d\\d"))).isVisible();
        // the defaults
        assertThat(field(page, "Pairs")).hasValue("BTC/USD");
        assertThat(field(page, "Asset 1")).hasValue("USD");
        assertThat(field(page, "Amount 1")).hasValue("10000");
        field(page, "From (UTC)").fill("2021-01-01");
        field(page, "To (UTC, inclusive)").fill("2021-06-30");
        field(page, "Fees (fraction)").fill("0.002");
        field(page, "Slippage (fraction)").fill("0.0005");
        RunningApp.screenshot(page, "backtest-settings");

        watchForProgressBar(page);
        runButton(page).click();
        assertThat(page.getByText(Pattern.compile("Backtest finished in"))).isVisible();
        assertTrue((Boolean) page.evaluate("() => window.__sawProgress === true"), "the progress bar showed while running");

        String reference = CliReference.backtest("--bot", ROOT.resolve("bots/sma-cross.ts").toString(),
                "--candles", CANDLES.toString(), "--pairs", "BTC/USD", "--interval", "1h", "--balances", "USD=10000",
                "--fees", "0.002", "--slippage", "0.0005", "--from", "2021-01-01", "--to", "2021-06-30T23:59:59.999Z");
        JsonObject expected = Json.parse(reference).asObject();
        assertStats(page, expected.get("stats").asObject());
        assertOrders(page, expected);
        int completed = (int) ((JsonNumber) expected.get("stats").asObject().get("completedOrders")).value();
        assertTrue(completed > 0, "the reference run fills orders");
        Locator chart = page.locator("[data-marker-count][data-pair='BTC/USD']");
        assertThat(chart).hasAttribute("data-marker-count", String.valueOf(completed));
        assertThat(chart).hasAttribute("data-drawn", "true");
        RunningApp.screenshot(page, "backtest-results");
        // the orders sort by a column and filter by status
        Locator orders = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Orders"));
        Locator byPrice = orders.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName(
                Pattern.compile("^Executed price")));
        byPrice.getByRole(AriaRole.BUTTON).click();
        assertThat(byPrice).hasAttribute("aria-sort", "ascending");
        byPrice.getByRole(AriaRole.BUTTON).click();
        assertThat(byPrice).hasAttribute("aria-sort", "descending");
        double highest = expected.get("orders").asArray().items().stream()
                .map(o -> o.asObject().get("executedPrice")).filter(v -> !v.isNull())
                .mapToDouble(v -> ((JsonNumber) v).value()).max().orElseThrow();
        assertThat(orders.locator("tbody tr").first().locator("td").nth(7))
                .hasText(number(new JsonNumber(highest)));
        field(page, "Status").selectOption("completed");
        assertThat(orders.locator("tbody tr")).hasCount(completed);
        field(page, "Status").selectOption("all");
        orders.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^ID"))).click();
        page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Orders")).scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshotPath("backtest-orders")));

        // kept, byte for byte: the very bytes the CLI's JVM runtime wrote
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep this run")).click();
        Locator history = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Saved backtests"));
        assertThat(history.locator("tbody tr")).hasCount(1);
        List<Map<String, Object>> saved = listSaved(page, botId);
        String firstId = (String) saved.get(0).get("id");
        APIResponse full = page.request().get(app.origin() + "/api/bots/" + botId + "/backtests/" + firstId + "/result");
        assertEquals(reference, full.text(), "the browser's result equals the CLI's JVM result byte for byte");

        // still there after a reload, and it opens with the same stats
        page.reload();
        assertThat(history.locator("tbody tr")).hasCount(1);
        history.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Open "))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backtest of BTC/USD at 1h")))
                .isVisible();
        assertStats(page, expected.get("stats").asObject());
        assertThat(page.locator("[data-marker-count][data-pair='BTC/USD']"))
                .hasAttribute("data-marker-count", String.valueOf(completed));

        // a second run with other settings, then compare the two
        page.goBack();
        assertThat(history.locator("tbody tr")).hasCount(1);
        field(page, "Fees (fraction)").fill("0.001");
        field(page, "Interval").selectOption("4h");
        runButton(page).click();
        assertThat(page.getByText(Pattern.compile("Backtest finished in"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep this run")).click();
        assertThat(history.locator("tbody tr")).hasCount(2);
        history.getByRole(AriaRole.CHECKBOX).nth(0).check();
        history.getByRole(AriaRole.CHECKBOX).nth(1).check();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare selected")).click();
        Locator compare = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Statistics compared"));
        assertThat(compare).isVisible();
        assertThat(compare.locator("td[data-stat='netProfitPercent']")).hasCount(3);
        String second = page.request().get(app.origin() + "/api/bots/" + botId + "/backtests").text();
        assertTrue(second.contains("\"runInterval\":\"4h\""), second);
        // one of the two columns is the reference run
        String shown = compare.locator("td[data-stat='finalValue']").allTextContents().toString();
        assertTrue(shown.contains(money(expected.get("stats").asObject().get("finalValue"))), shown);
        assertThat(page.locator("[data-drawn='true']")).hasCount(1);
        RunningApp.screenshot(page, "backtest-compare");

        // delete one: the list keeps the other
        page.goBack();
        assertThat(history.locator("tbody tr")).hasCount(2);
        history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Delete "))).first()
                .click();
        history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Confirm deleting ")))
                .click();
        assertThat(history.locator("tbody tr")).hasCount(1);
        assertEquals(1, listSaved(page, botId).size());
        page.context().close();
    }

    @Test
    void cancelStopsARunAndLeavesThePanelUsable() {
        Page page = signedInPage();
        // a bot slow enough to watch: busy work on every candle
        String botId = createBot(page, "Slow", """
                function onData(input: BotInput) {
                  let x = 0;
                  for (let i = 0; i < 300000; i++) x += Math.sqrt(i);
                  input.state.x = x;
                }
                """);
        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        runButton(page).click();
        Locator progress = page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Backtest progress"));
        assertThat(progress).isVisible();
        assertThat(page.getByText(Pattern.compile("[1-9][\\d,]* / [\\d,]+ candles"))).isVisible();
        RunningApp.screenshot(page, "backtest-running");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(page.getByText("Backtest cancelled.")).isVisible();
        assertThat(progress).hasCount(0);
        assertThat(runButton(page)).isEnabled();
        // still usable: a bad setting is reported next to its field
        field(page, "Warm-up (candles)").fill("zero");
        runButton(page).click();
        assertThat(page.getByText("Warm-up must be a whole number of candles from 1 to 5000.")).isVisible();
        assertThat(field(page, "Warm-up (candles)")).isFocused();
        page.context().close();
    }

    @Test
    void aThrowingBotShowsItsErrors() {
        Page page = signedInPage();
        String botId = createBot(page, "Thrower", """
                function onData(input: BotInput) {
                  console.log('about to fail');
                  throw new Error('deliberate failure in onData');
                }
                """);
        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        field(page, "From (UTC)").fill("2021-03-01");
        field(page, "To (UTC, inclusive)").fill("2021-03-01");
        runButton(page).click();
        assertThat(page.getByText(Pattern.compile("the bot threw 24 errors"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bot errors (24)"))).isVisible();
        assertThat(page.getByText("deliberate failure in onData").first()).isVisible();
        assertThat(page.getByText("about to fail").first()).isVisible();
        page.context().close();
    }

    /** The figure asked for: opening the bot page to a finished run over all 31k hourly candles with charts drawn. */
    @Test
    void reportsTheWholeDataTimeAndBundleSizes() throws IOException {
        Page page = signedInPage();
        String botId = createBot(page, "SMA timing", Files.readString(ROOT.resolve("bots/sma-cross.ts")));
        // warm the browser's caches (engine.js, the app) as a returning user has them
        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        assertThat(runButton(page)).isVisible();
        page.navigate("about:blank");
        long start = System.nanoTime();
        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        runButton(page).click();
        Locator chart = page.locator("[data-marker-count][data-drawn='true']");
        chart.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        double seconds = (System.nanoTime() - start) / 1e9;
        Locator finished = page.getByText(Pattern.compile("Backtest finished in"));
        String steps = finished.textContent() + "; " + finished.getAttribute("data-timings");
        System.out.printf(Locale.ROOT, "FIGURE whole-data backtest (31k 1h candles): bot page opened -> charts drawn in %.2f s (%s)%n",
                seconds, steps.trim());

        Path publicDir = ROOT.resolve("web-client/target/classes/public");
        long app = 0;
        long monaco = 0;
        try (Stream<Path> files = Files.list(publicDir.resolve("assets"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                long gz = gzipped(f);
                if (name.contains("editor") || name.contains("monaco") || name.contains("worker")
                        || name.startsWith("ts") || name.startsWith("json") || name.startsWith("css")
                        || name.startsWith("html")) {
                    monaco += gz;
                } else {
                    app += gz;
                }
                System.out.printf(Locale.ROOT, "FIGURE bundle %s: %,d bytes gzipped%n", f.getFileName(), gz);
            }
        }
        System.out.printf(Locale.ROOT, "FIGURE gzipped: app JS %,d bytes, Monaco chunks %,d bytes, engine.js %,d bytes%n",
                app, monaco, gzipped(publicDir.resolve("engine/engine.js")));
        page.context().close();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static void watchForProgressBar(Page page) {
        page.evaluate("() => { window.__sawProgress = false; const seen = () => { if (document.querySelector("
                + "'progress#bt-progress')) window.__sawProgress = true; };"
                + " new MutationObserver(seen).observe(document.body, {subtree: true, childList: true}); }");
    }

    private static void assertStats(Page page, JsonObject stats) {
        for (String key : stats.keys()) {
            Locator cell = page.locator("table.bt-stats td[data-stat='" + key + "']");
            assertThat(cell).hasCount(1);
            JsonValue value = stats.get(key);
            String raw = cell.getAttribute("data-value");
            if (value.isNull()) {
                assertEquals("null", raw, key);
                assertThat(cell).hasText("—");
            } else {
                double v = ((JsonNumber) value).value();
                assertEquals(v, Double.parseDouble(raw), 0.0, key);
                assertThat(cell).hasText(statText(key, v));
            }
        }
    }

    private static String statText(String key, double v) {
        if (key.endsWith("Percent")) {
            return String.format(Locale.US, "%,.2f", v) + " %";
        }
        if (List.of("trades", "ordersCount", "completedOrders", "cancelledOrders", "errorOrders", "openOrders")
                .contains(key)) {
            return String.format(Locale.US, "%,.0f", v);
        }
        return String.format(Locale.US, "%,.2f", v);
    }

    private static String money(JsonValue v) {
        return String.format(Locale.US, "%,.2f", ((JsonNumber) v).value());
    }

    private static void assertOrders(Page page, JsonObject expected) {
        List<JsonValue> orders = expected.get("orders").asArray().items();
        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Orders"));
        Locator more = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Show more orders")));
        while (more.count() > 0) {
            more.click();
        }
        Locator rows = table.locator("tbody tr");
        assertThat(rows).hasCount(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            JsonObject o = orders.get(i).asObject();
            List<String> cells = rows.nth(i).locator("td").allTextContents();
            assertEquals(o.get("id").asString(), cells.get(0), "order " + i + " id");
            assertTrue(cells.get(4).startsWith(o.get("status").asString()), "order " + i + " status: " + cells);
            assertEquals(number(o.get("executedPrice")), cells.get(7), "order " + i + " executed price");
            assertEquals(time(o.get("closedAt")), cells.get(10), "order " + i + " closed");
        }
    }

    /** The app's number format: grouped, up to 2/4/8 decimals by size, half-up. */
    private static String number(JsonValue value) {
        if (value.isNull()) {
            return "—";
        }
        double v = ((JsonNumber) value).value();
        double abs = Math.abs(v);
        // JavaScript rounds the shortest decimal form of the double (Double.toString's), half away from zero
        BigDecimal rounded = new BigDecimal(Double.toString(v)).setScale(abs >= 1000 ? 2 : abs >= 1 ? 4 : 8,
                RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.US)).format(rounded);
    }

    private static String time(JsonValue value) {
        if (value.isNull()) {
            return "—";
        }
        return Instant.ofEpochMilli((long) ((JsonNumber) value).value()).toString().substring(0, 16).replace('T', ' ');
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator runButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run backtest"));
    }

    private static Page signedInPage() {
        Page page = app.newPage();
        String[] credentials = RunningApp.newCredentials();
        APIResponse signup = app.send(page, "/api/auth/signup", Map.of("email", credentials[0], "password", credentials[1]));
        assertEquals(201, signup.status(), signup.text());
        return page;
    }

    private static String createBot(Page page, String name, String source) {
        APIResponse created = app.send(page, "/api/bots", Map.of("name", name, "source", source));
        assertEquals(201, created.status(), created.text());
        JsonObject bot = Json.parse(created.text()).asObject().get("bot").asObject();
        return bot.get("id").asString();
    }

    private static List<Map<String, Object>> listSaved(Page page, String botId) {
        String text = page.request().get(app.origin() + "/api/bots/" + botId + "/backtests").text();
        return Json.parse(text).asArray().items().stream()
                .map(v -> Map.<String, Object>of("id", v.asObject().get("id").asString())).toList();
    }

    private static Path screenshotPath(String name) {
        return Path.of(System.getProperty("e2e.screenshots", "target/screenshots")).resolve(name + ".png");
    }

    private static long gzipped(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }
}
