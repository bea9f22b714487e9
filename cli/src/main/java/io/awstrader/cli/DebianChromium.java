package io.awstrader.cli;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, for the chromium runtime and the browser tests: never a downloaded browser.
 */
public final class DebianChromium {
    /** Where Debian's package installs it. */
    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final String INSTALL_HINT = "install it: apt-get install -y chromium (or run scripts/install-chromium)";
    /** Launch flags measured to work here (see STACK-NOTES): no GPU, and no background traffic into a closed network. */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private DebianChromium() {
    }

    /**
     * Playwright with browser downloads off. A JVM cannot set its own environment: the driver gets the variable
     * through Playwright's options (the launcher exports it too); without it Playwright would try to download one.
     */
    public static Playwright playwright() {
        requireInstalled();
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A headless Chromium; launch() gives every browser a fresh temporary profile and deletes it on close. */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setChromiumSandbox(false).setArgs(FLAGS));
    }

    /** Fails with a clear message when the browser is missing. */
    public static void requireInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Chromium is not installed at " + EXECUTABLE + "; " + INSTALL_HINT);
        }
    }
}
