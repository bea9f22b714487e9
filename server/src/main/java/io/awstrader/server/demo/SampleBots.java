package io.awstrader.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample bots packaged from the repository's {@code bots/*.ts} (see the server pom) under
 * {@value #FOLDER}, read from the class-path folder or jar they are in. No folder, or an empty one, means no bots.
 */
public final class SampleBots {
    public static final String FOLDER = "io/awstrader/server/demo/bots/";
    /** Larger files are skipped: they would not fit in a version anyway. */
    private static final long MAX_BYTES = 300 * 1024;

    private SampleBots() {
    }

    /** The bundled sample bots, sorted by name. */
    public static List<SampleBot> bundled() {
        return in(SampleBots.class.getClassLoader(), FOLDER);
    }

    /** The {@code *.ts} files directly under {@code folder} on the class path of {@code loader}. */
    static List<SampleBot> in(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) {
            return List.of();
        }
        List<SampleBot> bots = new ArrayList<>();
        try {
            switch (url.getProtocol()) {
                case "file" -> {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        for (Path file : files.filter(SampleBots::isBot).toList()) {
                            bots.add(new SampleBot(name(file.getFileName().toString()), Files.readString(file)));
                        }
                    }
                }
                case "jar" -> {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                            JarEntry entry = entries.nextElement();
                            String rest = entry.getName().startsWith(folder) ? entry.getName().substring(folder.length()) : "";
                            if (rest.endsWith(".ts") && !rest.contains("/") && entry.getSize() <= MAX_BYTES) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    bots.add(new SampleBot(name(rest), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                                }
                            }
                        }
                    }
                }
                default -> {
                    return List.of();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample bots", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad sample bots location " + url, e);
        }
        bots.sort(Comparator.comparing(SampleBot::name));
        return bots;
    }

    private static boolean isBot(Path file) {
        try {
            return file.getFileName().toString().endsWith(".ts") && Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static String name(String fileName) {
        return fileName.substring(0, fileName.length() - ".ts".length());
    }
}
