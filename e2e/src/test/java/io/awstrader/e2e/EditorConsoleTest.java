package io.awstrader.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The editor and the backtest together: Ctrl+Enter in the code runs the saved version in the worker, and the Console
 * panel shows the bot's logs and errors, whose stack frames jump to the bot's own lines.
 */
class EditorConsoleTest extends AgainstRunningApp {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Logs every candle and throws at midnight UTC, from line 6. */
    private static final String THROWING_BOT = """
            function onData(input: BotInput) {
              const candles = input.candleData['BTC/USD'];
              const last = candles[candles.length - 1];
              console.log('close ' + last[2]);
              if (new Date(last[0]).getUTCHours() === 0) {
                throw new Error('midnight is not for trading');
              }
            }
            """;
    @Test
    void ctrlEnterRunsTheBotAndItsErrorsJumpToTheirLines() {
        Page page = app.newPage();
        String[] credentials = RunningApp.newCredentials();
        app.post(page, "/api/auth/signup", JSON.createObjectNode().put("email", credentials[0])
                .put("password", credentials[1]));
        String botId = app.post(page, "/api/bots", JSON.createObjectNode().put("name", "Midnight")
                .put("source", THROWING_BOT)).get("bot").get("id").asText();

        page.navigate(app.url("/bots/" + botId + "?version=1.0"));
        field(page, "From (UTC)").fill("2021-03-01");
        field(page, "To (UTC, inclusive)").fill("2021-03-02");
        Locator code = page.locator(".monaco-editor .view-lines");
        assertThat(code).containsText("midnight is not for trading");
        code.click();
        page.keyboard().press("Control+Home");
        page.keyboard().press("Control+Enter");

        // two days of hourly candles: two midnights, 48 log lines; the panel opens on the errors
        Locator console = page.getByRole(AriaRole.TABPANEL);
        assertThat(console.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Bot errors")))
                .containsText("2 bot errors", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                        .setTimeout(60_000));
        assertThat(console).containsText("midnight is not for trading");
        assertThat(console).containsText("Console · 48 lines");
        assertThat(console.locator(".console-line").first()).containsText(Pattern.compile("close \\d+"));
        RunningApp.screenshot(page, "editor-console");
        // a scratch run locks nothing; keeping it locks the version it ran: the editor turns read-only
        assertThat(page.locator(".save-state")).not().hasText("Read-only");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep this run")).click();
        assertThat(page.getByLabel("Version", new Page.GetByLabelOptions().setExact(true))
                .locator("option[value='1.0']")).hasText("1.0 (locked)");
        assertThat(page.locator(".save-state")).hasText("Read-only");

        // the stack frame names the bot's line 6 (TypeScript source lines survive the compile); it jumps there
        Locator frame = console.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("bot\\.ts:6"))).first();
        frame.click();
        assertThat(page.locator(".editor-status")).containsText("Ln 6,");
        assertThat(page.locator(".monaco-editor.focused")).isVisible();
        page.context().close();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
