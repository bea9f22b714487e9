package io.awstrader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The TeaVM-compiled engine's folder ({@code public/engine/} of the web-client jar: engine.js, bot-api.js,
 * bot-runtime.js, node-backtest.mjs, worker.js) on disk, for Node and Chromium. Used in place when the classpath holds
 * it as a folder (the build tree), else extracted from the jar into a temporary folder that {@link #close} deletes.
 */
final class EngineFolder implements AutoCloseable {
    private static final String RESOURCE = "public/engine/";
    private static final String MARKER = RESOURCE + "engine.js";

    private final Path path;
    private final boolean temporary;

    private EngineFolder(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /** Finds the engine on the classpath; a clear error when the web-client build is missing. */
    static EngineFolder locate() throws IOException {
        URL url = EngineFolder.class.getClassLoader().getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("the compiled engine (" + MARKER + " of the web-client module) is not on the "
                    + "classpath; build it: ./mvnw -q -DskipTests install");
        }
        if (url.getProtocol().equals("file")) {
            try {
                return new EngineFolder(Path.of(url.toURI()).getParent(), false);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot read the engine folder at " + url, e);
            }
        }
        if (!url.getProtocol().equals("jar")) {
            throw new IllegalStateException("cannot read the engine from " + url);
        }
        Path folder = Files.createTempDirectory("awstrader-engine-");
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (entry.isDirectory() || !name.startsWith(RESOURCE) || name.indexOf('/', RESOURCE.length()) >= 0) {
                        continue;
                    }
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, folder.resolve(name.substring(RESOURCE.length())),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
        return new EngineFolder(folder, true);
    }

    /** The folder holding engine.js and its companions. */
    Path path() {
        return path;
    }

    /** One file of the folder, which must exist. */
    Path file(String name) {
        Path file = path.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the engine build has no " + name + " (in " + path + "); rebuild: "
                    + "./mvnw -q -DskipTests install");
        }
        return file;
    }

    @Override
    public void close() {
        if (temporary) {
            delete(path);
        }
    }

    /** Deletes a folder and everything in it, best effort (a temporary folder left behind is not worth a failure). */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: see the Javadoc
        }
    }
}
