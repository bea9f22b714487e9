package io.awstrader.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bot page: Monaco with the bot API typings (autocomplete, type errors as you type), the problems panel, saving
 * with the compiler's diagnostics, drafts surviving a reload, versions, and locked versions opening read-only. The
 * account and the bots are made through the API in the page's own context (its cookies), so only this screen is used.
 */
class EditorTest extends AgainstRunningApp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Page signedIn;
    private Page page;
    private static String smaCross;

    @BeforeAll
    static void signUp() throws IOException {
        smaCross = Files.readString(Path.of(System.getProperty("e2e.projectRoot", ".."), "bots", "sma-cross.ts"));
        signedIn = app.newPage();
        String[] credentials = RunningApp.newCredentials();
        ObjectNode body = JSON.createObjectNode().put("email", credentials[0]).put("password", credentials[1]);
        app.post(signedIn, "/api/auth/signup", body);
    }

    /** Each test has its own page (a fresh document) in the signed-in context (same cookies and localStorage). */
    @BeforeEach
    void openPage() {
        page = signedIn.context().newPage();
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @AfterAll
    static void closeContext() {
        if (signedIn != null) {
            signedIn.context().close();
        }
    }

    /** Creates a bot through the API; answers its id. */
    private String createBot(String name, String source) {
        return app.post(page, "/api/bots", JSON.createObjectNode().put("name", name).put("source", source))
                .get("bot").get("id").asText();
    }

    private Locator editorText() {
        return page.locator(".monaco-editor .view-lines");
    }

    private Locator status() {
        return page.locator(".save-state");
    }

    private void openBot(String botId, String version) {
        page.navigate(app.url("/bots/" + botId + (version == null ? "" : "?version=" + version)));
    }

    @Test
    void loadsTheBotSourceAndShowsTypeErrorsThenSaves() {
        String botId = createBot("SMA cross", smaCross);
        openBot(botId, null);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SMA cross"))).isVisible();
        assertThat(page.getByLabel("Version", new Page.GetByLabelOptions().setExact(true))).hasValue("1.0");
        assertThat(editorText()).containsText("function onData(input: BotInput)");
        assertThat(page.getByRole(AriaRole.TABPANEL)).containsText("No problems.");

        // a type error at the end of the file, reported as you type
        int lastLine = smaCross.split("\n", -1).length;
        editorText().click();
        page.keyboard().press("Control+End");
        page.keyboard().type("const broken: number = true;");
        page.keyboard().press("Escape");
        assertThat(status()).containsText("Unsaved changes");
        Locator problem = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile(lastLine + ":7 Type 'boolean' is not assignable to type 'number'")));
        assertThat(problem).isVisible();
        RunningApp.screenshot(page, "editor-problems");

        // clicking the problem puts the cursor on its line and focuses the editor
        page.keyboard().press("Control+Home");
        assertThat(page.locator(".editor-status")).containsText("Ln 1, Col 1");
        problem.click();
        assertThat(page.locator(".editor-status")).containsText("Ln " + lastLine + ", Col 7");
        assertThat(page.locator(".monaco-editor.focused")).isVisible();

        // fixed, then Ctrl+S: saved, the server's compile has nothing to say
        page.keyboard().press("End");
        page.keyboard().press("Shift+Home");
        page.keyboard().type("const fixed: number = 1;");
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.TABPANEL)).containsText("No problems.");
        page.keyboard().press("Control+s");
        assertThat(status()).containsText(Pattern.compile("Saved at \\d\\d:\\d\\d$"));
        assertThat(page.getByRole(AriaRole.TABPANEL)).containsText("The last save compiled without errors.");

        // a syntax error saved: the compiler's diagnostic is listed with its line and column
        page.keyboard().press("End");
        page.keyboard().press("Shift+Home");
        page.keyboard().type("const = 5;");
        page.keyboard().press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(status()).containsText("with 1 compile error");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^error " + lastLine + ":\\d+ .+ compiler \\(last save\\)$")))).isVisible();
        RunningApp.screenshot(page, "editor-compile-error");
    }

    @Test
    void autocompleteOffersTheTradersMembers() {
        String botId = createBot("Completion", "function onData(input: BotInput) {\n  \n}\n");
        openBot(botId, "1.0");
        assertThat(editorText()).containsText("function onData");
        editorText().click();
        page.keyboard().press("Control+Home");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("End");
        // Ctrl+Enter runs the backtest: Monaco's own "insert line below" must not happen
        page.keyboard().press("Control+Enter");
        assertThat(page.locator(".editor-status")).containsText("Ln 2, Col 3");
        assertThat(status()).hasText("Saved");
        page.keyboard().type("input.trader.");
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^getBalance"))))
                .isVisible();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^placeOrder"))))
                .isVisible();
        page.keyboard().press("Escape");
    }

    @Test
    void anUnsavedDraftSurvivesAReload() {
        String botId = createBot("Drafts", smaCross);
        openBot(botId, "1.0");
        assertThat(editorText()).containsText("function onData(input: BotInput)");
        editorText().click();
        page.keyboard().press("Control+Home");
        page.keyboard().type("// an idea worth keeping");
        page.keyboard().press("Enter");
        assertThat(status()).containsText("Unsaved changes");
        page.onDialog(dialog -> dialog.accept());
        page.reload();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Restored unsaved draft")))
                .containsText(Pattern.compile("Restored unsaved draft from \\d\\d:\\d\\d"));
        assertThat(editorText()).containsText("// an idea worth keeping");
        assertThat(status()).containsText("Unsaved changes");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard")).click();
        assertThat(editorText()).not().containsText("an idea worth keeping");
        assertThat(status()).hasText("Saved");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        String botId = createBot("Leaving", smaCross);
        openBot(botId, "1.0");
        assertThat(editorText()).containsText("function onData(input: BotInput)");
        editorText().click();
        page.keyboard().press("Control+Home");
        page.keyboard().type("// not saved yet");
        page.keyboard().press("Enter");
        assertThat(status()).containsText("Unsaved changes");
        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bots")).click();
        assertThat(page).hasURL(Pattern.compile("/bots/" + botId + "\\?version=1\\.0$"));
        assertThat(editorText()).containsText("// not saved yet");
        assertEquals(List.of("Version 1.0 has unsaved changes. They stay as a draft in this browser. Leave without saving?"),
                asked);
    }

    @Test
    void createsAMinorVersion() {
        String botId = createBot("Versions", smaCross);
        openBot(botId, null);
        assertThat(editorText()).containsText("function onData(input: BotInput)");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Versions"))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New minor version (1.1)")).click();
        assertThat(page.getByLabel("Version", new Page.GetByLabelOptions().setExact(true))).hasValue("1.1");
        assertThat(page).hasURL(Pattern.compile("version=1\\.1$"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1.1").setExact(true)))
                .hasAttribute("aria-current", "page");
        assertThat(editorText()).containsText("function onData(input: BotInput)");
        RunningApp.screenshot(page, "versions-panel");
    }

    @Test
    void aLockedVersionOpensReadOnlyAndItsDraftGoesIntoTheNextVersion() {
        String botId = createBot("Locked", smaCross);
        // edits made before a backtest locked the version, still in this browser
        page.navigate(app.url("/bots"));
        page.evaluate("([key, source]) => localStorage.setItem(key, JSON.stringify({source, savedAt: Date.now()}))",
                List.of("awstrader.draft." + botId + ".1.0", "// written before the lock\n" + smaCross));
        app.post(page, "/api/bots/" + botId + "/backtests", JSON.createObjectNode().put("version", "1.0")
                .set("result", minimalResult()));
        openBot(botId, "1.0");
        Locator banner = page.getByRole(AriaRole.NOTE, new Page.GetByRoleOptions().setName("Locked version"));
        assertThat(banner).containsText("Version 1.0 is locked: used by a kept backtest or a deployment");
        assertThat(banner).containsText(Pattern.compile("Your unsaved draft from \\d\\d:\\d\\d goes into the new version"));
        assertThat(page.getByLabel("Version", new Page.GetByLabelOptions().setExact(true))
                .locator("option[value='1.0']")).hasText("1.0 (locked)");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)))
                .isDisabled();
        assertThat(status()).hasText("Read-only");
        assertThat(editorText()).not().containsText("written before the lock");

        // typing changes nothing
        editorText().click();
        page.keyboard().press("Control+Home");
        page.keyboard().type("x");
        assertThat(editorText()).containsText("// sma-cross: SMA(14)");
        assertThat(editorText()).not().containsText("x// sma-cross");
        assertThat(status()).hasText("Read-only");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Versions"))).click();
        assertThat(page.getByRole(AriaRole.TABPANEL)).containsText("locked: used by a kept backtest or a deployment");
        RunningApp.screenshot(page, "locked-banner");

        banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create version 1.1 to edit")).click();
        assertThat(page).hasURL(Pattern.compile("version=1\\.1$"));
        assertThat(banner).not().isAttached();
        assertThat(status()).hasText("Saved");
        assertThat(editorText()).containsText("// written before the lock");
    }

    /** The smallest result the server accepts: a run that traded nothing. */
    private static JsonNode minimalResult() {
        try {
            return JSON.readTree("""
                    {"config":{"pairs":["BTC/USD"],"runInterval":"1h","exchange":"bitfinex","exchangeType":"virtual",
                     "balances":{"USD":1000},"fees":0.002,"slippage":0.0005,"warmup":200,"seed":1,"config":{}},
                     "orders":[],"balances":{"USD":{"asset":"USD","free":1000,"total":1000}},"equity":[],
                     "stats":{"initialValue":1000,"finalValue":1000},"plots":[],"logs":[],"droppedLogs":0,
                     "state":{},"errors":[]}""");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
