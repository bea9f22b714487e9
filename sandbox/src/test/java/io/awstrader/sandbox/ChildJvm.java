package io.awstrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a test class's main method in a fresh JVM without the optimizing-runtime flags, and captures its output. */
record ChildJvm(int exitCode, String out, String err) {

    static ChildJvm run(Class<?> main) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classpath, main.getName()).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return child.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = child.getInputStream().readAllBytes();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), main.getName() + " did not end");
        return new ChildJvm(child.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }
}
