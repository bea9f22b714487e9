package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attempts to leave the sandbox from bot code: each fails with a clear error and leaves the host untouched. */
class SandboxEscapeTest {

    private BotSandbox sandbox;

    @BeforeEach
    void open() {
        sandbox = BotSandbox.open();
    }

    @AfterEach
    void close() {
        sandbox.close();
    }

    private BotRunException refused(String javascript) {
        BotRunException e = assertThrows(BotRunException.class, () -> sandbox.evaluate("bot.js", javascript));
        assertEquals(BotRunException.Kind.ERROR, e.kind(), e.getMessage());
        assertEquals(2, sandbox.evaluate("bot.js", "1 + 1").asInt(), "the sandbox stays usable after: " + javascript);
        return e;
    }

    @Test
    void javaTypeCannotLoadHostClasses() {
        assertEquals("ReferenceError: Java is not defined", refused("Java.type('java.lang.System').exit(3)").getMessage());
        refused("Java.type('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned')");
        refused("Java.addToClasspath('/tmp')");
    }

    @Test
    void noPolyglotNoLoadNoRequireNoProcess() {
        assertTrue(refused("Polyglot.eval('js', '1')").getMessage().contains("Polyglot is not defined"));
        assertTrue(refused("load('x.js')").getMessage().contains("load is not defined"));
        assertTrue(refused("require('fs')").getMessage().contains("require is not defined"));
        assertTrue(refused("process.env.HOME").getMessage().contains("process is not defined"));
        assertTrue(refused("print('hello')").getMessage().contains("print is not defined"));
        assertTrue(refused("new Worker('x.js')").getMessage().contains("Worker is not defined"));
        assertTrue(refused("quit()").getMessage().contains("quit is not defined"));
    }

    @Test
    void noHostGlobals() {
        String kinds = sandbox.evaluate("bot.js", "[typeof Java, typeof java, typeof Packages, typeof Polyglot, "
                + "typeof Graal, typeof load, typeof print, typeof require, typeof process, typeof setTimeout, "
                + "typeof setInterval, typeof Worker, typeof SharedArrayBuffer, typeof fetch, typeof arguments].join()")
                .asString();
        assertEquals("undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined,"
                + "undefined,undefined,undefined,undefined,undefined,undefined", kinds);
    }

    @Test
    void staticImportIsASyntaxError() {
        assertTrue(refused("import fs from 'fs';").getMessage().contains("SyntaxError"));
    }

    @Test
    void dynamicImportOfModulesAndFilesIsRefused(@TempDir Path dir) throws Exception {
        Path module = dir.resolve("evil.mjs");
        Files.writeString(module, "globalThis.pwned = true; export default 1;");
        for (String specifier : new String[] {"fs", module.toString(), module.toUri().toString(), "/etc/passwd"}) {
            sandbox.evaluate("bot.js", "var outcome = 'pending'; import(" + quote(specifier) + ")"
                    + ".then(() => { outcome = 'loaded'; }, e => { outcome = 'refused: ' + e; });");
            String outcome = sandbox.evaluate("bot.js", "outcome").asString();
            assertTrue(outcome.startsWith("refused: Error: Operation is not allowed for: "), specifier + " -> " + outcome);
        }
        assertEquals("undefined", sandbox.evaluate("bot.js", "typeof pwned").asString());
    }

    @Test
    void exposedProxiesHaveNoJavaMembers() {
        Map<String, Object> values = new HashMap<>();
        values.put("price", 42.5);
        sandbox.expose("market", ProxyObject.fromMap(values));
        // A host API that (wrongly) hands a Java object to the bot: it stays opaque.
        sandbox.expose("leak", (ProxyExecutable) args -> new File("/tmp"));
        assertEquals(42.5, sandbox.evaluate("bot.js", "market.price").asDouble());
        assertTrue(refused("market.getClass()").getMessage().contains("TypeError"));
        assertTrue(refused("market.getClass().forName('java.lang.System')").getMessage().contains("TypeError"));
        assertEquals("undefined,undefined,undefined", sandbox.evaluate("bot.js",
                "const f = leak(); [typeof f.getClass, typeof f.delete, typeof f.getPath].join()").asString());
        assertTrue(refused("leak().getClass()").getMessage().contains("TypeError"));
    }

    @Test
    void onlyProxiesAndPrimitivesCanBeExposed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sandbox.expose("map", new HashMap<String, Object>()));
        assertTrue(e.getMessage().contains("java.util.HashMap"), e.getMessage());
        sandbox.expose("pair", "BTC/USD");
        assertEquals("BTC/USD", sandbox.evaluate("bot.js", "pair").asString());
    }

    @Test
    void hostApiErrorsReachTheBotAuthor() {
        sandbox.expose("placeOrder", (ProxyExecutable) args -> {
            throw new IllegalArgumentException("amount must be positive, got -1");
        });
        sandbox.evaluate("bot.js", "function onData() {\n  placeOrder(-1);\n}");
        BotRunException e = assertThrows(BotRunException.class, () -> sandbox.call("onData"));
        assertEquals("amount must be positive, got -1", e.getMessage());
        assertTrue(e.botStack().contains("at onData (bot.js:2:"), e.botStack());
    }

    @Test
    void consoleAndOutputNeverReachTheRealStreams() throws Exception {
        // In a fresh JVM, so that nothing of this one (a stream set earlier, a shared engine) hides a leak.
        ChildJvm child = ChildJvm.run(ConsoleProbe.class);
        assertEquals(0, child.exitCode(), child.err());
        assertEquals("done", child.out().strip());
        assertFalse(child.err().contains("LEAK"), child.err());
    }

    /** Bot output attempts, run in a child JVM: only "done" may reach its stdout. */
    static final class ConsoleProbe {
        public static void main(String[] args) {
            try (BotSandbox sandbox = BotSandbox.open()) {
                sandbox.evaluate("bot.js", "console.log('LEAK-1'); console.error('LEAK-2'); console.info('LEAK-3');"
                        + "console.warn('LEAK-4'); console.debug('LEAK-5'); console.dir({ leak: 'LEAK-6' });"
                        + "console.assert(false, 'LEAK-7'); console.time('LEAK-8'); console.timeEnd('LEAK-8');");
                for (String print : new String[] {"print('LEAK-9')", "printErr('LEAK-10')"}) {
                    try {
                        sandbox.evaluate("bot.js", print);
                    } catch (BotRunException expected) {
                        // not defined: fine
                    }
                }
            }
            System.out.println("done");
        }
    }

    @Test
    void runawayRecursionIsAnErrorNotACrash() {
        assertTrue(refused("function down(n) { return down(n + 1) + 1; } down(0)").getMessage()
                .contains("RangeError"));
    }

    @Test
    void datesAreUtc() {
        assertEquals(0, sandbox.evaluate("bot.js", "new Date(0).getHours()").asInt());
        assertEquals("UTC", sandbox.evaluate("bot.js", "Intl.DateTimeFormat().resolvedOptions().timeZone").asString());
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
