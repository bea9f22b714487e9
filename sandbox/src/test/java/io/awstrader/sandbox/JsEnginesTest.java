package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared engine: optimizing with the build's JVM flags on JDK 25.0.3, the interpreter (quietly) without them. */
class JsEnginesTest {

    @Test
    void oneEngineForTheProcess() {
        assertSame(JsEngines.shared(), JsEngines.shared());
    }

    @Test
    void theTestJvmRunsTheOptimizingRuntime() {
        // The Graal compiler in target/graal-compiler is pinned to the JDK update it works with.
        Runtime.Version jdk = Runtime.version();
        assumeTrue(jdk.feature() == 25 && jdk.update() == 3, "the compiler is pinned to JDK 25.0.3, this is " + jdk);
        assertEquals("GraalVM CE", JsEngines.shared().getImplementationName());
        assertTrue(JsEngines.isOptimizing());
    }

    @Test
    void withoutTheFlagsBotsRunInTheInterpreterWithOneLineOfExplanation() throws Exception {
        ChildJvm probe = ChildJvm.run(InterpreterProbe.class);
        String err = probe.err();
        assertEquals(0, probe.exitCode(), err);
        assertEquals("Interpreted 42 false", probe.out().strip(), err);
        assertTrue(err.contains("sandbox: GraalJS runs bots in the interpreter only"), err);
        assertTrue(err.contains("jvm-flags.txt"), err);
        assertFalse(err.contains("fallback runtime"), "Truffle's own warning is silenced: " + err);
        assertFalse(err.contains("To redirect Truffle log output"), err);
    }

    /** Runs in a JVM started without the flags. */
    static final class InterpreterProbe {
        public static void main(String[] args) throws IOException {
            try (BotSandbox sandbox = BotSandbox.open()) {
                System.out.println(JsEngines.shared().getImplementationName() + " "
                        + sandbox.evaluate("probe.js", "6 * 7").asInt() + " " + JsEngines.isOptimizing());
            }
        }
    }

    @Test
    void theLaunchersFlagFileNamesTheCompilerFolder() throws IOException {
        Path flags = Path.of("target", "jvm-flags.txt");
        List<String> lines = Files.readAllLines(flags);
        assertTrue(lines.contains("-XX:+EnableJVMCI"), lines.toString());
        String modulePath = lines.stream().filter(l -> l.contains("--upgrade-module-path=")).findFirst().orElseThrow();
        Path folder = Path.of(modulePath.replace("\"", "").substring("--upgrade-module-path=".length()));
        assertTrue(folder.isAbsolute(), modulePath);
        assertTrue(Files.exists(folder.resolve("compiler-25.0.3.jar")), modulePath);
        assertTrue(Files.exists(folder.resolve("truffle-compiler-25.0.3.jar")), modulePath);
    }
}
