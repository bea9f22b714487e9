package io.awstrader.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sample bots are read from a class-path folder or a jar, and a missing or empty folder means none. */
class SampleBotsTest {
    @TempDir
    Path dir;

    @Test
    void readsTsFilesFromAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve(SampleBots.FOLDER));
        Files.writeString(folder.resolve("sma-cross.ts"), "function onData(input) {}\n");
        Files.writeString(folder.resolve("a-first.ts"), "// first\n");
        Files.writeString(folder.resolve("notes.md"), "not a bot");
        Files.createDirectories(folder.resolve("nested")).resolve("deep.ts").toFile().createNewFile();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(List.of(new SampleBot("a-first", "// first\n"), new SampleBot("sma-cross", "function onData(input) {}\n")),
                    SampleBots.in(loader, SampleBots.FOLDER));
        }
    }

    @Test
    void readsTsFilesFromAJar() throws Exception {
        Path jar = dir.resolve("server.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(SampleBots.FOLDER));
            out.putNextEntry(new JarEntry(SampleBots.FOLDER + "grid.ts"));
            out.write("function onData() {}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry(SampleBots.FOLDER + "readme.txt"));
            out.putNextEntry(new JarEntry("elsewhere/other.ts"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of(new SampleBot("grid", "function onData() {}")), SampleBots.in(loader, SampleBots.FOLDER));
        }
    }

    @Test
    void noFolderOrAnEmptyOneMeansNoBots() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(List.of(), SampleBots.in(loader, SampleBots.FOLDER));
            Files.createDirectories(dir.resolve(SampleBots.FOLDER));
            assertEquals(List.of(), SampleBots.in(loader, SampleBots.FOLDER));
        }
    }
}
