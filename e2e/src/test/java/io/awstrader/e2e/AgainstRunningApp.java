package io.awstrader.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class run against one app (server, DynamoDB Local, Chromium), started before its tests, stopped after. */
abstract class AgainstRunningApp {
    static RunningApp app;

    @BeforeAll
    static void startApp() {
        // assertions wait as long as the pages' actions do: two shared cores make a busy machine slow
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        app = RunningApp.start();
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }
}
