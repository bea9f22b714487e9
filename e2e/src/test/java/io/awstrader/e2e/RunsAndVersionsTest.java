package io.awstrader.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.apiGet;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs and versions as a trader expects them: a run is a scratch run that saves and locks nothing until it is kept;
 * a rerun giving a kept run's very result is recognised and not kept twice; a new version starts from the code in the
 * editor; two kept runs of two versions compare from the history (stats, both equity curves, the code side by side).
 */
class RunsAndVersionsTest extends AgainstRunningApp {
    /** An SMA crossover whose fast period is on line 1, so a new version can change it by typing. */
    private static final String BOT = """
            const FAST = 10;
            function onData(input: BotInput) {
              const { candleData, config, indicators, utils, trader } = input;
              const pair = config.pairs[0];
              const { quoted, base } = utils.getPairAssets(pair);
              const fast = indicators.sma(candleData[pair], FAST);
              const slow = indicators.sma(candleData[pair], 40);
              const [up] = utils.isCrossOver(fast, slow).slice(-1);
              const [down] = utils.isCrossUnder(fast, slow).slice(-1);
              const price = trader.getPrice(pair);
              if (up && trader.getBalance(quoted).free > 10) {
                trader.placeOrder({ pair, type: 'market', direction: 'buy', amount: trader.getBalance(quoted).free * 0.98 / price });
              } else if (down && trader.getBalance(base).free * price > 10) {
                trader.placeOrder({ pair, type: 'market', direction: 'sell', amount: trader.getBalance(base).free });
              }
            }
            """;

    @Test
    void rerunningUnchangedCodeAddsNoHistoryRowAndLocksNothing() {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "Scratch", BOT);
        openWithShortPeriod(page, botId, "1.0");
        Locator history = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Kept backtests"));
        for (int run = 0; run < 2; run++) {
            button(page, "Run backtest").click();
            assertThat(page.getByText(Pattern.compile("^Scratch run: nothing is saved"))).isVisible();
        }
        assertThat(history.getByText("No kept backtests yet")).isVisible();
        assertEquals(0, apiGet(page, "/api/bots/" + botId + "/backtests").size());
        assertFalse(versionLocked(page, botId, "1.0"), "runs lock nothing");
        assertThat(page.locator(".save-state")).not().hasText("Read-only");

        // kept: one row, the version locks; the same run again is recognised and kept once
        button(page, "Keep this run").click();
        assertThat(page.getByText(Pattern.compile("^Kept in the history; version 1.0 is locked"))).isVisible();
        assertThat(history.locator("tbody tr")).hasCount(1);
        assertTrue(versionLocked(page, botId, "1.0"));
        assertThat(page.locator(".save-state")).hasText("Read-only");
        button(page, "Run backtest").click();
        Locator digest = page.locator("p.bt-keep[data-digest]");
        assertThat(digest).isAttached();
        assertEquals(apiGet(page, "/api/bots/" + botId + "/backtests").get(0).get("resultSha256").asText(),
                digest.getAttribute("data-digest"), "the rerun's result has the kept run's bytes");
        assertThat(page.getByText(Pattern.compile("^Same code, settings and candles as the run kept"))).isVisible();
        assertThat(button(page, "Keep this run")).hasCount(0);
        assertThat(history.locator("tbody tr")).hasCount(1);
        assertEquals(1, apiGet(page, "/api/bots/" + botId + "/backtests").size());
        RunningApp.screenshot(page, "runs-rerun-recognised");

        // an order of the table brings the chart to its fill, marked and described
        Locator orders = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Orders"));
        String id = orders.locator("tbody tr").nth(3).locator("td").first().innerText().trim();
        orders.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show order " + id + " on the chart")).click();
        Locator chart = page.locator("[data-pair='BTC/USD'][data-drawn='true']");
        assertThat(chart).hasAttribute("data-focused-order", id);
        assertThat(page.locator(".bt-chart-detail")).containsText("order " + id);
        assertThat(page.locator(".bt-chart-detail")).isInViewport();
        page.context().close();
    }

    @Test
    void twoRunsOfTwoVersionsCompareFromTheHistory() {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "Two versions", BOT);
        openWithShortPeriod(page, botId, "1.0");
        button(page, "Run backtest").click();
        button(page, "Keep this run").click();
        assertThat(page.getByText(Pattern.compile("^Kept in the history"))).isVisible();

        // the locked version's banner creates 1.1 from the code on screen; it changes FAST by typing
        button(page, "Create version 1.1 to edit").click();
        assertThat(field(page, "Version")).hasValue("1.1");
        Locator code = page.locator(".monaco-editor .view-lines");
        assertThat(code).containsText("const FAST = 10;");
        code.click();
        page.keyboard().press("Control+Home");
        page.keyboard().type("const FAST = 20; // ");
        assertThat(code).containsText("const FAST = 20; // const FAST = 10;");
        page.keyboard().press("Control+Enter"); // saves 1.1 (it stays editable) and runs it
        button(page, "Keep this run").click();
        assertThat(page.getByText(Pattern.compile("^Kept in the history; version 1.1 is locked"))).isVisible();

        Locator history = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Saved backtests"));
        assertThat(history.locator("tbody tr")).hasCount(2);
        assertThat(history).containsText("1.0");
        history.getByRole(AriaRole.CHECKBOX).nth(0).check();
        history.getByRole(AriaRole.CHECKBOX).nth(1).check();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare selected")).click();

        Locator stats = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Statistics compared"));
        assertThat(stats).isVisible();
        assertThat(stats.locator("td[data-stat='netProfitPercent'][data-side='diff']")).not().hasText("—");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Breadcrumb")))
                .containsText("Two versions");
        assertThat(page.locator("figure .bt-chart-legend")).containsText("Equity A");
        assertThat(page.locator("figure .bt-chart-legend")).containsText("Equity B");
        Locator diff = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(
                Pattern.compile("^Code of version 1\\.\\d and version 1\\.\\d side by side$")));
        assertThat(diff.locator(".code-diff[data-ready='true']")).isVisible();
        assertThat(diff).containsText("const FAST = 20;");
        assertThat(diff).containsText("const FAST = 10;");
        RunningApp.screenshot(page, "runs-compare-versions");
        page.context().close();
    }

    private static boolean versionLocked(Page page, String botId, String version) {
        JsonNode v = apiGet(page, "/api/bots/" + botId + "/versions/" + version);
        return v.get("locked").asBoolean();
    }

    private static void openWithShortPeriod(Page page, String botId, String version) {
        page.navigate(app.url("/bots/" + botId + "?version=" + version));
        field(page, "From (UTC)").fill("2021-01-01");
        field(page, "To (UTC, inclusive)").fill("2021-02-28");
    }


}
