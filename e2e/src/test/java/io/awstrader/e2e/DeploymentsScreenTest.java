package io.awstrader.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.apiGet;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.dialog;
import static io.awstrader.e2e.UiSteps.field;
import static io.awstrader.e2e.UiSteps.heading;
import static io.awstrader.e2e.UiSteps.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.lambda.DeploymentRuntime;
import io.awstrader.lambda.market.CachedCandleSource;
import io.awstrader.lambda.tick.TickOutcome;
import io.awstrader.storage.candle.CandleKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deployments as a trader runs them from the app: deploy a sample bot from its editor with the backtest form's
 * settings on a virtual account (made from the dialog's link when there is none), run a tick now and see its order,
 * logs and charts, stop, resume, move to a new version, delete.
 */
class DeploymentsScreenTest extends AgainstRunningApp {
    private static final long HOUR = 3_600_000;

    /**
     * The last 600 hourly BTC/USD and ETH/USD candles before now in the candle cache a virtual account's ticks read
     * (the bundled files end years ago): a seeded random walk whose last day climbs, so pair-rotation buys its leader
     * on the first tick.
     */
    @BeforeAll
    static void recentCandles() throws InterruptedException {
        long now = System.currentTimeMillis();
        if (now % HOUR > HOUR - 180_000) {
            Thread.sleep(HOUR - now % HOUR + 1_000); // the newest closed candle must not change during the test
        }
        long end = System.currentTimeMillis() / HOUR * HOUR;
        seed("BTC/USD", 90_000, end, 1);
        seed("ETH/USD", 3_000, end, 2);
    }

    private static void seed(String pair, double start, long end, long seed) {
        Random random = new Random(seed);
        List<Candle> candles = new ArrayList<>();
        double close = start;
        for (long t = end - 600 * HOUR; t < end; t += HOUR) {
            double drift = t >= end - 24 * HOUR ? 0.006 : 0;
            double open = close;
            close = open * (1 + drift + random.nextGaussian() * 0.004);
            double high = Math.max(open, close) * (1 + random.nextDouble() * 0.003);
            double low = Math.min(open, close) * (1 - random.nextDouble() * 0.003);
            candles.add(new Candle(t, open, high, low, close, 10 + random.nextDouble() * 50));
        }
        app.server().storage().candles().put(new CandleKey("bitfinex", Pair.parse(pair), RunInterval.H1),
                new TimeRange(end - 600 * HOUR, end), candles);
    }

    @Test
    void deploysASampleFromTheEditorTicksStopsResumesMovesAndDeletes() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);

        // a bot from the pair-rotation sample, opened in the editor
        button(page, "Create a bot").click();
        Locator create = dialog(page, "New bot");
        create.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^pair-rotation"))).check();
        button(page, "Create bot").click();
        assertThat(page).hasURL(Pattern.compile("#/bots/[^/?]+$"));
        String botId = idIn(page, "bots");
        field(page, "Pairs").fill("BTC/USD, ETH/USD");

        // no virtual account yet: the dialog says so and links to making one
        button(page, "Deploy version 1.0…").click();
        Locator deploy = dialog(page, "Deploy version 1.0");
        assertThat(deploy.getByText("you have none yet")).isVisible();
        assertThat(button(page, "Deploy")).isDisabled();
        RunningApp.screenshot(page, "deploy-dialog-no-account");
        deploy.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Create a virtual account")).click();
        assertThat(heading(page, "Exchange accounts")).isVisible();
        button(page, "Add exchange account").first().click();
        Locator add = dialog(page, "Add exchange account");
        field(add, "Provider").selectOption(new SelectOption().setLabel("Virtual (paper trading)"));
        field(add, "Name").fill("Paper");
        field(add, "Price source").selectOption("bitfinex");
        field(add, "Asset 1").fill("USD");
        field(add, "Amount 1").fill("10000");
        button(page, "Add account").click();
        assertThat(add).isHidden();

        // back in the editor: the dialog is filled from the backtest form; the server's refusal lands at its field
        page.goBack();
        assertThat(page).hasURL(Pattern.compile("#/bots/" + botId + "$"));
        assertThat(field(page, "Pairs")).hasValue("BTC/USD, ETH/USD");
        button(page, "Deploy version 1.0…").click();
        deploy = dialog(page, "Deploy version 1.0");
        assertThat(field(deploy, "Pairs")).hasValue("BTC/USD, ETH/USD");
        assertThat(field(deploy, "Interval")).hasValue("1h");
        assertThat(field(deploy, "Warm-up")).hasValue("200");
        assertThat(field(deploy, "Exchange account")).containsText("Paper");
        assertEquals(0, deploy.locator("input, select").evaluateAll(
                "fields => fields.filter((f) => f.labels === null || f.labels.length === 0).length"),
                "every field of the dialog has a label");
        field(deploy, "Pairs").fill("A1/USD, A2/USD, A3/USD, A4/USD, A5/USD, A6/USD, A7/USD, A8/USD, A9/USD, B1/USD, B2/USD");
        button(page, "Deploy").click();
        assertThat(field(deploy, "Pairs")).hasAccessibleDescription(Pattern.compile("1 to 10 pairs"));
        assertThat(field(deploy, "Pairs")).isFocused();
        assertEquals(0, apiGet(page, "/api/deployments").size(), "a refused deployment creates nothing");
        field(deploy, "Pairs").fill("BTC/USD, ETH/USD");
        field(deploy, "Name").fill("Rotation paper");
        RunningApp.screenshot(page, "deploy-dialog");
        button(page, "Deploy").click();

        // the deployment's page: running, no tick yet; the version is locked
        assertThat(page).hasURL(Pattern.compile("#/deployments/[^/?]+$"));
        String id = idIn(page, "deployments");
        Locator status = page.locator(".dep-head .status-badge");
        assertThat(status).hasText("Running");
        assertThat(heading(page, "No tick yet")).isVisible();
        assertThat(page.locator("[data-fact=version]")).hasText("1.0");
        assertTrue(apiGet(page, "/api/bots/" + botId + "/versions/1.0").get("locked").asBoolean());
        JsonNode created = apiGet(page, "/api/deployments/" + id).get("deployment");
        assertEquals("[\"BTC/USD\",\"ETH/USD\"]", created.get("pairs").toString());
        assertEquals(200, created.get("settings").get("warmup").asInt());

        // a tick now: pair-rotation buys the leader at market and logs; orders, logs and charts show it
        button(page, "Run tick now").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Ticked on")))
                .containsText("1 order placed");
        assertThat(page.locator("[data-fact=ticks]")).hasText("1");
        Locator orders = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Orders"));
        assertThat(orders.locator("tbody tr")).hasCount(1);
        assertThat(orders.locator("tbody tr").first()).containsText("buy");
        assertThat(orders.locator("tbody tr").first()).containsText("placed");
        assertThat(heading(page, "Orders (1)")).isVisible();
        assertThat(page.locator(".bt-console li").filter(new Locator.FilterOptions().setHasText("rotating into")))
                .hasCount(1);
        assertThat(page.locator("section[aria-labelledby=bt-charts-h] canvas").first()).isVisible();
        assertThat(page.locator("[data-fact=last-tick]")).containsText("just now");
        JsonNode result = apiGet(page, "/api/deployments/" + id).get("result");
        assertEquals(1, result.get("orders").size());
        assertTrue(result.get("state").get("started").asBoolean());
        page.evaluate("() => window.scrollTo(0, 0)");
        RunningApp.screenshot(page, "deployment-after-tick");
        RunningApp.docsScreenshot(page, "deployment-page");
        page.setViewportSize(1024, 700);
        RunningApp.screenshot(page, "deployment-after-tick-1024");
        page.setViewportSize(1440, 900);

        // the same candle again: nothing done, said so
        button(page, "Run tick now").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("already acted on")))
                .isVisible();
        assertThat(page.locator("[data-fact=ticks]")).hasText("1");
        assertThat(page.locator("[data-fact=duplicates]")).hasText("1");

        // stop and resume
        button(page, "Stop").click();
        assertThat(status).hasText("Stopped");
        assertThat(page.locator("[data-fact=next-tick]")).hasText("Not scheduled (stopped)");
        assertFalse(apiGet(page, "/api/deployments/" + id).get("deployment").get("active").asBoolean());
        button(page, "Resume").click();
        assertThat(status).hasText("Running");
        assertTrue(apiGet(page, "/api/deployments/" + id).get("deployment").get("active").asBoolean());

        // the editor shows the deployed version locked; a new version 1.1 is made from it
        page.locator(".dep-head").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("pair-rotation version 1.0")).click();
        Locator lockedNote = page.getByRole(AriaRole.NOTE, new Page.GetByRoleOptions().setName("Locked version"));
        assertThat(lockedNote).isVisible();
        assertThat(lockedNote.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rotation paper")))
                .hasAttribute("href", "#/deployments/" + id);
        RunningApp.screenshot(page, "deployed-version-locked");
        assertThat(page.locator(".save-state")).hasText("Read-only");
        button(page, "Create version 1.1 to edit").click();
        assertThat(page).hasURL(Pattern.compile("version=1\\.1$"));

        // the list: status, bot and version, account, pairs, interval, profit, last tick
        link(page, "Deployments").click();
        Locator row = page.locator("tr[data-deployment='" + id + "']");
        assertThat(row.locator(".status-badge")).hasText("Running");
        assertThat(row).containsText("pair-rotation 1.0");
        assertThat(row).containsText("Paper");
        assertThat(row).containsText("BTC/USD, ETH/USD");
        assertThat(row).containsText("1h");
        assertThat(row).containsText("just now");
        assertThat(row.locator("td[data-profit]")).hasAttribute("data-profit",
                Pattern.compile("^-?\\d+(\\.\\d+)?(E-?\\d+)?$"));
        RunningApp.screenshot(page, "deployments-list");
        page.setViewportSize(1024, 700);
        RunningApp.screenshot(page, "deployments-list-1024");
        page.setViewportSize(1440, 900);

        // move to 1.1, keeping the bot's state
        link(page, "Rotation paper").click();
        button(page, "Move to version…").click();
        Locator move = dialog(page, "Move to another version");
        assertThat(field(move, "Version")).hasValue("1.1");
        assertThat(field(move, "Keep the bot's state (input.state)")).isChecked();
        RunningApp.screenshot(page, "deployment-move-dialog");
        button(page, "Move").click();
        assertThat(move).isHidden();
        assertThat(page.locator("[data-fact=version]")).hasText("1.1");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Moved to version 1.1")))
                .containsText("state kept");
        JsonNode moved = apiGet(page, "/api/deployments/" + id);
        assertEquals("1.1", moved.get("deployment").get("version").asText());
        assertTrue(moved.get("result").get("state").get("started").asBoolean(), "the state is kept");
        assertTrue(apiGet(page, "/api/bots/" + botId + "/versions/1.1").get("locked").asBoolean());

        // delete: asked first, then the list without it
        button(page, "Delete").click();
        Locator confirm = dialog(page, "Delete deployment?");
        assertThat(confirm).containsText("Rotation paper");
        button(page, "Delete deployment").click();
        assertThat(heading(page, "No deployments yet")).isVisible();
        assertThat(page).hasURL(Pattern.compile("#/deployments$"));
        assertEquals(0, apiGet(page, "/api/deployments").size());
        RunningApp.screenshot(page, "deployments-empty");
    }

    /** A bot that throws on every call: its ticks fail, and the fifth in a row pauses the deployment. */
    private static final String FAILING_BOT = """
            function onData(input: BotInput) {
              throw new Error('no price feed for ' + input.config.pairs[0]);
            }
            """;

    @Test
    void aBotThatKeepsFailingShowsItsErrorsThenThePauseWithItsReasonAndResumes() {
        Page page = app.signedInPage();
        String botId = app.createBot(page, "Failing feed", FAILING_BOT);
        String exchangeId = app.post(page, "/api/exchanges", Map.of("name", "Paper", "provider", "virtual",
                "priceSource", "bitfinex", "initialBalances", Map.of("USD", 1000))).get("id").asText();
        String id = app.post(page, "/api/deployments", Map.of("name", "Failing", "botId", botId, "version", "1.0",
                "exchangeId", exchangeId, "pairs", List.of("BTC/USD"), "interval", "1h",
                "settings", Map.of("warmup", 50))).get("id").asText();
        String accountId = apiGet(page, app.origin() + "/api/auth/me").get("id").asText();

        // four candle closes of the last hours, ticked as the scheduler ticks them: four bot errors in a row
        long end = System.currentTimeMillis() / HOUR * HOUR;
        try (DeploymentRuntime runtime = new DeploymentRuntime(app.server().storage(),
                new CachedCandleSource(app.server().storage().candles()), 5, Clock.systemUTC())) {
            for (long close = end - 4 * HOUR; close < end; close += HOUR) {
                TickOutcome outcome = runtime.tick().run(accountId, id, close + 5_000, false);
                assertEquals(TickOutcome.Result.APPLIED, outcome.result(), outcome.toString());
                assertTrue(outcome.botError(), outcome.toString());
            }
        }
        page.navigate(app.url("/deployments/" + id));
        assertThat(page.locator("[data-fact=errors]")).containsText("4");
        assertThat(heading(page, "Bot errors (4)")).isVisible();
        assertThat(page.locator(".bt-errors li").first()).containsText("no price feed for BTC/USD");

        // the fifth, run now from the page: paused, and the page says why
        button(page, "Run tick now").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("the bot failed")))
                .containsText("paused after too many bot errors");
        Locator status = page.locator(".dep-head .status-badge");
        assertThat(status).hasText("Paused");
        Locator paused = page.getByRole(AriaRole.NOTE).filter(new Locator.FilterOptions().setHasText("Paused by the runtime"));
        assertThat(paused).containsText("no price feed for BTC/USD");
        assertThat(page.locator("[data-fact=errors]")).containsText("5");
        assertThat(button(page, "Resume")).isVisible();
        RunningApp.screenshot(page, "deployment-paused");
        page.setViewportSize(1024, 700);
        RunningApp.screenshot(page, "deployment-paused-1024");
        page.setViewportSize(1440, 900);

        page.getByLabel("Breadcrumb").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Deployments")).click();
        Locator row = page.locator("tr[data-deployment='" + id + "']");
        assertThat(row.locator(".status-badge")).hasText("Paused");
        assertThat(row.locator(".paused-reason")).containsText("5 bot errors in a row");

        // resuming clears the pause
        link(page, "Failing").click();
        button(page, "Resume").click();
        assertThat(status).hasText("Running");
        assertThat(paused).hasCount(0);
        JsonNode resumed = apiGet(page, "/api/deployments/" + id).get("deployment");
        assertTrue(resumed.get("active").asBoolean());
        assertTrue(resumed.get("pausedReason").isNull(), resumed.toString());
    }

    /** The id in a #/SECTION/ID address. */
    private static String idIn(Page page, String section) {
        Matcher m = Pattern.compile("#/" + section + "/([^/?]+)").matcher(page.url());
        assertTrue(m.find(), page.url());
        return m.group(1);
    }
}
