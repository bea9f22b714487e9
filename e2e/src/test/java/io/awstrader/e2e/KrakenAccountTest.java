package io.awstrader.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.dialog;
import static io.awstrader.e2e.UiSteps.field;
import static io.awstrader.e2e.UiSteps.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.awstrader.adapters.kraken.KrakenStub;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.cli.CliReference;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.RunInterval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Kraken account in the app against a local Kraken over real HTTP (the adapters' stub: recorded answers, signature
 * and nonce checks, and the bundled hourly candles in Kraken's OHLC shape, the last 720 as Kraken serves them), its
 * URL given to the server as {@code AWSTRADER_KRAKEN_URL}: add the account, see its balances, and backtest on Kraken
 * candles the server fetched, byte for byte what {@code ./awstrader candles} + {@code backtest} give.
 */
class KrakenAccountTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", "..")).toAbsolutePath().normalize();
    private static StubExchange stub;
    private static Map<String, String> env;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        CandleSeries hourly = CandleCsv.parse(Files.readString(ROOT.resolve("data/candles/Bitfinex_BTCUSD_1h.csv")))
                .series();
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < hourly.size(); i++) {
            candles.add(hourly.candle(i));
        }
        stub = new StubExchange();
        new KrakenStub(stub).candles(RunInterval.H1, candles);
        env = Map.of("AWSTRADER_KRAKEN_URL", stub.url().toString());
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        app = RunningApp.start(env);
    }

    @AfterAll
    static void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            stub.close();
        }
    }

    @Test
    void addsAKrakenAccountAndShowsItsBalances() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);
        link(page, "Exchange accounts").click();
        button(page, "Add exchange account").first().click();
        Locator add = dialog(page, "Add exchange account");
        field(add, "Provider").selectOption("kraken");
        field(add, "Name").fill("Kraken main");
        field(add, "API key").fill(KrakenStub.KEY);
        field(add, "API secret").fill(KrakenStub.SECRET);
        button(page, "Add account").click();
        assertThat(add).isHidden();
        // the server checked the key with a signed balance call before keeping it
        assertFalse(stub.requests("/0/private/BalanceEx").isEmpty(), "the key was checked at Kraken");

        int asked = stub.requests("/0/private/BalanceEx").size();
        button(page, "Balances of Kraken main").click();
        Locator balances = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Balances of Kraken main"));
        // recorded BalanceEx: XXBT 0.00013394 with 0.00005 held; Kraken's asset codes become the platform's
        assertThat(row(balances, "BTC")).hasText(Pattern.compile("BTC\\s*0\\.00008394\\s*0\\.00005\\s*0\\.00013394"));
        assertThat(row(balances, "ETH")).hasText(Pattern.compile("ETH\\s*0\\.00336132\\s*0\\.002\\s*0\\.00536132"));
        assertThat(row(balances, "USDT")).containsText("60.90852");
        assertEquals(asked + 1, stub.requests("/0/private/BalanceEx").size(), "one signed call per look");
        assertFalse(page.content().contains(KrakenStub.SECRET), "the secret is not in the page");
        RunningApp.screenshot(page, "kraken-balances");

        page.waitForResponse(r -> r.url().endsWith("/balances"), () -> button(page, "Refresh").click());
        assertThat(row(balances, "BTC")).isVisible();
        assertEquals(asked + 2, stub.requests("/0/private/BalanceEx").size(), "Refresh asks Kraken again");
        button(page, "Balances of Kraken main").click();
        assertThat(balances).isHidden();
        page.context().close();
    }

    @Test
    void backtestsOnKrakenCandlesTheServerFetchedAsTheCommandLineDoes() throws Exception {
        Path csv = Files.createTempFile("awstrader-e2e-kraken-", ".csv");
        try {
            CliReference.candles(env, "--exchange", "kraken", "--pair", "BTC/USD", "--interval", "1h",
                    "--from", "2021-11-01", "--to", "2021-12-06", "--out", csv.toString());
            String reference = CliReference.backtest("--bot", ROOT.resolve("bots/sma-cross.ts").toString(),
                    "--candles", csv.toString(), "--exchange", "kraken", "--pairs", "BTC/USD", "--interval", "1h",
                    "--balances", "USD=10000", "--fees", "0.002", "--slippage", "0.0005", "--from", "2021-11-20", "--to", "2021-12-05T23:59:59.999Z");

            Page page = app.newPage();
            UiSteps.signUp(app, page);
            String botId = app.createBot(page, "SMA cross on Kraken", Files.readString(ROOT.resolve("bots/sma-cross.ts")));
            int fetches = stub.requests("/0/public/OHLC").size();
            page.navigate(app.url("/bots/" + botId + "?version=1.0"));
            // Kraken has no cached candles: offered all the same, fetched by the server when run
            assertThat(field(page, "Exchange").locator("option[value='kraken']")).isAttached();
            field(page, "Exchange").selectOption("kraken");
            assertThat(page.getByText(Pattern.compile("None cached yet: a run fetches them from the exchange")))
                    .isVisible();
            page.waitForTimeout(1000); // past the form's prefetch delay (300 ms): looking at Kraken downloads nothing
            assertEquals(fetches, stub.requests("/0/public/OHLC").size(), "no candles fetched before Run");
            field(page, "From (UTC)").fill("2021-11-20");
            field(page, "To (UTC, inclusive)").fill("2021-12-05");
            button(page, "Run backtest").click();
            assertThat(page.getByText(Pattern.compile("Backtest finished in"))).isVisible();
            assertTrue(stub.requests("/0/public/OHLC").size() > fetches, "the server fetched from Kraken");
            assertEquals("XBTUSD", stub.requests("/0/public/OHLC").getLast().query().get("pair"));
            assertEquals("60", stub.requests("/0/public/OHLC").getLast().query().get("interval"));
            RunningApp.screenshot(page, "kraken-backtest");

            button(page, "Keep this run").click();
            Locator history = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Saved backtests"));
            assertThat(history.locator("tbody tr")).hasCount(1);
            JsonNode saved = JSON.readTree(page.request().get(app.origin() + "/api/bots/" + botId + "/backtests").text());
            String id = saved.get(0).get("id").asText();
            String result = page.request().get(app.origin() + "/api/bots/" + botId + "/backtests/" + id + "/result").text();
            // the app's defaults are the CLI's options above; compared whole, reported at the first difference
            int at = 0;
            while (at < Math.min(reference.length(), result.length()) && reference.charAt(at) == result.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 80);
            assertEquals(reference.length(), at, "the app's run on fetched Kraken candles differs from the CLI's on its "
                    + "download at " + at + ": CLI …" + reference.substring(from, Math.min(reference.length(), at + 80))
                    + "… app …" + result.substring(from, Math.min(result.length(), at + 80)) + "…");
            assertEquals(reference.length(), result.length());
            page.context().close();
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static Locator row(Locator table, String asset) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(table.page().getByRole(
                AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(asset).setExact(true))));
    }
}
