package io.awstrader.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The app is served from the web-client jar and opens on the login screen when nobody is signed in. */
class AppShellTest extends AgainstRunningApp {
    @Test
    void opensOnTheLoginScreenWithoutASession() {
        Page page = app.newPage();
        page.navigate(app.url("/bots"));
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("AWS Trader$"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING)).hasText("Log in");
        RunningApp.screenshot(page, "login");
        page.context().close();
    }
}
