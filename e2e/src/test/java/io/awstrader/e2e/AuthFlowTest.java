package io.awstrader.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.awstrader.e2e.UiSteps.button;
import static io.awstrader.e2e.UiSteps.field;
import static io.awstrader.e2e.UiSteps.heading;
import static io.awstrader.e2e.UiSteps.link;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sign up, log out, log in, the session across reloads, and a clear message at the right field for every failure. */
class AuthFlowTest extends AgainstRunningApp {
    private static Locator alert(Page page) {
        return page.getByRole(AriaRole.ALERT);
    }

    @Test
    void signUpRefusesWeakPasswordsAMismatchAndATakenEmailAtTheirFields() {
        Page page = app.newPage();
        page.navigate(app.url("/login"));
        assertThat(page).hasTitle("Log in · AWS Trader");
        link(page, "Create an account").click();
        assertThat(page).hasURL(Pattern.compile("#/signup$"));
        assertThat(page).hasTitle("Sign up · AWS Trader");
        assertThat(heading(page, "Create your account")).isVisible();
        Locator password = field(page, "Password");
        assertThat(password).hasAccessibleDescription("12+ characters, not a common one.");
        RunningApp.screenshot(page, "signup");

        String[] credentials = RunningApp.newCredentials();
        field(page, "Email").fill(credentials[0]);
        password.fill("short pw");
        field(page, "Confirm password").fill("short pw");
        button(page, "Create account").click();
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(password).hasAccessibleDescription(Pattern.compile("The password must be at least 12 characters long\\."));
        assertThat(password).isFocused();
        RunningApp.screenshot(page, "signup-weak-password");

        password.fill("1q2w3e4r5t6y7u");
        field(page, "Confirm password").fill("1q2w3e4r5t6y7u");
        button(page, "Create account").click();
        assertThat(password).hasAccessibleDescription(Pattern.compile("This password is too common; choose another one\\."));

        password.fill(credentials[1]);
        field(page, "Confirm password").fill(credentials[1] + "x");
        button(page, "Create account").click();
        assertThat(field(page, "Confirm password")).hasAccessibleDescription(Pattern.compile("The two passwords differ"));
        assertThat(password).not().hasAttribute("aria-invalid", "true");

        field(page, "Confirm password").fill(credentials[1]);
        button(page, "Create account").click();
        assertThat(heading(page, "Bots")).isVisible();
        button(page, "Log out").click();
        assertThat(heading(page, "Log in")).isVisible();

        // the same email again
        Page second = app.newPage();
        second.navigate(app.url("/signup"));
        field(second, "Email").fill(credentials[0]);
        field(second, "Password").fill("another good passphrase");
        field(second, "Confirm password").fill("another good passphrase");
        button(second, "Create account").click();
        Locator email = field(second, "Email");
        assertThat(email).hasAccessibleDescription("An account with this email already exists; log in instead.");
        assertThat(email).hasAttribute("aria-invalid", "true");
        page.context().close();
        second.context().close();
    }

    @Test
    void signUpThenLogOutThenLogInAndTheSessionSurvivesAReload() {
        Page page = app.newPage();
        String[] credentials = UiSteps.signUp(app, page);
        assertThat(page).hasURL(Pattern.compile("#/bots$"));
        assertThat(page).hasTitle("Bots · AWS Trader");
        assertThat(page.getByText(credentials[0])).isVisible();

        page.reload();
        assertThat(heading(page, "Bots")).isVisible();
        assertThat(page.getByText(credentials[0])).isVisible();

        button(page, "Log out").click();
        assertThat(page).hasURL(Pattern.compile("#/login$"));
        assertThat(heading(page, "Log in")).isVisible();
        page.reload();
        assertThat(heading(page, "Log in")).isVisible();
        RunningApp.screenshot(page, "login");

        field(page, "Email").fill(credentials[0]);
        field(page, "Password").fill(credentials[1] + " but wrong");
        button(page, "Log in").click();
        assertThat(alert(page)).hasText("The email or the password is wrong.");
        RunningApp.screenshot(page, "login-wrong-password");

        field(page, "Password").fill(credentials[1]);
        button(page, "Log in").click();
        assertThat(heading(page, "Bots")).isVisible();
        assertThat(alert(page)).hasCount(0);
        page.context().close();
    }

    @Test
    void emptyFieldsAreCaughtBeforeAnyRequest() {
        Page page = app.newPage();
        page.navigate(app.url("/login"));
        button(page, "Log in").click();
        assertThat(field(page, "Email")).hasAccessibleDescription("Enter your email address.");
        assertThat(field(page, "Email")).isFocused();
        field(page, "Email").fill("someone@example.com");
        button(page, "Log in").click();
        assertThat(field(page, "Password")).hasAccessibleDescription("Enter your password.");
        page.context().close();
    }

    @Test
    void tooManyFailedLoginsAreRefusedWithTheServersMessage() {
        Page page = app.newPage();
        String[] credentials = UiSteps.signUp(app, page);
        button(page, "Log out").click();
        field(page, "Email").fill(credentials[0]);
        for (int i = 1; i <= 5; i++) {
            field(page, "Password").fill("wrong password number " + i);
            button(page, "Log in").click();
            assertThat(alert(page)).hasText("The email or the password is wrong.");
            assertThat(button(page, "Log in")).isEnabled(); // answered: the next attempt follows this one
        }
        field(page, "Password").fill(credentials[1]);
        button(page, "Log in").click();
        assertThat(alert(page)).hasText(Pattern.compile("^Too many failed logins for this account; try again in \\d+ s\\.$"));
        assertThat(heading(page, "Log in")).isVisible();
        page.context().close();
    }

    @Test
    void aRequestAnsweredWith401ReturnsToTheLoginScreenAndThenToWhereTheUserWas() {
        Page page = app.newPage();
        String[] credentials = UiSteps.signUp(app, page);
        page.context().clearCookies(); // the session ends (as when it expires)
        link(page, "Exchange accounts").click();
        assertThat(heading(page, "Log in")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("Your session has ended"));
        field(page, "Email").fill(credentials[0]);
        field(page, "Password").fill(credentials[1]);
        button(page, "Log in").click();
        assertThat(heading(page, "Exchange accounts")).isVisible();
        assertThat(page).hasURL(Pattern.compile("#/exchanges$"));
        page.context().close();
    }
}
