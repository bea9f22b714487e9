package io.awstrader.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.dialog;
import static io.awstrader.e2e.UiSteps.field;
import static io.awstrader.e2e.UiSteps.heading;
import static io.awstrader.e2e.UiSteps.link;
import static io.awstrader.e2e.UiSteps.tabTo;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Everything by keyboard alone (Tab, Enter, Space, arrows, Escape; no clicks): sign up, create a bot from a sample
 * and open it, add an exchange account; dialogs trap focus and give it back; every field has a label.
 */
class KeyboardTest extends AgainstRunningApp {
    @Test
    void signUpCreateAndOpenABotAndAddAnExchangeWithTheKeyboardOnly() {
        Page page = app.newPage();
        Keyboard keys = page.keyboard();
        String[] credentials = RunningApp.newCredentials();

        // sign up: the login screen links to it
        page.navigate(app.url("/login"));
        tabTo(page, link(page, "Create an account"));
        keys.press("Enter");
        assertThat(heading(page, "Create your account")).isVisible();
        UiSteps.assertEveryFieldIsLabelled(page);
        tabTo(page, field(page, "Email"));
        keys.type(credentials[0]);
        keys.press("Tab");
        assertThat(field(page, "Password")).isFocused();
        keys.type(credentials[1]);
        keys.press("Tab");
        assertThat(field(page, "Confirm password")).isFocused();
        keys.type(credentials[1]);
        keys.press("Enter");
        assertThat(heading(page, "Bots")).isVisible();

        // the skip link is the first stop and moves focus to the content
        keys.press("Tab");
        Locator skip = link(page, "Skip to content");
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        keys.press("Enter");
        assertThat(page.locator("main")).isFocused();
        assertThat(page).hasURL(Pattern.compile("#/bots$"));
        assertThat(button(page, "Create a bot")).isVisible(); // the list has loaded
        keys.press("Tab");
        assertThat(button(page, "Create a bot")).isFocused();

        // the create dialog: Escape closes it and focus comes back
        keys.press("Enter");
        Locator create = dialog(page, "New bot");
        assertThat(create).isVisible();
        assertThat(field(create, "Name")).isFocused();
        keys.press("Escape");
        assertThat(create).isHidden();
        assertThat(button(page, "Create a bot")).isFocused();

        // again, with Space this time; Tab stays inside the dialog
        keys.press("Space");
        assertThat(create).isVisible();
        UiSteps.assertEveryFieldIsLabelled(page);
        for (int i = 0; i < 6; i++) {
            keys.press("Tab");
            assertThat(page.locator(":focus")).hasCount(1);
            assertThat(create.locator(":focus")).hasCount(1);
        }
        tabTo(page, create.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^Blank bot"))));
        keys.press("ArrowDown"); // the first sample
        Locator firstSample = create.getByRole(AriaRole.RADIO).nth(1);
        assertThat(firstSample).isChecked();
        assertThat(firstSample).isFocused();
        tabTo(page, field(create, "Name"), 10, true);
        assertThat(field(create, "Name")).hasValue(Pattern.compile(".+")); // the sample's name
        keys.press("End"); // Tab selected the name: add to it
        keys.type(" (keyboard)");
        tabTo(page, button(page, "Create bot"));
        keys.press("Enter");
        assertThat(create).isHidden();
        assertThat(page).hasURL(Pattern.compile("#/bots/[^/]+$"));
        String botUrl = page.url();

        // back to the list through the header, and open the bot from it
        // Shift+Tab back to the header: forward, Tab would reach the code editor, where it indents (Ctrl+M leaves)
        tabTo(page, link(page, "Bots"), 15, true);
        keys.press("Enter");
        assertThat(heading(page, "Bots")).isVisible();
        Locator botLink = page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first();
        assertThat(botLink).hasText(Pattern.compile(" \\(keyboard\\)$"));
        tabTo(page, botLink);
        keys.press("Enter");
        assertThat(page).hasURL(botUrl);

        // an exchange account: a virtual one with two balances
        tabTo(page, link(page, "Exchange accounts"), 60, true);
        keys.press("Enter");
        assertThat(heading(page, "Exchange accounts")).isVisible();
        tabTo(page, button(page, "Add exchange account"));
        keys.press("Enter");
        Locator add = dialog(page, "Add exchange account");
        assertThat(field(add, "Name")).isFocused();
        keys.type("Paper by keyboard");
        keys.press("Tab");
        assertThat(field(add, "Provider")).isFocused();
        keys.press("ArrowDown"); // Kraken
        keys.press("ArrowDown"); // KuCoin
        assertThat(field(add, "API passphrase")).isVisible();
        keys.press("ArrowDown"); // Virtual
        assertThat(field(add, "Price source")).isVisible();
        UiSteps.assertEveryFieldIsLabelled(page);
        tabTo(page, field(add, "Amount 1"));
        keys.press("ControlOrMeta+a");
        keys.type("5000");
        tabTo(page, button(page, "Add asset"));
        keys.press("Enter");
        assertThat(field(add, "Asset 2")).isFocused();
        keys.type("eth");
        keys.press("Tab");
        keys.type("2.5");
        keys.press("Enter");
        assertThat(add).isHidden();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Paper by keyboard"));
        assertThat(row).containsText("5,000 USD");
        assertThat(row).containsText("2.5 ETH");
        // the empty state's button that opened the dialog is gone: focus goes to the main region, not the page's end
        assertThat(page.locator("main")).isFocused();
        keys.press("Tab");
        assertThat(button(page, "Add exchange account")).isFocused();
        page.context().close();
    }

    @Test
    void theConfirmDialogTrapsFocusAndEscapeCancels() {
        Page page = app.newPage();
        UiSteps.signUp(app, page);
        Keyboard keys = page.keyboard();
        assertThat(button(page, "Create a bot")).isVisible();
        tabTo(page, button(page, "Create a bot"));
        keys.press("Enter");
        assertThat(field(dialog(page, "New bot"), "Name")).isFocused();
        keys.type("Doomed");
        keys.press("Enter");
        assertThat(page).hasURL(Pattern.compile("#/bots/[^/]+$"));
        page.navigate(app.url("/bots"));
        tabTo(page, button(page, "Delete Doomed"));
        keys.press("Enter");
        Locator confirm = dialog(page, "Delete bot?");
        assertThat(button(page, "Cancel")).isFocused(); // the safe choice first
        keys.press("Tab");
        keys.press("Tab");
        keys.press("Tab");
        assertThat(confirm.locator(":focus")).hasCount(1);
        keys.press("Escape");
        assertThat(confirm).isHidden();
        assertThat(button(page, "Delete Doomed")).isFocused();
        keys.press("Enter");
        tabTo(page, button(page, "Delete bot"));
        keys.press("Enter");
        assertThat(link(page, "Doomed")).hasCount(0);
        assertThat(heading(page, "Create your first bot")).isVisible();
        page.context().close();
    }
}
