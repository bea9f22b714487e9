package io.awstrader.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** Steps the shell's screen tests share: signing up through the form, pressing Tab to a control, checking labels. */
final class UiSteps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UiSteps() {
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator dialog(Page page, String name) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(name));
    }

    static Locator field(Locator scope, String label) {
        return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Signs up a fresh account through the form and waits for the bots list; returns {email, password}. */
    static String[] signUp(RunningApp app, Page page) {
        String[] credentials = RunningApp.newCredentials();
        page.navigate(app.url("/signup"));
        field(page, "Email").fill(credentials[0]);
        field(page, "Password").fill(credentials[1]);
        field(page, "Confirm password").fill(credentials[1]);
        button(page, "Create account").click();
        assertThat(heading(page, "Bots")).isVisible();
        return credentials;
    }

    /** A GET through the page's own session (its cookies). */
    static JsonNode apiGet(Page page, String path) {
        var response = page.request().get(path.startsWith("http") ? path : baseOf(page) + path);
        assertEquals(200, response.status(), path + ": " + response.text());
        try {
            return JSON.readTree(response.text());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String baseOf(Page page) {
        String url = page.url();
        return url.substring(0, url.indexOf('/', "http://".length()));
    }

    /** Presses Tab (Shift+Tab when {@code backwards}) until {@code target} has focus; fails after {@code max} presses. */
    static void tabTo(Page page, Locator target, int max, boolean backwards) {
        for (int i = 0; i < max; i++) {
            if (hasFocus(target)) {
                return;
            }
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
        }
        if (!hasFocus(target)) {
            fail("Tab never reached " + target + "; focus is on " + page.evaluate("() => document.activeElement?.outerHTML"));
        }
    }

    static void tabTo(Page page, Locator target) {
        tabTo(page, target, 40, false);
    }

    static boolean hasFocus(Locator target) {
        return target.count() == 1 && (boolean) target.evaluate("element => element === document.activeElement");
    }

    /** Every visible input, select and textarea has an accessible label: none is missing one. */
    @SuppressWarnings("unchecked")
    static void assertEveryFieldIsLabelled(Page page) {
        List<String> unlabelled = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('input, select, textarea')]
                  .filter((e) => e.offsetParent !== null && e.type !== 'hidden')
                  .filter((e) => !(e.labels && e.labels.length > 0 && e.labels[0].textContent.trim())
                    && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                  .map((e) => e.outerHTML)""");
        assertEquals(List.of(), unlabelled, "fields without a label");
    }
}
