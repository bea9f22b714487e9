package io.awstrader.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.dialog;
import static io.awstrader.e2e.UiSteps.field;
import static io.awstrader.e2e.UiSteps.heading;
import static io.awstrader.e2e.UiSteps.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.deployment.NewDeployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exchange accounts: real ones keep their secrets out of the page; virtual ones show their balances; errors at fields. */
class ExchangesScreenTest extends AgainstRunningApp {
    private static final String KEY = "KEYabcd0123456789wxyz";
    private static final String SECRET = "SECRET-s3cr3t-0123456789-zyx";
    private static final String PASSPHRASE = "pass-PHRASE-42";
    private static Locator rows(Page page) {
        return page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW);
    }

    private static Locator row(Page page, String name) {
        return rows(page).filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER,
                new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    private static void assertNoSecretIn(Page page) {
        String html = page.content();
        assertFalse(html.contains(SECRET), "the API secret is in the page");
        assertFalse(html.contains(PASSPHRASE), "the passphrase is in the page");
        assertFalse(html.contains(KEY), "the full API key is in the page");
    }

    private static Locator openAddDialog(Page page) {
        Locator add = button(page, "Add exchange account").first();
        add.click();
        Locator dialog = dialog(page, "Add exchange account");
        assertThat(dialog).isVisible();
        return dialog;
    }

    @Test
    void addsRealAndVirtualAccountsShowingOnlyAMaskedKeyThenDeletes() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);
        link(page, "Exchange accounts").click();
        assertThat(page).hasTitle("Exchange accounts · AWS Trader");
        assertThat(heading(page, "No exchange accounts yet")).isVisible();

        // Bitfinex: key and secret
        Locator add = openAddDialog(page);
        assertThat(field(add, "API passphrase")).hasCount(0);
        UiSteps.assertEveryFieldIsLabelled(page);
        field(add, "Name").fill("Main Bitfinex");
        field(add, "API key").fill(KEY);
        field(add, "API secret").fill(SECRET);
        assertThat(field(add, "API secret")).hasAttribute("type", "password");
        assertNoSecretIn(page); // typed, not yet saved: still not in the HTML
        RunningApp.screenshot(page, "add-exchange-dialog");
        button(page, "Add account").click();
        assertThat(add).isHidden();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added “Main Bitfinex”.");
        assertThat(row(page, "Main Bitfinex")).containsText("Bitfinex");
        assertThat(row(page, "Main Bitfinex")).containsText("KEYa…wxyz");
        assertNoSecretIn(page);

        // KuCoin: with its passphrase
        add = openAddDialog(page);
        field(add, "Provider").selectOption("kucoin");
        field(add, "Name").fill("KuCoin spot");
        field(add, "API key").fill(KEY);
        field(add, "API secret").fill(SECRET);
        assertThat(field(add, "API passphrase")).hasAttribute("type", "password");
        button(page, "Add account").click();
        assertThat(field(add, "API passphrase")).hasAccessibleDescription(
                "The passphrase you chose when creating the KuCoin API key. API passphrase is required.");
        assertThat(field(add, "API passphrase")).isFocused();
        field(add, "API passphrase").fill(PASSPHRASE);
        button(page, "Add account").click();
        assertThat(add).isHidden();
        assertThat(row(page, "KuCoin spot")).containsText("KuCoin");
        assertThat(row(page, "KuCoin spot")).containsText("KEYa…wxyz");
        assertNoSecretIn(page);

        // Virtual: a price source and two balances
        add = openAddDialog(page);
        field(add, "Provider").selectOption(new SelectOption().setLabel("Virtual (paper trading)"));
        assertThat(field(add, "API key")).hasCount(0);
        field(add, "Name").fill("Paper Kraken");
        field(add, "Price source").selectOption("kraken");
        assertThat(field(add, "Asset 1")).hasValue("USD");
        field(add, "Amount 1").fill("25000");
        button(page, "Add asset").click();
        assertThat(field(add, "Asset 2")).isFocused();
        page.keyboard().type("btc");
        assertThat(field(add, "Asset 2")).hasValue("BTC");
        field(add, "Amount 2").fill("0.5");
        UiSteps.assertEveryFieldIsLabelled(page);
        RunningApp.screenshot(page, "add-virtual-exchange-dialog");
        button(page, "Add account").click();
        assertThat(add).isHidden();
        Locator paper = row(page, "Paper Kraken");
        assertThat(paper).containsText("Virtual");
        assertThat(paper).containsText("Prices from Kraken");
        assertThat(paper).containsText("25,000 USD");
        assertThat(paper).containsText("0.5 BTC");

        page.reload();
        assertThat(rows(page)).hasCount(4);
        RunningApp.screenshot(page, "exchanges-list");
        assertNoSecretIn(page);

        // delete, after a cancel
        button(page, "Delete KuCoin spot").click();
        Locator confirm = dialog(page, "Delete exchange account?");
        assertThat(confirm).containsText("“KuCoin spot” will be removed");
        page.keyboard().press("Escape");
        assertThat(confirm).isHidden();
        assertThat(button(page, "Delete KuCoin spot")).isFocused();
        button(page, "Delete KuCoin spot").click();
        button(page, "Delete exchange account").click();
        assertThat(row(page, "KuCoin spot")).hasCount(0);
        page.reload();
        assertThat(rows(page)).hasCount(3);
        page.context().close();
    }

    @Test
    void validationErrorsShowAtTheirFields() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);
        page.navigate(app.url("/exchanges"));
        Locator add = openAddDialog(page);
        button(page, "Add account").click();
        assertThat(field(add, "Name")).hasAccessibleDescription("Give the account a name, e.g. “Main Bitfinex”.");

        // the server's rule, in the form's words, at the API key
        field(add, "Name").fill("Kraken");
        field(add, "Provider").selectOption("kraken");
        field(add, "API key").fill("short");
        field(add, "API secret").fill(SECRET);
        button(page, "Add account").click();
        Locator key = field(add, "API key");
        assertThat(key).hasAccessibleDescription("API key must be 8 to 256 characters.");
        assertThat(key).hasAttribute("aria-invalid", "true");
        assertThat(key).isFocused();
        RunningApp.screenshot(page, "add-exchange-field-error");

        field(add, "API key").fill("has spaces in it");
        button(page, "Add account").click();
        assertThat(key).hasAccessibleDescription("API key may only hold printable ASCII characters without spaces.");
        assertNoSecretIn(page);

        // a negative balance: the server's message at that row's amount
        field(add, "Provider").selectOption("virtual");
        field(add, "Amount 1").fill("-5");
        button(page, "Add account").click();
        assertThat(field(add, "Amount 1")).hasAccessibleDescription("Enter an amount of 0 or more without currency signs, such as 1000 or 0.5.");
        field(add, "Amount 1").fill("100");
        button(page, "Add asset").click();
        field(add, "Asset 2").fill("usd");
        field(add, "Amount 2").fill("1");
        button(page, "Add account").click();
        assertThat(field(add, "Asset 2")).hasAccessibleDescription("USD is listed twice.");
        button(page, "Remove USD").last().click();
        button(page, "Add account").click();
        assertThat(add).isHidden();
        assertThat(rows(page)).hasCount(2);
        page.context().close();
    }

    @Test
    void anAccountUsedByADeploymentIsNotDeletedAndTheDialogSaysWhy() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);
        page.navigate(app.url("/exchanges"));
        Locator add = openAddDialog(page);
        field(add, "Provider").selectOption("virtual");
        field(add, "Name").fill("Paper");
        button(page, "Add account").click();
        assertThat(add).isHidden();
        String accountId = UiSteps.apiGet(page, "/api/auth/me").get("id").asText();
        String exchangeId = UiSteps.apiGet(page, "/api/exchanges").get(0).get("id").asText();
        String botId = app.server().storage().bots().create(accountId, "Live").id();
        VersionNumber version = app.server().storage().versions().createMajor(accountId, botId).number();
        app.server().storage().deployments().create(accountId, new NewDeployment("live", botId, version,
                exchangeId, RunInterval.H1, List.of(Pair.parse("BTC/USD")), true));
        button(page, "Delete Paper").click();
        button(page, "Delete exchange account").click();
        assertThat(dialog(page, "Delete exchange account?").getByRole(AriaRole.ALERT)).hasText(
                "The exchange account is used by 1 deployment; delete it first.");
        button(page, "Cancel").click();
        assertEquals(1, UiSteps.apiGet(page, "/api/exchanges").size());
        page.context().close();
    }
}
