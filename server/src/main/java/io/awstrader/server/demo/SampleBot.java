package io.awstrader.server.demo;

/** A sample bot shipped with the app: its name (the file name without {@code .ts}) and TypeScript source. */
public record SampleBot(String name, String source) {
}
