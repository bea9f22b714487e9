package io.awstrader.server.demo;

/** A sample bot shipped with the app: its name (the file name without {@code .ts}) and TypeScript source. */
public record SampleBot(String name, String source) {
    /**
     * The first paragraph of the source's leading {@code //} comment, without the {@code name:} prefix the samples
     * start with: {@code // sma-cross: SMA(14) / SMA(50) crossover} gives {@code SMA(14) / SMA(50) crossover}.
     * Empty when the source starts with no comment.
     */
    public String description() {
        StringBuilder text = new StringBuilder();
        for (String line : source.strip().split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//")) {
                break;
            }
            String words = trimmed.substring(2).strip();
            if (words.isEmpty()) {
                if (!text.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(words);
        }
        String description = text.toString();
        if (description.startsWith(name + ":")) {
            description = description.substring(name.length() + 1).strip();
        }
        if (description.length() > 300) {
            description = description.substring(0, 299) + "…";
        }
        return description;
    }
}
