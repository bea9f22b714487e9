package io.awstrader.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.dialog;
import static io.awstrader.e2e.UiSteps.field;
import static io.awstrader.e2e.UiSteps.heading;
import static io.awstrader.e2e.UiSteps.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.deployment.NewDeployment;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bots list: the empty state, creating (blank or from a sample), opening, renaming and deleting bots. */
class BotsScreenTest extends AgainstRunningApp {
    private static Locator rows(Page page) {
        return page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW);
    }

    /** The bot id in a #/bots/ID address. */
    private static String botIdOf(Page page) {
        Matcher m = Pattern.compile("#/bots/([^/?]+)").matcher(page.url());
        assertTrue(m.find(), page.url());
        return m.group(1);
    }

    @Test
    void createsBotsBlankAndFromASampleThenRenamesAndDeletesThem() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);
        assertThat(heading(page, "Create your first bot")).isVisible();
        RunningApp.screenshot(page, "bots-empty");

        // blank
        button(page, "Create a bot").click();
        Locator create = dialog(page, "New bot");
        assertThat(create).isVisible();
        assertThat(field(create, "Name")).isFocused();
        assertThat(create.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^Blank bot"))))
                .isChecked();
        assertThat(create.getByText("SMA(14) / SMA(50) crossover — the benchmark bot")).isVisible();
        UiSteps.assertEveryFieldIsLabelled(page);
        RunningApp.screenshot(page, "create-bot-dialog");
        field(create, "Name").fill("My blank bot");
        button(page, "Create bot").click();
        assertThat(create).isHidden();
        assertThat(page).hasURL(Pattern.compile("#/bots/[^/]+$"));
        String blankId = botIdOf(page);
        JsonNode blank = UiSteps.apiGet(page, "/api/bots/" + blankId + "/versions/1.0");
        assertTrue(blank.get("source").asText().contains("function onData"), blank.toString());

        // from a sample: its name fills the name field until one is typed
        link(page, "Bots").click();
        button(page, "New bot").click();
        create = dialog(page, "New bot");
        create.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^sma-cross"))).check();
        assertThat(field(create, "Name")).hasValue("sma-cross");
        field(create, "Name").fill("Benchmark SMA");
        field(create, "Name").press("Enter");
        assertThat(create).isHidden();
        String smaId = botIdOf(page);
        JsonNode sma = UiSteps.apiGet(page, "/api/bots/" + smaId + "/versions/1.0");
        JsonNode sample = null;
        for (JsonNode s : UiSteps.apiGet(page, "/api/samples")) {
            if (s.get("id").asText().equals("sma-cross")) {
                sample = s;
            }
        }
        assertEquals(sample.get("source").asText(), sma.get("source").asText());
        assertEquals(0, sma.get("diagnostics").size());

        // the list, after a reload too: most recently updated first, names open the bots
        link(page, "Bots").click();
        page.reload();
        assertThat(rows(page)).hasCount(3);
        // a bot made from a sample carries the sample's description under its name; a blank one has none
        assertThat(rows(page).nth(1).getByRole(AriaRole.ROWHEADER).getByRole(AriaRole.LINK)).hasText("Benchmark SMA");
        assertThat(rows(page).nth(1).locator(".bot-description"))
                .hasText("SMA(14) / SMA(50) crossover — the benchmark bot (the original platform's smaBot).");
        assertThat(rows(page).nth(2).getByRole(AriaRole.ROWHEADER)).hasText("My blank bot");
        assertThat(rows(page).nth(1)).containsText("just now");
        assertThat(rows(page).nth(1).getByRole(AriaRole.CELL).first()).hasText("1"); // its versions
        RunningApp.screenshot(page, "bots-list");
        link(page, "My blank bot").click();
        assertThat(page).hasURL(Pattern.compile("#/bots/" + blankId + "$"));
        page.goBack();

        // rename; an empty name is refused at the field
        button(page, "Rename My blank bot").click();
        Locator rename = dialog(page, "Rename “My blank bot”");
        Locator name = field(rename, "Name");
        assertThat(name).isFocused();
        name.fill("  ");
        button(page, "Rename").click();
        assertThat(name).hasAccessibleDescription("Give the bot a name.");
        name.fill("Scratchpad");
        button(page, "Rename").click();
        assertThat(rename).isHidden();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Renamed “My blank bot” to “Scratchpad”.");
        assertThat(link(page, "Scratchpad")).isVisible();
        assertThat(button(page, "Rename Scratchpad")).isFocused(); // focus went back where it was

        // delete: cancel first, then confirm
        button(page, "Delete Scratchpad").click();
        Locator confirm = dialog(page, "Delete bot?");
        assertThat(confirm).containsText("“Scratchpad” will be deleted with all its versions and saved backtests.");
        RunningApp.screenshot(page, "delete-bot-dialog");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(confirm).isHidden();
        assertThat(rows(page)).hasCount(3);
        button(page, "Delete Scratchpad").click();
        button(page, "Delete bot").click();
        assertThat(dialog(page, "Delete bot?")).isHidden();
        assertThat(rows(page)).hasCount(2);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Deleted “Scratchpad”.");
        page.reload();
        assertThat(rows(page)).hasCount(2);
        assertThat(link(page, "Scratchpad")).hasCount(0);
        page.context().close();
    }

    @Test
    void aBotWithAnActiveDeploymentIsNotDeletedAndTheDialogSaysWhy() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);
        button(page, "Create a bot").click();
        field(dialog(page, "New bot"), "Name").fill("Live bot");
        button(page, "Create bot").click();
        assertThat(page).hasURL(Pattern.compile("#/bots/[^/]+$"));
        String botId = botIdOf(page);
        String accountId = UiSteps.apiGet(page, "/api/auth/me").get("id").asText();
        var exchange = app.send(page, "/api/exchanges", Map.of("name", "Paper", "provider", "virtual",
                "priceSource", "bitfinex", "initialBalances", Map.of("USD", 1000)));
        assertEquals(201, exchange.status(), exchange.text());
        String exchangeId = exchange.text().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        app.server().storage().deployments().create(accountId, new NewDeployment("live", botId, new VersionNumber(1, 0),
                exchangeId, RunInterval.H1, List.of(Pair.parse("BTC/USD")), true));

        page.navigate(app.url("/bots"));
        button(page, "Delete Live bot").click();
        button(page, "Delete bot").click();
        Locator confirm = dialog(page, "Delete bot?");
        assertThat(confirm.getByRole(AriaRole.ALERT)).hasText(
                "Bot 'Live bot' has 1 active deployment; stop it before deleting the bot.");
        RunningApp.screenshot(page, "delete-bot-refused");
        page.keyboard().press("Escape");
        assertThat(confirm).isHidden();
        assertThat(rows(page)).hasCount(2);
        page.context().close();
    }
}
